#include "SwimlaneDiagramCommand.hpp"

#include "CommandError.hpp"
#include "DiagramArguments.hpp"
#include "DrawPages.hpp"
#include "OfficeLanguage.hpp"
#include "ProcessSource.hpp"
#include "SwimlaneDiagram.hpp"
#include "SwimlaneDialog.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "UndoStep.hpp"
#include "UserMessage.hpp"
#include "core/Text.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ref.hxx>

namespace salesprocess::extension {

namespace {
/// True when every page that holds something has this paper size.
bool fitsPaper(const css::uno::Reference<css::frame::XModel>& document, const Size& paper)
{
    const auto pages = DrawPages::of(document);
    for (sal_Int32 i = 0; i < pages->getCount(); ++i) {
        css::uno::Reference<css::drawing::XDrawPage> page(pages->getByIndex(i), css::uno::UNO_QUERY_THROW);
        const Size size = DrawPages::paperOf(page);
        if (!DrawPages::isEmpty(page) && (size.width != paper.width || size.height != paper.height))
            return false;
    }
    return true;
}
} // namespace

SwimlaneDiagramCommand::SwimlaneDiagramCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

CommandOutcome SwimlaneDiagramCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                           const Arguments& given) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    const bool interactive = UserMessage::canShow(frame);
    const bool fromCalc = css::uno::Reference<css::sheet::XSpreadsheetDocument>(document, css::uno::UNO_QUERY).is();
    if (!fromCalc && !DrawPages::isDrawing(document))
        return CommandOutcome::failed(Text::say(ui, "Swimlane diagram works in Draw and in Calc.",
                                                "Swimlanediagram werkt in Draw en in Calc."));

    Arguments arguments = given;
    if (!fromCalc && arguments.noneOf({"Template", "Workbook"})) {
        if (!interactive)
            return CommandOutcome::failed(Text::say(
                ui, "Swimlane diagram in Draw needs its source as an argument when the office shows no window: "
                    "Template (e.g. b2b-field-sales) with Language (nl/en), or Workbook (the path of a process "
                    "workbook); optionally Orientation (horizontal/vertical), Paper (A4/A3), Landscape "
                    "(true/false), Segments (prospect/customer/both), Target (newpage/newdocument).",
                "Swimlanediagram in Draw heeft zijn bron als argument nodig als de office geen venster toont: "
                "Template (bijv. b2b-field-sales) met Language (nl/en), of Workbook (het pad van een "
                "proceswerkboek); eventueel Orientation (horizontal/vertical), Paper (A4/A3), Landscape "
                "(true/false), Segments (prospect/customer/both), Target (newpage/newdocument)."));
        const auto choice = SwimlaneDialog(m_context, ui).ask(frame);
        if (!choice)
            return CommandOutcome::cancelled(Text::say(ui, "Cancelled: nothing was changed.",
                                                       "Geannuleerd: er is niets veranderd."));
        arguments = *choice;
    }
    if (arguments.has("Template") && arguments.has("Workbook"))
        return CommandOutcome::failed(Text::say(ui, "Give a Template or a Workbook, not both.",
                                                "Geef een Template of een Workbook, niet allebei."));

    const SwimlaneOptions options = DiagramArguments::swimlane(arguments, ui);
    Process process;
    if (fromCalc)
        process = ProcessSource::fromWorkbook(document, ui);
    else if (auto workbook = arguments.text("Workbook"))
        process = ProcessSource::fromWorkbookFile(m_context, *workbook, ui);
    else
        process = ProcessSource::fromTemplate(m_context,
                                              arguments.text("Template").value_or(TemplateCatalog::defaultName),
                                              DiagramArguments::language(arguments, ui, ui));

    // Where it goes: never over what is on a page already.
    const auto target = DiagramArguments::target(arguments, ui,
                                                 fromCalc ? DiagramArguments::Target::NewDocument
                                                          : DiagramArguments::Target::NewPage);
    css::uno::Reference<css::frame::XModel> drawing = document;
    css::uno::Reference<css::frame::XFrame> drawingFrame = frame;
    sal_Int32 at = 0;
    std::string note;
    if (!fromCalc && target == DiagramArguments::Target::NewPage && !fitsPaper(document, options.pageSize())) {
        // Draw gives every page of a document one paper size: a diagram on other paper would
        // change the size of the user's pages. It gets a document of its own.
        note = " " + Text::say(ui, "It is in a new document: the pages of this drawing have another paper size.",
                               "Het staat in een nieuw document: de pagina's van deze tekening hebben een ander papierformaat.");
        drawing = DrawPages::newDrawing(m_context, !interactive);
        drawingFrame = DrawPages::frameOf(drawing);
    } else if (fromCalc || target == DiagramArguments::Target::NewDocument) {
        drawing = DrawPages::newDrawing(m_context, !interactive);
        drawingFrame = DrawPages::frameOf(drawing);
    } else {
        const auto current = DrawPages::current(document);
        at = DrawPages::indexOf(document, current);
        if (!DrawPages::isEmpty(current))
            ++at;
    }

    const std::string title = Text::say(ui, "Swimlane diagram", "Swimlanediagram");
    UndoStep step(drawing, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    SwimlaneDiagram::Drawn drawn;
    {
        UndoManagerLock quiet(drawing);
        try {
            drawn = SwimlaneDiagram(m_context).draw(drawing, drawingFrame, process, options, at, *undo);
        } catch (...) {
            undo->undo(); // what was made so far goes again: nothing half-drawn stays behind
            throw;
        }
    }
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    return CommandOutcome::done(SwimlaneDiagram::summary(drawn, process) + note);
}

} // namespace salesprocess::extension
