#include "DeskChecklistsCommand.hpp"

#include "DeskChecklists.hpp"
#include "DiagramArguments.hpp"
#include "DiagramInDrawing.hpp"
#include "DiagramReader.hpp"
#include "DrawPages.hpp"
#include "OfficeLanguage.hpp"
#include "PdfExport.hpp"
#include "ProcessSource.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "UndoStep.hpp"
#include "UserMessage.hpp"
#include "core/Text.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ref.hxx>

namespace salesprocess::extension {

DeskChecklistsCommand::DeskChecklistsCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

CommandOutcome DeskChecklistsCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                          const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    const ChecklistOptions options = DiagramArguments::checklists(arguments, ui);
    Process process;
    if (css::uno::Reference<css::sheet::XSpreadsheetDocument>(document, css::uno::UNO_QUERY).is()) {
        process = ProcessSource::fromWorkbook(document, ui);
    } else if (DrawPages::isDrawing(document)) {
        const DiagramInDrawing found = DiagramInDrawing::of(frame, ui, "Desk checklists", "Bureauchecklists");
        process = DiagramReader::read(found.document, found.diagram, found.stored).process;
    } else {
        return CommandOutcome::failed(Text::say(ui, "Desk checklists work in Calc and in Draw.",
                                                "Checklists werken in Calc en in Draw."));
    }

    const bool interactive = UserMessage::canShow(frame);
    const auto checklists = DrawPages::newDrawing(m_context, !interactive);
    const std::string title = Text::say(ui, "Desk checklists", "Bureauchecklists");
    ChecklistLayout::Book book;
    {
        UndoStep step(checklists, title);
        rtl::Reference<UndoAction> undo(new UndoAction(title));
        {
            UndoManagerLock quiet(checklists);
            book = DeskChecklists(m_context).draw(checklists, DrawPages::frameOf(checklists), process, options, *undo);
        }
        step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    }

    std::string message = DeskChecklists::summary(book, process);
    const std::string& l = process.language;
    if (auto pdf = arguments.text("PdfFile")) {
        const std::string path = toSystemPath(toOUString(*pdf));
        PdfExport::write(checklists, path);
        message += " " + Text::say(l, "PDF: {0}.", "PDF: {0}.", {path});
    }
    if (auto folder = arguments.text("PerTeamFolder")) {
        const auto files = DeskChecklists::writeTeamPdfs(checklists, book, process, *folder);
        message += " " + Text::say(l, "{0} team PDFs in {1}.", "{0} team-PDF's in {1}.",
                                   {std::to_string(files.size()), toSystemPath(toOUString(*folder))});
    }
    return CommandOutcome::done(message);
}

} // namespace salesprocess::extension
