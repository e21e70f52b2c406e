#include "DiagramReader.hpp"

#include "DrawPages.hpp"
#include "DrawStyles.hpp"
#include "Strings.hpp"
#include "SwimlaneDiagram.hpp"
#include "core/Text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/drawing/XConnectorShape.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <set>

namespace salesprocess::extension {

namespace {

bool startsWith(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

bool isStepStyle(const std::string& style)
{
    const std::string base = DrawStyles::step;
    return style == base || startsWith(style, (base + " ").c_str());
}

Rect boundsOf(const css::uno::Reference<css::drawing::XShape>& shape)
{
    const css::awt::Point p = shape->getPosition();
    const css::awt::Size s = shape->getSize();
    return Rect{p.X, p.Y, s.Width, s.Height};
}

std::string nameOf(const css::uno::Reference<css::drawing::XShape>& shape)
{
    rtl::OUString name;
    css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)->getPropertyValue("Name") >>= name;
    return toUtf8(name);
}

std::string textOf(const css::uno::Reference<css::drawing::XShape>& shape)
{
    css::uno::Reference<css::text::XText> text(shape, css::uno::UNO_QUERY);
    if (!text.is())
        return {};
    // Lines are layout, not part of a name: a diamond's label comes in the lines the layout
    // broke it into, and a user may press Enter in a box.
    std::string value;
    bool broken = false; // within a line break and the spaces around it
    for (const char c : toUtf8(text->getString())) {
        if (c == '\n' || c == '\r') {
            while (!value.empty() && value.back() == ' ')
                value.pop_back();
            broken = true;
            continue;
        }
        if (broken && c == ' ')
            continue;
        if (broken && !value.empty())
            value += ' ';
        broken = false;
        value += c;
    }
    while (!value.empty() && value.back() == ' ')
        value.pop_back();
    return value;
}

/// Which landmark (lane or phase column) of a page holds a point, by id without its prefix.
std::string holding(const std::map<std::string, Rect>& landmarks, const char* prefix, long x, long y)
{
    for (const auto& [id, r] : landmarks)
        if (startsWith(id, prefix) && x >= r.x && x <= r.right() && y >= r.y && y <= r.bottom())
            return id.substr(std::char_traits<char>::length(prefix));
    return {};
}

/// A step's kind guessed from a box the user made: a diamond is a decision (a copy of one of
/// ours is a polygon, one drawn from Draw's basic shapes a custom shape), else an activity.
StepKind kindOf(const css::uno::Reference<css::drawing::XShape>& shape)
{
    css::uno::Reference<css::lang::XServiceInfo> info(shape, css::uno::UNO_QUERY);
    if (!info.is())
        return StepKind::Activity;
    if (info->supportsService("com.sun.star.drawing.PolyPolygonShape"))
        return StepKind::Decision;
    if (!info->supportsService("com.sun.star.drawing.CustomShape"))
        return StepKind::Activity;
    css::uno::Sequence<css::beans::PropertyValue> geometry;
    css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)->getPropertyValue("CustomShapeGeometry") >>=
        geometry;
    for (const css::beans::PropertyValue& value : geometry) {
        rtl::OUString type;
        if (value.Name == "Type" && (value.Value >>= type))
            return type == "diamond" || type == "flowchart-decision" ? StepKind::Decision : StepKind::Activity;
    }
    return StepKind::Activity;
}

std::string freshId(const std::set<std::string>& taken)
{
    for (int n = 1;; ++n) {
        const std::string id = "step-" + std::to_string(n);
        if (taken.count(id) == 0)
            return id;
    }
}

} // namespace

std::string DiagramReader::styleNameOf(const css::uno::Reference<css::drawing::XShape>& shape)
{
    css::uno::Reference<css::beans::XPropertySet> properties(shape, css::uno::UNO_QUERY);
    if (!properties.is() || !properties->getPropertySetInfo()->hasPropertyByName("Style"))
        return {};
    css::uno::Reference<css::style::XStyle> style;
    properties->getPropertyValue("Style") >>= style;
    return style.is() ? toUtf8(style->getName()) : std::string();
}

