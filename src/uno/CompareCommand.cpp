#include "CompareCommand.hpp"

#include "ActionPlanWriter.hpp"
#include "ChangesWriter.hpp"
#include "CheckProcessCommand.hpp"
#include "CommandError.hpp"
#include "DocumentCloser.hpp"
#include "DocumentProperties.hpp"
#include "FileChooser.hpp"
#include "OfficeLanguage.hpp"
#include "Progress.hpp"
#include "SaveCurrentSituationCommand.hpp"
#include "Strings.hpp"
#include "TemplateFolder.hpp"
#include "UndoAction.hpp"
#include "UndoStep.hpp"
#include "UserMessage.hpp"
#include "WorkbookProcess.hpp"
#include "WorkbookReader.hpp"
#include "core/ActionPlanner.hpp"
#include "core/Date.hpp"
#include "core/ProcessComparison.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include <cstdlib>
#include <stdexcept>

namespace salesprocess::extension {

namespace {

bool endsWith(const std::string& text, const std::string& end)
{
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

bool looksLikeFile(const std::string& text)
{
    return text.find('/') != std::string::npos || text.find('\\') != std::string::npos || endsWith(text, ".json") ||
           endsWith(text, ".ods") || endsWith(text, ".JSON") || endsWith(text, ".ODS");
}

/// A workbook the office has open already (reading it must not close it), else nothing.
css::uno::Reference<css::frame::XModel> openDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                     const rtl::OUString& url)
{
    auto components = css::frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (components->hasMoreElements()) {
        css::uno::Reference<css::frame::XModel> model(components->nextElement(), css::uno::UNO_QUERY);
        if (model.is() && model->getURL() == url)
            return model;
    }
    return {};
}

/// A workbook opened hidden and read-only for reading, closed again whatever happens.
class ReadOnlyWorkbook {
public:
    ReadOnlyWorkbook(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url)
    {
        css::uno::Sequence<css::beans::PropertyValue> properties(2);
        properties.getArray()[0].Name = "Hidden";
        properties.getArray()[0].Value <<= true;
        properties.getArray()[1].Name = "ReadOnly";
        properties.getArray()[1].Value <<= true;
        m_model.set(css::frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, properties),
                    css::uno::UNO_QUERY);
    }
    ~ReadOnlyWorkbook() { DocumentCloser::close(m_model); }
    ReadOnlyWorkbook(const ReadOnlyWorkbook&) = delete;
    ReadOnlyWorkbook& operator=(const ReadOnlyWorkbook&) = delete;

    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }

private:
    css::uno::Reference<css::frame::XModel> m_model;
};

Process readWorkbook(const css::uno::Reference<css::frame::XModel>& model, const std::string& path,
                     const std::string& ui)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(model, css::uno::UNO_QUERY);
    const std::vector<RawSheet> sheets = calc.is() ? WorkbookReader::read(calc) : std::vector<RawSheet>{};
    if (sheets.empty())
        throw CommandError(Text::say(ui, "{0} is no process workbook: it has no process sheets.",
                                     "{0} is geen proceswerkboek: het heeft geen processheets.", {Text::quote(path)}));
    const std::unique_ptr<Process> snapshot = WorkbookProcess::snapshot(model);
    return Workbook::read(sheets, snapshot.get()).load.process;
}

} // namespace

CompareCommand::CompareCommand(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

std::optional<int> CompareCommand::weeks(const Arguments& arguments, const std::string& ui)
{
    const std::optional<std::string> given = arguments.text("DeadlineWeeks");
    if (!given)
        return std::nullopt;
    char* end = nullptr;
    const long value = std::strtol(given->c_str(), &end, 10);
    if (end == given->c_str() || *end != '\0' || value < 0 || value > 520)
        throw CommandError(Text::say(ui, "DeadlineWeeks must be a whole number of weeks from 0 to 520, not {0}.",
                                     "DeadlineWeeks moet een geheel aantal weken van 0 tot 520 zijn, niet {0}.",
                                     {Text::quote(*given)}));
    return static_cast<int>(value);
}

Process CompareCommand::loadCurrent(const std::string& current, const std::string& language) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    if (!looksLikeFile(current)) {
        try {
            return ProcessFile::load(TemplateCatalog(TemplateFolder::path(m_context)).path(current, language)).process;
        } catch (const CommandError&) {
            throw;
        } catch (const std::runtime_error& error) {
            throw CommandError(error.what());
        }
    }
    const std::string path = toSystemPath(toOUString(current));
    const rtl::OUString url = toFileUrl(path);
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None)
        throw CommandError(Text::say(ui, "{0}: no such file.", "{0}: bestand bestaat niet.", {Text::quote(path)}));
    if (endsWith(path, ".json") || endsWith(path, ".JSON"))
        return ProcessFile::load(path).process; // a LoadError names the file and the problem

    if (const auto open = openDocument(m_context, url); open.is())
        return readWorkbook(open, path, ui);
    ReadOnlyWorkbook workbook(m_context, url);
    if (!workbook.model().is())
        throw CommandError(Text::say(ui, "The office could not open {0}.", "De office kon {0} niet openen.",
                                     {Text::quote(path)}));
    return readWorkbook(workbook.model(), path, ui);
}

