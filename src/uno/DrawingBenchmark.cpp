#include "DrawingBenchmark.hpp"

#include "ControllerLock.hpp"
#include "DocumentCloser.hpp"
#include "DrawPages.hpp"
#include "DrawingRenderer.hpp"
#include "OfficeTextMeasure.hpp"
#include "PagedDrawing.hpp"
#include "SwimlaneDiagram.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "Strings.hpp"
#include "core/SwimlaneLayout.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>

namespace salesprocess::extension {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

/// The office's resident memory (this process: the extension runs inside it), in kB; 0 elsewhere.
long residentKb()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

bool isBox(ShapeKind kind)
{
    return kind == ShapeKind::Step || kind == ShapeKind::Decision || kind == ShapeKind::Start ||
           kind == ShapeKind::EndWon || kind == ShapeKind::EndLost || kind == ShapeKind::OffPage;
}

/// The floor: the layout's shapes with their text and its glued connectors, as plainly as the
/// API allows: no styles, names, layers, text distances or routes.
double floorOf(const Drawing& drawing, const css::uno::Reference<css::frame::XModel>& document)
{
    const auto started = Clock::now();
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
    // Like ours, it holds no shape longer than it needs it (in LibreOffice 7.4 every living shape
    // object hears every change: holding thousands makes any drawing quadratic).
    std::vector<std::pair<css::uno::Reference<css::drawing::XDrawPage>, sal_Int32>> connectors;
    {
        ControllerLock lock(document);
        const auto pages = DrawPages::of(document);
        for (std::size_t p = 0; p < drawing.pages.size(); ++p) {
            const Page& page = drawing.pages[p];
            css::uno::Reference<css::drawing::XDrawPage> target(pages->getByIndex(0), css::uno::UNO_QUERY_THROW);
            if (p > 0)
                target = pages->insertNewByIndex(pages->getCount() - 1);
            std::map<std::string, css::uno::Reference<css::drawing::XShape>> boxes;
            for (const Shape& shape : page.shapes) {
                // Every shape of the page, as a plain rectangle with its text.
                css::uno::Reference<css::drawing::XShape> box(
                    factory->createInstance(shape.text.empty() ? rtl::OUString("com.sun.star.drawing.RectangleShape")
                                                               : rtl::OUString("com.sun.star.drawing.TextShape")),
                    css::uno::UNO_QUERY_THROW);
                box->setPosition(css::awt::Point{static_cast<sal_Int32>(shape.bounds.x), static_cast<sal_Int32>(shape.bounds.y)});
                box->setSize(css::awt::Size{static_cast<sal_Int32>(std::max(shape.bounds.width, 1L)),
                                            static_cast<sal_Int32>(shape.bounds.height)});
                target->add(box);
                if (!shape.text.empty())
                    css::uno::Reference<css::text::XText>(box, css::uno::UNO_QUERY_THROW)->setString(toOUString(shape.text));
                if (isBox(shape.kind))
                    boxes.emplace(shape.id, box);
            }
            for (const Connector& connector : page.connectors) {
                const auto from = boxes.find(connector.from);
                const auto to = boxes.find(connector.to);
                if (from == boxes.end() || to == boxes.end())
                    continue;
                css::uno::Reference<css::drawing::XShape> edge(factory->createInstance("com.sun.star.drawing.ConnectorShape"),
                                                               css::uno::UNO_QUERY_THROW);
                target->add(edge);
                css::uno::Reference<css::beans::XPropertySet> properties(edge, css::uno::UNO_QUERY_THROW);
                properties->setPropertyValue("StartShape", css::uno::Any(from->second));
                properties->setPropertyValue("StartGluePointIndex", css::uno::Any(static_cast<sal_Int32>(connector.fromGlue)));
                properties->setPropertyValue("EndShape", css::uno::Any(to->second));
                properties->setPropertyValue("EndGluePointIndex", css::uno::Any(static_cast<sal_Int32>(connector.toGlue)));
                connectors.emplace_back(target, target->getCount() - 1);
            }
        }
    }
    // What the saved file needs: the connectors' geometry, computed once unlocked (UNO-NOTES).
    long sum = 0;
    for (const auto& [page, index] : connectors)
        sum += css::uno::Reference<css::drawing::XShape>(page->getByIndex(index), css::uno::UNO_QUERY_THROW)->getPosition().X;
    (void)sum;
    return seconds(started);
}

} // namespace

