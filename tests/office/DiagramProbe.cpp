#include "DiagramProbe.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace salesprocess::test {

namespace {

bool isStepStyle(const std::string& style)
{
    return style == "SalesProcess Step" || style.rfind("SalesProcess Step ", 0) == 0;
}

bool isMarker(const DrawDocument::ShapeInfo& shape) { return shape.name.rfind("offpage:", 0) == 0; }

std::string describe(const Rect& r)
{
    std::ostringstream out;
    out << "[" << r.x << "," << r.y << " " << r.width << "x" << r.height << "]";
    return out.str();
}

Point centre(const Rect& r) { return Point{r.x + r.width / 2, r.y + r.height / 2}; }

bool containsPoint(const Rect& r, const Point& p) { return p.x >= r.x && p.x <= r.right() && p.y >= r.y && p.y <= r.bottom(); }


std::vector<std::size_t> recordPages(const DrawDocument& document)
{
    std::vector<std::size_t> pages;
    const auto record = document.userProperty("SalesProcessDiagram");
    if (!record)
        return pages;
    std::istringstream lines(*record);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::string field;
        int column = 0;
        while (std::getline(fields, field, '\t'))
            if (column++ >= 5)
                pages.push_back(document.pageIndex(field));
    }
    return pages;
}

} // namespace

const DrawDocument::ShapeInfo* DiagramProbe::PageContent::find(const std::string& shapeName) const
{
    for (const auto& shape : shapes)
        if (shape.name == shapeName)
            return &shape;
    return nullptr;
}

DiagramProbe::DiagramProbe(const DrawDocument& document) : DiagramProbe(document, recordPages(document)) {}

DiagramProbe::DiagramProbe(const DrawDocument& document, const std::vector<std::size_t>& indices)
{
    const auto names = document.pageNames();
    for (std::size_t index : indices) {
        PageContent page;
        page.index = index;
        page.name = names.at(index);
        page.paper = document.paper(index);
        DrawDocument::PageContents contents = document.contents(index);
        page.shapes = std::move(contents.shapes);
        page.connectors = std::move(contents.connectors);
        pages.push_back(std::move(page));
    }
}

bool DiagramProbe::shows(const Process& process, const Step& step, const SwimlaneOptions& options)
{
    const std::string segment = options.segmentId();
    return process.findTeam(step.team) != nullptr && process.findPhase(step.phase) != nullptr &&
           (segment.empty() || step.isFor(segment));
}

std::vector<const DrawDocument::ShapeInfo*> DiagramProbe::stepBoxes(const PageContent& page)
{
    std::vector<const DrawDocument::ShapeInfo*> boxes;
    for (const auto& shape : page.shapes)
        if (isStepStyle(shape.style) && shape.name.rfind("legend:", 0) != 0)
            boxes.push_back(&shape);
    return boxes;
}

const DrawDocument::ShapeInfo* DiagramProbe::stepBox(const std::string& stepId, std::size_t* pageOut) const
{
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (const auto* box : stepBoxes(pages[p]))
            if (box->name == stepId) {
                if (pageOut)
                    *pageOut = p;
                return box;
            }
    return nullptr;
}

std::string DiagramProbe::laneAt(const PageContent& page, const Rect& box) const
{
    const Point c = centre(box);
    for (const auto& shape : page.shapes)
        if (shape.name.rfind("lane:", 0) == 0 && containsPoint(shape.bounds, c))
            return shape.name.substr(5);
    return "";
}