std::string CompareCommand::compare(const css::uno::Reference<css::frame::XModel>& document,
                                    const css::uno::Reference<css::frame::XFrame>& frame, const Request& request) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const std::string title = Text::say(ui, "Compare with current situation", "Vergelijken met huidige situatie");
    Progress progress(frame, title, 4);
    progress.advance(Text::say(ui, "Reading the workbook", "Werkboek lezen"));
    const Workbook::ReadResult read = WorkbookProcess::read(document, ui);
    const Process& desired = read.load.process;
    const std::string& language = desired.language;

    PlanSettings settings;
    settings.weeks = request.deadlineWeeks.value_or(read.settings.deadlineWeeks);
    settings.today = request.today.value_or(read.settings.today.empty() ? CheckProcessCommand::systemToday()
                                                                        : read.settings.today);
    if (!Date::parse(settings.today))
        throw CommandError(Text::say(ui, "Today must be a date written as YYYY-MM-DD, not {0}.",
                                     "Today moet een datum zijn geschreven als JJJJ-MM-DD, niet {0}.",
                                     {Text::quote(settings.today)}));

    progress.advance(Text::say(ui, "Reading the current situation", "Huidige situatie lezen"));
    const Process current = loadCurrent(request.current, language);

    progress.advance(Text::say(ui, "Comparing", "Vergelijken"));
    const std::vector<Change> changes = ProcessComparison::compare(current, desired);

    UndoStep step(document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    ActionPlanWriter actions(document, *undo);
    ActionPlan plan;
    try {
        plan = ActionPlanner::plan(changes, desired, desired.actions, actions.proposedBefore(), settings);
    } catch (const std::invalid_argument& error) {
        throw CommandError(error.what());
    }

    progress.advance(Text::say(ui, "Writing the changes and actions", "Wijzigingen en acties schrijven"));
    const std::string changesSheet = ChangesWriter(document, *undo).write(changes, desired);
    const std::string actionsSheet = actions.add(plan.actions, desired, plan.proposedKeys);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheetView> view(document->getCurrentController(), css::uno::UNO_QUERY);
    if (view.is() && calc->getSheets()->hasByName(toOUString(changesSheet)))
        view->setActiveSheet(css::uno::Reference<css::sheet::XSpreadsheet>(
            calc->getSheets()->getByName(toOUString(changesSheet)), css::uno::UNO_QUERY));

    const std::string source = looksLikeFile(request.current) ? toSystemPath(toOUString(request.current)) : request.current;
    if (changes.empty())
        return Text::say(language, "No changes against {0}: there is nothing to do. See the sheet {1}.",
                         "Geen wijzigingen ten opzichte van {0}: er is niets te doen. Zie de sheet {1}.",
                         {Text::quote(source), Text::quote(changesSheet)});
    const std::size_t covered = changes.size() - plan.actions.size();
    std::string sentence = Text::say(
        language, "{0} changes against {1}; {2} new actions on the sheet {3}, due {4}.",
        "{0} wijzigingen ten opzichte van {1}; {2} nieuwe acties op de sheet {3}, deadline {4}.",
        {std::to_string(changes.size()), Text::quote(source), std::to_string(plan.actions.size()),
         Text::quote(actionsSheet), Date::parse(settings.today)->plusDays(7L * settings.weeks).toIso()});
    if (covered > 0)
        sentence += " " + Text::say(language, "{0} changes had an action already (or had one that was deleted).",
                                    "{0} wijzigingen hadden al een actie (of een die verwijderd is).",
                                    {std::to_string(covered)});
    return sentence + " " + Text::say(language, "See the sheet {0}.", "Zie de sheet {0}.", {Text::quote(changesSheet)});
}

CommandOutcome CompareCommand::run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();

    Request request;
    request.deadlineWeeks = weeks(arguments, ui);
    if (auto today = arguments.text("Today")) {
        if (!Date::parse(*today))
            throw CommandError(Text::say(ui, "Today must be a date written as YYYY-MM-DD, not {0}.",
                                         "Today moet een datum zijn geschreven als JJJJ-MM-DD, niet {0}.",
                                         {Text::quote(*today)}));
        request.today = *today;
    }
    if (auto current = arguments.text("Current")) {
        request.current = *current;
    } else {
        if (!UserMessage::canShow(frame))
            return CommandOutcome::failed(Text::say(
                ui, "Compare with current situation needs the argument Current (the workbook .ods, process file .json "
                    "or template name of today's process) when the office shows no window; DeadlineWeeks and Today "
                    "are optional.",
                "Vergelijken met huidige situatie heeft het argument Current nodig (het werkboek .ods, procesbestand "
                ".json of de templatenaam van het huidige proces) als de office geen venster toont; DeadlineWeeks en "
                "Today zijn optioneel."));
        WorkbookProcess::read(document, ui); // no process sheets: say so before asking for a file
        const std::string start =
            DocumentProperties::read(document, SaveCurrentSituationCommand::baselineProperty).value_or("");
        const auto chosen = FileChooser::open(
            m_context, Text::say(ui, "Compare with current situation", "Vergelijken met huidige situatie"),
            {{Text::say(ui, "Process workbook (*.ods)", "Proceswerkboek (*.ods)"), "*.ods"},
             {Text::say(ui, "Process file (*.json)", "Procesbestand (*.json)"), "*.json"}},
            start);
        if (!chosen)
            return CommandOutcome::cancelled(Text::say(ui, "Cancelled: nothing was changed.",
                                                       "Geannuleerd: er is niets veranderd."));
        request.current = *chosen;
    }
    return CommandOutcome::done(compare(document, frame, request));
}

} // namespace salesprocess::extension