bool DiagramReader::isOurs(const std::string& name, const std::string& style)
{
    if (!startsWith(style, DrawStyles::root))
        return false;
    return !name.empty() || isStepStyle(style);
}

std::string DiagramReader::Result::changes(const std::string& language) const
{
    std::vector<std::string> parts;
    auto add = [&](std::size_t count, const char* one, const char* many, const char* een, const char* veel) {
        if (count > 0)
            parts.push_back(std::to_string(count) + " " + Text::say(language, count == 1 ? one : many, count == 1 ? een : veel));
    };
    add(moved, "step moved", "steps moved", "stap verplaatst", "stappen verplaatst");
    add(renamed, "step renamed", "steps renamed", "stap hernoemd", "stappen hernoemd");
    add(added, "new step", "new steps", "nieuwe stap", "nieuwe stappen");
    add(removed, "step removed", "steps removed", "stap verwijderd", "stappen verwijderd");
    add(arrowsAdded, "new arrow", "new arrows", "nieuwe pijl", "nieuwe pijlen");
    add(arrowsMoved, "arrow moved", "arrows moved", "pijl verlegd", "pijlen verlegd");
    add(arrowsRemoved, "arrow removed", "arrows removed", "pijl verwijderd", "pijlen verwijderd");
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? ", " : "") + parts[i];
    return out;
}

