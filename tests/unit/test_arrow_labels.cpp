#include "core/ArrowLabels.hpp"
#include "core/SwimlaneLayout.hpp"
#include "core/TextMeasure.hpp"
#include "templates/ProcessFile.hpp"

#include "TemplateFiles.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salesprocess;

namespace {

const Rect paper{0, 0, 42000, 29700};
const Size label{2500, 400};

bool touches(const Rect& r, const std::vector<Point>& route)
{
    for (std::size_t k = 0; k + 1 < route.size(); ++k) {
        const Rect segment{std::min(route[k].x, route[k + 1].x), std::min(route[k].y, route[k + 1].y),
                           std::abs(route[k].x - route[k + 1].x) + 1, std::abs(route[k].y - route[k + 1].y) + 1};
        if (segment.overlaps(r))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("a label sits beside its arrow, near its start, clear of the line", "[labels]")
{
    ArrowLabels labels({}, paper);
    const std::vector<Point> down{{10000, 10000}, {10000, 14000}};
    labels.addRoute(down);
    const Rect r = labels.place(down, label);
    CHECK(r.width == label.width);
    CHECK(r.height == label.height);
    CHECK(r.x == 10000 + ArrowLabels::gap); // right of the line
    CHECK(r.y == 10000 + ArrowLabels::gap); // just past the start
    CHECK_FALSE(touches(r, down));
}

TEST_CASE("a label goes beside the stretch of line that is its own arrow's", "[labels]")
{
    // "qualified" leaves the top of a diamond where the arrow from the step above enters it,
    // runs up along that arrow, then right: its label belongs on the stretch to the right.
    const std::vector<Point> incoming{{10000, 8000}, {10000, 9000}};
    const std::vector<Point> qualified{{10000, 9000}, {10000, 8500}, {16000, 8500}, {16000, 12000}};
    ArrowLabels labels({}, paper);
    labels.addRoute(incoming);
    labels.addRoute(qualified);
    const Rect r = labels.place(qualified, label);
    CHECK(r.x > 10000);
    CHECK(r.right() < 16000);
    CHECK((r.bottom() < 8500 || r.y > 8500)); // above or below the horizontal stretch
    CHECK_FALSE(touches(r, incoming));
}

TEST_CASE("two outcomes leaving a diamond at one point get labels of their own", "[labels]")
{
    const Rect diamond{9000, 8000, 2000, 2000};
    ArrowLabels labels({diamond}, paper);
    // Both leave the bottom corner; one goes straight down, one turns left at once.
    const std::vector<Point> feasible{{10000, 10000}, {10000, 14000}};
    const std::vector<Point> notFeasible{{10000, 10000}, {10000, 10300}, {4000, 10300}, {4000, 14000}};
    labels.addRoute(feasible);
    labels.addRoute(notFeasible);
    const Rect a = labels.place(feasible, label);
    const Rect b = labels.place(notFeasible, label);
    CHECK_FALSE(a.overlaps(b));
    CHECK_FALSE(a.overlaps(diamond));
    CHECK_FALSE(b.overlaps(diamond));
    CHECK_FALSE(touches(a, feasible));
    CHECK_FALSE(touches(a, notFeasible));
    CHECK_FALSE(touches(b, feasible));
    CHECK_FALSE(touches(b, notFeasible));
}

TEST_CASE("a label never covers a box when there is room elsewhere along its arrow", "[labels]")
{
    // A box right beside the start of the arrow on both sides: the label moves along.
    const Rect left{8000, 10000, 1900, 1000};
    const Rect right{10100, 10000, 3000, 1000};
    ArrowLabels labels({left, right}, paper);
    const std::vector<Point> down{{10000, 9000}, {10000, 16000}};
    labels.addRoute(down);
    const Rect r = labels.place(down, label);
    CHECK_FALSE(r.overlaps(left));
    CHECK_FALSE(r.overlaps(right));
    CHECK(paper.contains(r));
}

TEST_CASE("labels stay on the page", "[labels]")
{
    ArrowLabels labels({}, paper);
    const std::vector<Point> alongTheEdge{{41900, 1000}, {41900, 9000}};
    labels.addRoute(alongTheEdge);
    CHECK(paper.contains(labels.place(alongTheEdge, label)));
}

namespace {

/// Labels that cover a box or another label when every arrow of the layout is labelled in order.
std::vector<std::string> coveredLabels(const SwimlaneLayout& layout)
{
    std::vector<std::string> covered;
    for (const Page& page : layout.drawing().pages) {
        std::vector<Rect> boxes;
        for (const Shape& shape : page.shapes)
            if (ArrowLabels::keepsClearOf(shape))
                boxes.push_back(shape.bounds);
        ArrowLabels labels(boxes, Rect{0, 0, page.size.width, page.size.height});
        for (const Connector& connector : page.connectors)
            labels.addRoute(connector.route);
        std::vector<Rect> placed;
        for (const Connector& connector : page.connectors) {
            if (connector.label.empty())
                continue;
            const Rect r = labels.place(connector.route, connector.labelSize);
            const bool onBox = std::any_of(boxes.begin(), boxes.end(), [&](const Rect& box) { return box.overlaps(r); });
            const bool onLabel = std::any_of(placed.begin(), placed.end(), [&](const Rect& other) { return other.overlaps(r); });
            if (onBox || onLabel || connector.labelSize.width <= 0)
                covered.push_back(page.name + " " + connector.id + " \"" + connector.label + '"');
            placed.push_back(r);
        }
    }
    return covered;
}

} // namespace

TEST_CASE("an arrow straight across to the next lane gets room for its label between the lanes", "[labels]")
{
    // a2 and b2 stand in the same column, in neighbouring lanes: the arrow between them runs
    // through the gap between the lanes only.
    Process p;
    p.name = "Across";
    p.language = "en";
    p.phases = {{"contact", "Contact"}};
    p.teams = {{"a", "Marketing", "#99DDFF", "a"}, {"b", "Inside sales", "#EEDD88", "b"}};
    for (const char* id : {"a1", "a2", "b1", "b2"}) {
        Step step;
        step.id = id;
        step.name = std::string("Step ") + id;
        step.phase = "contact";
        step.team = id[0] == 'a' ? "a" : "b";
        p.steps.push_back(step);
    }
    p.arrows = {{"a1", "a2", "", "", false}, {"b1", "b2", "", "", false}, {"b2", "a2", "contact later", "", false}};
    const ApproximateTextMeasure measure;
    for (const LaneOrientation orientation : {LaneOrientation::Vertical, LaneOrientation::Horizontal}) {
        INFO((orientation == LaneOrientation::Vertical ? "teams as columns" : "teams as lanes"));
        SwimlaneOptions options;
        options.orientation = orientation;
        const SwimlaneLayout layout(p, options, measure);
        REQUIRE(layout.pageCount() == 1);
        const Page& page = layout.drawing().pages[0];
        auto box = [&](const char* id) {
            const auto found = std::find_if(page.shapes.begin(), page.shapes.end(), [&](const Shape& s) { return s.id == id; });
            REQUIRE(found != page.shapes.end());
            return found->bounds;
        };
        const Rect a2 = box("a2"), b2 = box("b2");
        const bool vertical = orientation == LaneOrientation::Vertical;
        // The same column: side by side across the lanes.
        REQUIRE((vertical ? a2.y + a2.height / 2 : a2.x + a2.width / 2) ==
                (vertical ? b2.y + b2.height / 2 : b2.x + b2.width / 2));
        CHECK(coveredLabels(layout).empty());
        if (vertical) {
            const long gap = b2.x - a2.right();
            CHECK(gap >= measure.lineWidth("contact later", Font{9.0 * layout.scale(), false}));
        }
    }
}

TEST_CASE("on every template, arrow labels have room beside their arrows", "[labels][templates]")
{
    // The layout widens a gap between columns (and beside off-page markers), and the gap between
    // neighbouring lanes in a column where an arrow runs straight across, for the label of an
    // arrow through it, unless that would cost a page. What is left, measured with the
    // approximate font: at most one label per diagram, none on the wall charts (teams as columns
    // on A3) of the default and the inside sales template.
    const ApproximateTextMeasure measure;
    for (const std::string& name : test::templateNames()) {
        for (const LaneOrientation orientation : {LaneOrientation::Horizontal, LaneOrientation::Vertical}) {
            for (const Paper paper : {Paper::A4, Paper::A3}) {
                SwimlaneOptions options;
                options.paper = paper;
                options.landscape = true;
                options.orientation = orientation;
                const SwimlaneLayout layout(ProcessFile::load(test::templatePath(name, "en")).process, options, measure);
                INFO(name << (orientation == LaneOrientation::Vertical ? " teams as columns " : " teams as lanes ")
                          << (paper == Paper::A3 ? "A3" : "A4"));
                const std::vector<std::string> covered = coveredLabels(layout);
                if (name != "webshop" && paper == Paper::A3 && orientation == LaneOrientation::Vertical)
                    CHECK(covered == std::vector<std::string>{});
                else
                    CHECK(covered.size() <= 1);
            }
        }
    }
}
