#include "SwimlaneDiagram.hpp"

#include "DiagramRecord.hpp"
#include "DocumentProperties.hpp"
#include "DrawPages.hpp"
#include "DrawStyles.hpp"
#include "DrawingRenderer.hpp"
#include "OfficeLanguage.hpp"
#include "OfficeTextMeasure.hpp"
#include "PagedDrawing.hpp"
#include "Progress.hpp"
#include "core/SwimlaneLayout.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"

#include <set>

namespace salesprocess::extension {

namespace {
bool isStepKind(ShapeKind kind)
{
    return kind == ShapeKind::Step || kind == ShapeKind::Decision || kind == ShapeKind::Start ||
           kind == ShapeKind::EndWon || kind == ShapeKind::EndLost;
}
} // namespace

SwimlaneDiagram::SwimlaneDiagram(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

bool SwimlaneDiagram::shows(const Process& process, const Step& step, const SwimlaneOptions& options)
{
    const std::string segment = options.segmentId();
    return process.findTeam(step.team) != nullptr && process.findPhase(step.phase) != nullptr &&
           (segment.empty() || step.isFor(segment));
}

SwimlaneDiagram::Drawn SwimlaneDiagram::draw(const css::uno::Reference<css::frame::XModel>& document,
                                             const css::uno::Reference<css::frame::XFrame>& frame,
                                             const Process& process, const SwimlaneOptions& options, sal_Int32 at,
                                             UndoAction& undo, const std::string& diagramId,
                                             const std::vector<css::uno::Reference<css::drawing::XDrawPage>>& reuse) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const OfficeTextMeasure measure(m_context);
    const SwimlaneLayout layout(process, options, measure);
    const Drawing& drawing = layout.drawing();
    Progress progress(frame, Text::say(ui, "Drawing the swimlane diagram", "Swimlanediagram tekenen"),
                      static_cast<int>(drawing.pages.size()) + 1);

    const std::vector<DrawStyle> looks = DrawStyles::forSwimlane(drawing);
    DrawStyles::ensure(document, looks, &undo);
    DrawingRenderer::ensureLayers(document);
    Drawn drawn;
    drawn.scale = layout.scale();
    drawn.officeMetrics = measure.usesOfficeFont();
    drawn.pages = PagedDrawing(m_context, document)
                      .put(drawing, looks, &SwimlaneLayout::textArea, at, undo,
                           [&](std::size_t page, std::size_t pages) {
                               progress.advance(Text::say(ui, "Page {0} of {1}", "Pagina {0} van {1}",
                                                          {std::to_string(page), std::to_string(pages)}));
                           },
                           reuse);
    std::set<std::string> arrows;
    for (const Page& page : drawing.pages) {
        for (const Shape& shape : page.shapes)
            if (isStepKind(shape.kind) && shape.id.rfind("legend:", 0) != 0)
                ++drawn.steps;
        for (const Connector& connector : page.connectors)
            arrows.insert(connector.id);
    }
    drawn.arrows = arrows.size();

    // What Re-layout, Check process and Desk checklists start from.
    DocumentProperties::change(document, DocumentProperties::model, ProcessFile::toJson(process), undo);
    DiagramRecord record = DiagramRecord::read(document);
    DiagramRecord::Diagram* diagram = nullptr;
    for (DiagramRecord::Diagram& d : record.diagrams)
        if (!diagramId.empty() && d.id == diagramId)
            diagram = &d;
    if (diagram == nullptr) {
        record.diagrams.push_back(DiagramRecord::Diagram{record.nextId(), options, {}});
        diagram = &record.diagrams.back();
    }
    diagram->options = options;
    diagram->pages = drawn.pages;
    drawn.diagramId = diagram->id;
    record.write(document, undo);
    progress.advance(Text::say(ui, "Done", "Klaar"));
    return drawn;
}

std::string SwimlaneDiagram::summary(const Drawn& drawn, const Process& process)
{
    const std::string pages = std::to_string(drawn.pages.size());
    return Text::say(process.language, "Swimlane diagram of {0} drawn: {1} {2}, {3} steps, {4} arrows.",
                     "Swimlanediagram van {0} getekend: {1} {2}, {3} stappen, {4} pijlen.",
                     {Text::quote(process.name), pages,
                      drawn.pages.size() == 1 ? Text::say(process.language, "page", "pagina")
                                              : Text::say(process.language, "pages", "pagina's"),
                      std::to_string(drawn.steps), std::to_string(drawn.arrows)});
}

} // namespace salesprocess::extension