std::vector<std::string> DiagramProbe::stepPlacementProblems(const Process& process, const SwimlaneOptions& options) const
{
    std::vector<std::string> problems;
    std::map<std::string, int> boxes;
    for (const PageContent& page : pages)
        for (const auto* box : stepBoxes(page))
            ++boxes[box->name];
    for (const Step& step : process.steps) {
        const bool shown = shows(process, step, options);
        const int count = boxes.count(step.id) ? boxes[step.id] : 0;
        if (shown && count != 1) {
            problems.push_back("step " + step.id + " has " + std::to_string(count) + " boxes");
            continue;
        }
        if (!shown) {
            if (count != 0)
                problems.push_back("hidden step " + step.id + " is drawn");
            continue;
        }
        std::size_t p = 0;
        const auto* box = stepBox(step.id, &p);
        const PageContent& page = pages[p];
        const auto* lane = page.find("lane:" + step.team);
        const auto* phase = page.find("phase:" + step.phase);
        if (lane == nullptr || !lane->bounds.contains(box->bounds))
            problems.push_back("step " + step.id + " " + describe(box->bounds) + " is not inside the lane of " + step.team +
                               (lane ? " " + describe(lane->bounds) : std::string(" (no lane on its page)")));
        if (phase == nullptr || !phase->bounds.contains(box->bounds))
            problems.push_back("step " + step.id + " " + describe(box->bounds) + " is not inside the phase column of " +
                               step.phase + (phase ? " " + describe(phase->bounds) : std::string(" (no column on its page)")));
        if (box->style != "SalesProcess Step " + step.team)
            problems.push_back("step " + step.id + " has style \"" + box->style + "\"");
        // A diamond shows its name in the lines the layout broke it into.
        std::string text = box->text;
        std::replace(text.begin(), text.end(), '\n', ' ');
        if (text != step.name)
            problems.push_back("step " + step.id + " shows \"" + box->text + "\"");
        const bool diamond = css::uno::Reference<css::lang::XServiceInfo>(box->shape, css::uno::UNO_QUERY_THROW)
                                 ->supportsService("com.sun.star.drawing.PolyPolygonShape");
        if (diamond != (step.kind == StepKind::Decision))
            problems.push_back("step " + step.id + (diamond ? " is a diamond" : " is not a diamond"));
    }
    for (const auto& [id, count] : boxes)
        if (process.findStep(id) == nullptr)
            problems.push_back("a box named " + id + " shows no step");
    return problems;
}

std::vector<std::string> DiagramProbe::overlapProblems() const
{
    std::vector<std::string> problems;
    for (const PageContent& page : pages) {
        std::vector<const DrawDocument::ShapeInfo*> boxes = stepBoxes(page);
        for (const auto& shape : page.shapes)
            if (isMarker(shape))
                boxes.push_back(&shape);
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                if (boxes[i]->bounds.overlaps(boxes[j]->bounds))
                    problems.push_back(page.name + ": " + boxes[i]->name + " overlaps " + boxes[j]->name);
    }
    return problems;
}