DrawingBenchmark::DrawingBenchmark(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

Process DrawingBenchmark::madeUp(std::size_t steps)
{
    static const char* const verbs[] = {"Register", "Qualify", "Send", "Review", "Confirm", "Plan", "Prepare", "Check"};
    static const char* const objects[] = {"the enquiry", "the quote for the customer", "the order", "the invoice",
                                          "the delivery date", "the account history", "the visit report"};
    Process process;
    process.name = "Made-up process of " + std::to_string(steps) + " steps";
    process.company = "Benchmark BV";
    process.language = "en";
    process.version = "1";
    process.date = "2026-01-15";
    const std::size_t phases = 8, teams = 6;
    for (std::size_t i = 0; i < phases; ++i)
        process.phases.push_back(Phase{"phase" + std::to_string(i), "Phase " + std::to_string(i + 1)});
    for (std::size_t i = 0; i < teams; ++i) {
        Team team;
        team.id = "team" + std::to_string(i);
        team.name = "Team " + std::to_string(i + 1);
        process.teams.push_back(team);
    }
    for (std::size_t i = 0; i < steps; ++i) {
        Step step;
        step.id = "s" + std::to_string(i);
        step.name = std::string(verbs[i % 8]) + " " + objects[(i / 8) % 7] + " " + std::to_string(i);
        step.kind = i == 0 ? StepKind::Start : i + 1 == steps ? StepKind::EndWon : i % 9 == 4 ? StepKind::Decision
                                                                                               : StepKind::Activity;
        step.phase = process.phases[i * phases / steps].id;
        step.team = process.teams[(i * 7 + i / 3) % teams].id;
        process.steps.push_back(step);
        if (i > 0)
            process.arrows.push_back(Arrow{"s" + std::to_string(i - 1), step.id, "", "", false});
        if (i > 3 && i % 4 == 0)
            process.arrows.push_back(Arrow{"s" + std::to_string(i - 3), step.id, "yes", "", false});
    }
    return process;
}

bool DrawingBenchmark::run(const Arguments& options, std::vector<std::string>& messages) const
{
    const long steps = std::atol(options.text("Steps").value_or("0").c_str());
    if (steps <= 0) {
        messages.push_back("benchmark needs Steps, a number of steps.");
        return false;
    }
    const bool withFloor = options.flag("Floor", true);
    const long repeat = std::max(1L, std::atol(options.text("Repeat").value_or("3").c_str()));
    const Process process = madeUp(static_cast<std::size_t>(steps));
    SwimlaneOptions diagram;

    double ours = 1e9, floor = 1e9;
    PagedDrawing::Timing stages;
    std::size_t pages = 0, shapes = 0, connectors = 0;
    for (long r = 0; r < repeat; ++r) {
        {
            const auto document = DrawPages::newDrawing(m_context, true);
            rtl::Reference<UndoAction> undo(new UndoAction("benchmark"));
            const auto started = Clock::now();
            DrawingRenderer::searched() = 0;
            {
                UndoManagerLock quiet(document);
                SwimlaneDiagram(m_context).draw(document, {}, process, diagram, 0, *undo);
            }
            const double took = seconds(started);
            if (took < ours)
                stages = PagedDrawing::lastTiming();
            ours = std::min(ours, took);
            DocumentCloser::close(document);
        }
        if (withFloor) {
            // The floor draws the boxes of the same layout; laying out is not part of it.
            const OfficeTextMeasure measure(m_context);
            const SwimlaneLayout layout(process, diagram, measure);
            pages = layout.drawing().pages.size();
            shapes = connectors = 0;
            for (const Page& page : layout.drawing().pages) {
                shapes += page.shapes.size();
                connectors += page.connectors.size();
            }
            const auto document = DrawPages::newDrawing(m_context, true);
            floor = std::min(floor, floorOf(layout.drawing(), document));
            DocumentCloser::close(document);
        }
    }
    char line[384];
    std::snprintf(line, sizeof line,
                  "steps=%ld ours=%.3f floor=%.3f ratio=%.2f rss_kb=%ld pages=%zu shapes=%zu connectors=%zu "
                  "shapes_s=%.3f unlock_s=%.3f connectors_s=%.3f searched=%zu",
                  steps, ours, withFloor ? floor : 0.0, withFloor ? ours / floor : 0.0, residentKb(), pages, shapes,
                  connectors, stages.shapes, stages.unlock, stages.connectors, DrawingRenderer::searched());
    messages.push_back(line);
    return true;
}

} // namespace salesprocess::extension