DiagramReader::Result DiagramReader::read(const css::uno::Reference<css::frame::XModel>& document,
                                          const DiagramRecord::Diagram& diagram, const Process& stored)
{
    Result result;
    Process& process = result.process;
    process = stored;

    struct Found {
        std::size_t page;
        css::uno::Reference<css::drawing::XShape> shape;
        std::string name;
        std::string style;
    };
    std::vector<Found> stepShapes;
    std::vector<Found> connectors;
    for (const std::string& pageName : diagram.pages) {
        const auto page = DrawPages::byName(document, pageName);
        if (!page.is())
            continue;
        const std::size_t index = result.pages.size();
        result.pages.push_back(page);
        result.landmarks.emplace_back();
        for (sal_Int32 i = 0; i < page->getCount(); ++i) {
            css::uno::Reference<css::drawing::XShape> shape(page->getByIndex(i), css::uno::UNO_QUERY);
            if (!shape.is())
                continue;
            Found found{index, shape, nameOf(shape), styleNameOf(shape)};
            if (css::uno::Reference<css::drawing::XConnectorShape>(shape, css::uno::UNO_QUERY).is())
                connectors.push_back(found);
            else if (isStepStyle(found.style) && !startsWith(found.name, "legend:"))
                stepShapes.push_back(found);
            else if (startsWith(found.name, "lane:") || startsWith(found.name, "phase:"))
                result.landmarks[index].emplace(found.name, boundsOf(shape));
        }
    }

    // Step boxes: the first box of a known id is that step; every further box with our step
    // style (a copy, or one without a name) is a new step.
    std::set<std::string> taken;
    for (const Step& step : stored.steps)
        taken.insert(step.id);
    std::map<css::uno::XInterface*, std::string> stepOfShape;
    for (const Found& found : stepShapes) {
        const Rect bounds = boundsOf(found.shape);
        const long cx = bounds.x + bounds.width / 2;
        const long cy = bounds.y + bounds.height / 2;
        const std::string team = holding(result.landmarks[found.page], "lane:", cx, cy);
        const std::string phase = holding(result.landmarks[found.page], "phase:", cx, cy);
        const std::string text = textOf(found.shape);
        const Step* known = stored.findStep(found.name);
        std::string id;
        if (known != nullptr && result.boxes.count(found.name) == 0) {
            id = found.name;
            Step* step = nullptr;
            for (Step& s : process.steps)
                if (s.id == id)
                    step = &s;
            if ((!team.empty() && team != step->team) || (!phase.empty() && phase != step->phase)) {
                ++result.moved;
                if (!team.empty())
                    step->team = team;
                if (!phase.empty())
                    step->phase = phase;
            }
            if (!text.empty() && text != step->name) {
                step->name = text;
                ++result.renamed;
            }
        } else {
            Step step;
            if (known != nullptr)
                step = *known; // a copy keeps what the original says, but is a step of its own
            else
                step.kind = kindOf(found.shape);
            id = freshId(taken);
            taken.insert(id);
            step.id = id;
            step.name = !text.empty() ? text : Text::say(process.language, "New step", "Nieuwe stap");
            if (!team.empty())
                step.team = team;
            if (!phase.empty())
                step.phase = phase;
            process.steps.push_back(step);
            result.absorbed.push_back(found.shape);
            ++result.added;
        }
        result.boxes[id] = Box{found.page, found.shape, bounds};
        stepOfShape[css::uno::Reference<css::uno::XInterface>(found.shape, css::uno::UNO_QUERY).get()] = id;
    }

    // Steps the diagram showed that have no box any more: the user deleted them.
    std::set<std::string> gone;
    for (const Step& step : stored.steps)
        if (SwimlaneDiagram::shows(stored, step, diagram.options) && result.boxes.count(step.id) == 0)
            gone.insert(step.id);
    result.removed = gone.size();

    // Arrows: ours by name, the user's between two step boxes.
    std::map<std::size_t, std::vector<const Found*>> ours;
    std::vector<Arrow> drawn;
    auto glued = [&](const Found& connector, const char* end) {
        css::uno::Reference<css::uno::XInterface> shape;
        css::uno::Reference<css::beans::XPropertySet>(connector.shape, css::uno::UNO_QUERY_THROW)
                ->getPropertyValue(rtl::OUString::createFromAscii(end)) >>= shape;
        const auto found = stepOfShape.find(css::uno::Reference<css::uno::XInterface>(shape, css::uno::UNO_QUERY).get());
        return found == stepOfShape.end() ? std::string() : found->second;
    };
    for (const Found& connector : connectors) {
        if (startsWith(connector.name, "arrow:") && startsWith(connector.style, DrawStyles::root)) {
            try {
                ours[std::stoul(connector.name.substr(6))].push_back(&connector);
            } catch (const std::exception&) {
            }
            continue;
        }
        const std::string from = glued(connector, "StartShape");
        const std::string to = glued(connector, "EndShape");
        if (from.empty() || to.empty())
            continue; // a line of the user's own
        Arrow arrow;
        arrow.from = from;
        arrow.to = to;
        arrow.label = textOf(connector.shape);
        drawn.push_back(arrow);
        result.absorbed.push_back(connector.shape);
        ++result.arrowsAdded;
    }
    std::vector<Arrow> arrows;
    for (std::size_t n = 0; n < stored.arrows.size(); ++n) {
        Arrow arrow = stored.arrows[n];
        if (gone.count(arrow.from) || gone.count(arrow.to)) {
            ++result.arrowsRemoved;
            continue;
        }
        const Step* from = stored.findStep(arrow.from);
        const Step* to = stored.findStep(arrow.to);
        const bool shown = from != nullptr && to != nullptr && SwimlaneDiagram::shows(stored, *from, diagram.options) &&
                           SwimlaneDiagram::shows(stored, *to, diagram.options);
        const auto found = ours.find(n);
        if (shown && found == ours.end()) {
            ++result.arrowsRemoved; // the user deleted its connector
            continue;
        }
        if (shown && found->second.size() == 1) {
            // Within one page: the user may have glued it to other boxes.
            const std::string start = glued(*found->second.front(), "StartShape");
            const std::string end = glued(*found->second.front(), "EndShape");
            if ((!start.empty() && start != arrow.from) || (!end.empty() && end != arrow.to)) {
                if (!start.empty())
                    arrow.from = start;
                if (!end.empty())
                    arrow.to = end;
                ++result.arrowsMoved;
            }
        }
        arrows.push_back(arrow);
    }
    arrows.insert(arrows.end(), drawn.begin(), drawn.end());
    process.arrows = arrows;
    process.steps.erase(std::remove_if(process.steps.begin(), process.steps.end(),
                                       [&](const Step& step) { return gone.count(step.id) != 0; }),
                        process.steps.end());
    return result;
}

} // namespace salesprocess::extension