std::vector<std::string> DiagramProbe::connectorProblems(const Process& process, const SwimlaneOptions& options) const
{
    std::vector<std::string> problems;
    std::map<std::string, std::vector<std::pair<const PageContent*, const DrawDocument::ConnectorInfo*>>> byName;
    for (const PageContent& page : pages)
        for (const auto& connector : page.connectors)
            byName[connector.name].emplace_back(&page, &connector);
    for (std::size_t n = 0; n < process.arrows.size(); ++n) {
        const Arrow& arrow = process.arrows[n];
        const Step* from = process.findStep(arrow.from);
        const Step* to = process.findStep(arrow.to);
        const std::string name = "arrow:" + std::to_string(n);
        if (from == nullptr || to == nullptr || !shows(process, *from, options) || !shows(process, *to, options)) {
            if (byName.count(name))
                problems.push_back(name + " is drawn although a step it joins is not shown");
            continue;
        }
        const auto found = byName.find(name);
        if (found == byName.end()) {
            problems.push_back(name + " (" + arrow.from + " -> " + arrow.to + ") has no connector");
            continue;
        }
        const auto& parts = found->second;
        std::size_t fromPage = 0, toPage = 0;
        stepBox(arrow.from, &fromPage);
        stepBox(arrow.to, &toPage);
        const bool split = fromPage != toPage;
        if (parts.size() != (split ? 2u : 1u)) {
            problems.push_back(name + " has " + std::to_string(parts.size()) + " connectors");
            continue;
        }
        for (const auto& [page, connector] : parts) {
            // Arrows of one lane to or from the same step elsewhere share a marker: any marker
            // of the right direction will do.
            std::string start = arrow.from, end = arrow.to;
            if (split && page == &pages[fromPage] && connector->end.rfind("offpage:out:", 0) == 0)
                end = connector->end;
            else if (split && page != &pages[fromPage] && connector->start.rfind("offpage:in:", 0) == 0)
                start = connector->start;
            else if (split && page == &pages[fromPage])
                end = "offpage:out:*";
            else if (split)
                start = "offpage:in:*";
            if (connector->start != start || connector->end != end)
                problems.push_back(page->name + ": " + name + " is glued " + connector->start + " -> " + connector->end +
                                   ", not " + start + " -> " + end);
            if (connector->startGlue < 0 || connector->endGlue < 0)
                problems.push_back(page->name + ": " + name + " has no glue point");
            if (connector->route.size() < 2) {
                problems.push_back(page->name + ": " + name + " has an empty route");
                continue;
            }
            // The label where the arrow starts (a long one in lines); an arrow coming in from
            // another page has it on that page.
            std::string said = connector->text;
            std::replace(said.begin(), said.end(), '\n', ' ');
            const bool comingIn = split && page != &pages[fromPage];
            if (said != (comingIn ? std::string() : arrow.label))
                problems.push_back(page->name + ": " + name + " says \"" + connector->text + "\", not \"" +
                                   (comingIn ? std::string() : arrow.label) + "\"");
            // The route starts and ends on the boxes it joins.
            const auto* a = page->find(start);
            const auto* b = page->find(end);
            auto near = [](const Rect& r, const Point& p) {
                const Rect grown{r.x - 2, r.y - 2, r.width + 4, r.height + 4};
                return containsPoint(grown, p);
            };
            if (a && !near(a->bounds, connector->route.front()))
                problems.push_back(page->name + ": " + name + " does not start on " + start);
            if (b && !near(b->bounds, connector->route.back()))
                problems.push_back(page->name + ": " + name + " does not end on " + end);
        }
    }
    return problems;
}

std::vector<std::string> DiagramProbe::crossingProblems() const
{
    std::vector<std::string> problems;
    for (const PageContent& page : pages) {
        std::vector<const DrawDocument::ShapeInfo*> boxes = stepBoxes(page);
        for (const auto& shape : page.shapes)
            if (isMarker(shape))
                boxes.push_back(&shape);
        for (const auto& connector : page.connectors) {
            for (std::size_t s = 0; s + 1 < connector.route.size(); ++s) {
                for (const auto* box : boxes) {
                    if (box->name == connector.start || box->name == connector.end)
                        continue;
                    if (runsThrough(connector.route[s], connector.route[s + 1], box->bounds, 20)) {
                        std::string route;
                        for (const Point& p : connector.route)
                            route += " " + std::to_string(p.x) + "," + std::to_string(p.y);
                        problems.push_back(page.name + ": " + connector.name + " (" + connector.start + " -> " +
                                           connector.end + ") runs through " + box->name + " at" + route);
                        break;
                    }
                }
            }
        }
    }
    return problems;
}

std::vector<std::string> DiagramProbe::styleProblems(const DrawDocument& document, const Process& process) const
{
    std::vector<std::string> problems;
    for (const char* name : {"SalesProcess", "SalesProcess Step", "SalesProcess Lane", "SalesProcess Lane header",
                             "SalesProcess Phase header", "SalesProcess Arrow", "SalesProcess Title"})
        if (!document.hasGraphicStyle(name))
            problems.push_back(std::string("no style ") + name);
    for (const Team& team : process.teams) {
        const std::string step = "SalesProcess Step " + team.id;
        if (!document.hasGraphicStyle(step))
            problems.push_back("no style " + step);
        else if (document.parentStyle(step) != "SalesProcess Step")
            problems.push_back(step + " inherits from " + document.parentStyle(step));
        if (!document.hasGraphicStyle("SalesProcess Lane " + team.id))
            problems.push_back("no lane style for " + team.id);
    }
    return problems;
}

} // namespace salesprocess::test
