#include "SaveCurrentSituationCommand.hpp"

#include "CommandError.hpp"
#include "DocumentProperties.hpp"
#include "FileChooser.hpp"
#include "OfficeLanguage.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"
#include "UndoStep.hpp"
#include "UserMessage.hpp"
#include "WorkbookProcess.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cctype>

namespace salesprocess::extension {

namespace {
std::string extensionOf(const std::string& path)
{
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

bool exists(const std::string& path)
{
    osl::DirectoryItem item;
    return osl::DirectoryItem::get(toFileUrl(path), item) == osl::FileBase::E_None;
}
} // namespace

SaveCurrentSituationCommand::SaveCurrentSituationCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

CommandOutcome SaveCurrentSituationCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                                const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    const Workbook::ReadResult read = WorkbookProcess::read(document, ui);
    const Process& process = read.load.process;
    const std::string& language = process.language;

    std::optional<std::string> file = arguments.text("File");
    bool overwrite = arguments.flag("Overwrite", false);
    if (!file) {
        if (!UserMessage::canShow(frame))
            return CommandOutcome::failed(Text::say(
                ui, "Save as current situation needs the argument File (a .ods or .json file) when the office shows no window.",
                "Opslaan als huidige situatie heeft het argument File nodig (een .ods- of .json-bestand) als de office geen "
                "venster toont."));
        file = FileChooser::save(m_context, Text::say(ui, "Save as current situation", "Opslaan als huidige situatie"),
                                 {{Text::say(ui, "Process workbook (*.ods)", "Proceswerkboek (*.ods)"), "*.ods"},
                                  {Text::say(ui, "Process file (*.json)", "Procesbestand (*.json)"), "*.json"}},
                                 Text::say(ui, "current-situation", "huidige-situatie"));
        if (!file)
            return CommandOutcome::cancelled(Text::say(ui, "Cancelled: nothing was saved.", "Geannuleerd: er is niets opgeslagen."));
        overwrite = true; // the dialog asked before replacing a file
    }
    const std::string path = toSystemPath(toOUString(*file));
    const std::string extension = extensionOf(path);
    if (extension != "ods" && extension != "json")
        return CommandOutcome::failed(Text::say(ui, "File must end in .ods (the whole workbook) or .json (the process), not {0}.",
                                                "File moet eindigen op .ods (het hele werkboek) of .json (het proces), niet {0}.",
                                                {Text::quote(path)}));
    if (exists(path) && !overwrite)
        return CommandOutcome::failed(Text::say(ui, "{0} exists already: give Overwrite=true to replace it.",
                                                "{0} bestaat al: geef Overwrite=true om het te vervangen.", {Text::quote(path)}));

    if (extension == "json") {
        try {
            ProcessFile::save(process, path);
        } catch (const std::exception& error) {
            throw CommandError(error.what());
        }
    } else {
        css::uno::Sequence<css::beans::PropertyValue> properties(2);
        properties.getArray()[0].Name = "FilterName";
        properties.getArray()[0].Value <<= rtl::OUString("calc8");
        properties.getArray()[1].Name = "Overwrite";
        properties.getArray()[1].Value <<= true;
        css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
            ->storeToURL(toFileUrl(path), properties);
    }

    const std::string title = Text::say(ui, "Save as current situation", "Opslaan als huidige situatie");
    UndoStep step(document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    DocumentProperties::change(document, baselineProperty, path, *undo);
    return CommandOutcome::done(Text::say(
        language, "The current situation is saved as {0}. After your changes to the process, compare with it: Sales Process > Compare with current situation...",
        "De huidige situatie is opgeslagen als {0}. Vergelijk het proces na uw wijzigingen ermee: Salesproces > Vergelijken met huidige situatie...",
        {Text::quote(path)}));
}

} // namespace salesprocess::extension
