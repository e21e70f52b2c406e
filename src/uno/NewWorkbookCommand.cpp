#include "NewWorkbookCommand.hpp"

#include "CalcSheets.hpp"
#include "CommandError.hpp"
#include "NewWorkbookDialog.hpp"
#include "OfficeLanguage.hpp"
#include "ProcessSheets.hpp"
#include "Progress.hpp"
#include "Strings.hpp"
#include "TemplateFolder.hpp"
#include "UndoAction.hpp"
#include "UndoStep.hpp"
#include "UserMessage.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ref.hxx>

namespace salesprocess::extension {

namespace {
bool looksLikeFile(const std::string& text)
{
    return text.find('/') != std::string::npos || text.find('\\') != std::string::npos ||
           (text.size() > 5 && text.compare(text.size() - 5, 5, ".json") == 0);
}

css::uno::Reference<css::frame::XModel> newCalcDocument(
    const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden)
{
    css::uno::Sequence<css::beans::PropertyValue> properties(1);
    properties.getArray()[0].Name = "Hidden";
    properties.getArray()[0].Value <<= hidden;
    auto component = css::frame::Desktop::create(context)->loadComponentFromURL(
        "private:factory/scalc", "_blank", 0, properties);
    return css::uno::Reference<css::frame::XModel>(component, css::uno::UNO_QUERY_THROW);
}
} // namespace

NewWorkbookCommand::NewWorkbookCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

Process NewWorkbookCommand::loadTemplate(const std::string& templateName, const std::string& language) const
{
    std::string path;
    if (looksLikeFile(templateName)) {
        path = toSystemPath(toOUString(templateName));
    } else {
        try {
            path = TemplateCatalog(TemplateFolder::path(m_context)).path(templateName, language);
        } catch (const CommandError&) {
            throw;
        } catch (const std::runtime_error& error) {
            throw CommandError(error.what());
        }
    }
    return ProcessFile::load(path).process; // its findings come back with Check process
}

std::string NewWorkbookCommand::write(const css::uno::Reference<css::frame::XModel>& document,
                                      const css::uno::Reference<css::frame::XFrame>& frame,
                                      const Process& process, WorkbookWriter::Placement placement) const
{
    const std::string& language = process.language;
    // The undo entry is part of the office's interface: in the office's language.
    const std::string title = Text::say(OfficeLanguage::ui(m_context), "New process workbook", "Nieuw proceswerkboek");
    UndoStep step(document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    Progress progress(frame, title, 10);
    const int sheets = WorkbookWriter(document, *undo, progress).write(process, placement);
    return Text::say(language, "Process workbook {0} written: {1} sheets.",
                     "Proceswerkboek {0} geschreven: {1} sheets.",
                     {Text::quote(process.name), std::to_string(sheets)});
}

CommandOutcome NewWorkbookCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                       const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    const bool hasProcessSheets = calc.is() && !ProcessSheets::tables(calc).empty();
    const bool interactive = UserMessage::canShow(frame);

    std::string templateName = arguments.text("Template").value_or(TemplateCatalog::defaultName);
    std::string language = ui;
    std::string ifExists = arguments.text("IfExists").value_or("");
    if (auto given = arguments.text("Language")) {
        language = OfficeLanguage::normalise(*given);
        if (language.empty())
            return CommandOutcome::failed(Text::say(ui, "Language must be nl or en, not {0}.",
                                                    "Taal moet nl of en zijn, niet {0}.", {Text::quote(*given)}));
    }
    if (arguments.noneOf({"Template", "Language", "IfExists"})) {
        if (!interactive)
            return CommandOutcome::failed(Text::say(
                ui, "New process workbook needs its choices as arguments when the office shows no window: "
                    "Template (e.g. b2b-field-sales), Language (nl/en), IfExists (replace/beside/cancel).",
                "Nieuw proceswerkboek heeft zijn keuzes als argumenten nodig als de office geen venster toont: "
                "Template (bijv. b2b-field-sales), Language (nl/en), IfExists (replace/beside/cancel)."));
        const auto templates = TemplateCatalog(TemplateFolder::path(m_context)).entries();
        const auto choice = NewWorkbookDialog(m_context, templates, ui, hasProcessSheets).ask(frame);
        if (!choice)
            return CommandOutcome::cancelled(Text::say(ui, "Cancelled: nothing was changed.",
                                                       "Geannuleerd: er is niets veranderd."));
        templateName = choice->templateName;
        language = choice->language;
        ifExists = choice->ifExists;
    }
    if (!ifExists.empty() && ifExists != "replace" && ifExists != "beside" && ifExists != "cancel")
        return CommandOutcome::failed(Text::say(ui, "IfExists must be replace, beside or cancel, not {0}.",
                                                "IfExists moet replace, beside of cancel zijn, niet {0}.",
                                                {Text::quote(ifExists)}));

    const Process process = loadTemplate(templateName, language);

    if (hasProcessSheets) {
        if (ifExists == "cancel")
            return CommandOutcome::cancelled(Text::say(
                ui, "Cancelled: this workbook already has process sheets (IfExists=cancel); nothing was changed.",
                "Geannuleerd: dit werkboek heeft al processheets (IfExists=cancel); er is niets veranderd."));
        if (ifExists.empty())
            return CommandOutcome::failed(Text::say(
                ui, "This workbook already has process sheets: say with IfExists whether to replace them or "
                    "to write beside them (replace/beside/cancel).",
                "Dit werkboek heeft al processheets: geef met IfExists aan of ze vervangen worden of dat er "
                "nieuwe naast komen (replace/beside/cancel)."));
        return CommandOutcome::done(write(document, frame, process,
                                          ifExists == "replace" ? WorkbookWriter::Placement::Replace
                                                                : WorkbookWriter::Placement::Beside));
    }
    if (calc.is() && CalcSheets::isEmptyDocument(calc))
        return CommandOutcome::done(write(document, frame, process, WorkbookWriter::Placement::Fill));

    // The current document holds other work: the workbook gets a document of its own.
    auto created = newCalcDocument(m_context, !interactive);
    auto createdFrame = created->getCurrentController().is() ? created->getCurrentController()->getFrame()
                                                             : css::uno::Reference<css::frame::XFrame>();
    return CommandOutcome::done(write(created, createdFrame, process, WorkbookWriter::Placement::Fill));
}

} // namespace salesprocess::extension
