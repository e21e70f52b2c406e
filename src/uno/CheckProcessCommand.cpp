#include "CheckProcessCommand.hpp"

#include "CalcSheets.hpp"
#include "CheckReportWriter.hpp"
#include "CommandError.hpp"
#include "DocumentProperties.hpp"
#include "OfficeLanguage.hpp"
#include "ProcessSheets.hpp"
#include "Progress.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"
#include "UndoStep.hpp"
#include "WorkbookReader.hpp"
#include "core/Date.hpp"
#include "core/ProcessChecker.hpp"
#include "core/Text.hpp"
#include "templates/CheckReport.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <osl/time.h>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace salesprocess::extension {

namespace {
/// Rows and columns the user added: our mark, the print range and the autofilter grow with the
/// table.
void followAddedRows(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::uno::Reference<css::beans::XPropertySet> properties(document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XDatabaseRanges> filters(properties->getPropertyValue("DatabaseRanges"),
                                                             css::uno::UNO_QUERY_THROW);
    for (const ProcessSheets::Marked& table : ProcessSheets::tables(document)) {
        css::table::CellRangeAddress used = CalcSheets::usedArea(table.sheet);
        used.Sheet = table.index;
        ProcessSheets::mark(document, ProcessSheets::tablePrefix + table.table, table.sheetName, used);
        css::uno::Reference<css::sheet::XPrintAreas> print(table.sheet, css::uno::UNO_QUERY_THROW);
        css::uno::Sequence<css::table::CellRangeAddress> areas(1);
        areas.getArray()[0] = used;
        print->setPrintAreas(areas);
        for (const rtl::OUString& name : filters->getElementNames()) {
            if (!name.startsWith(toOUString("sp_filter_" + table.table)))
                continue;
            css::uno::Reference<css::sheet::XDatabaseRange> filter(filters->getByName(name), css::uno::UNO_QUERY_THROW);
            if (filter->getDataArea().Sheet == table.index) {
                css::table::CellRangeAddress area = used; // a filter on a header alone gets lost (TableWriter)
                area.EndRow = std::max(area.EndRow, area.StartRow + 1);
                filter->setDataArea(area);
            }
        }
    }
}
} // namespace

CheckProcessCommand::CheckProcessCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

std::string CheckProcessCommand::systemToday()
{
    TimeValue now{};
    TimeValue local{};
    oslDateTime date{};
    if (!osl_getSystemTime(&now) || !osl_getLocalTimeFromSystemTime(&now, &local) ||
        !osl_getDateTimeFromTimeValue(&local, &date))
        return {};
    char text[40];
    std::snprintf(text, sizeof text, "%04u-%02u-%02u", static_cast<unsigned>(date.Year),
                  static_cast<unsigned>(date.Month), static_cast<unsigned>(date.Day));
    return text;
}

std::string CheckProcessCommand::today(const Arguments& arguments)
{
    const std::optional<std::string> given = arguments.text("Today");
    if (!given)
        return systemToday();
    if (!Date::parse(*given))
        throw CommandError("Today must be a date written as YYYY-MM-DD, not \"" + *given + "\".");
    return *given;
}

CheckProcessCommand::Result CheckProcessCommand::check(const css::uno::Reference<css::frame::XModel>& document,
                                                       const css::uno::Reference<css::frame::XFrame>& frame,
                                                       const std::string& today, bool writeBack) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    if (!calc.is())
        throw CommandError(Text::say(ui, "Check process works on a process workbook in Calc.",
                                     "Proces controleren werkt op een proceswerkboek in Calc."));
    const std::string title = Text::say(ui, "Check process", "Proces controleren");
    Progress progress(frame, title, 4);

    progress.advance(Text::say(ui, "Reading the workbook", "Werkboek lezen"));
    const std::vector<RawSheet> sheets = WorkbookReader::read(calc);
    if (sheets.empty())
        throw CommandError(Text::say(
            ui, "This document has no process sheets. Start with Sales Process > New process workbook...",
            "Dit document heeft geen processheets. Begin met Salesproces > Nieuw proceswerkboek..."));

    // The process as last written here: recognises teams, phases... renamed since.
    std::unique_ptr<Process> previous;
    if (auto snapshot = DocumentProperties::read(document, DocumentProperties::model)) {
        try {
            previous = std::make_unique<Process>(ProcessFile::parse(*snapshot, DocumentProperties::model).process);
        } catch (const std::exception&) {
            previous.reset(); // a damaged snapshot only costs the rename recognition
        }
    }
    const Workbook::ReadResult read = Workbook::read(sheets, previous.get());

    progress.advance(Text::say(ui, "Checking the process", "Proces controleren"));
    Result result;
    result.findings = read.load.findings;
    CheckOptions options;
    options.today = today;
    const std::vector<Finding> review = ProcessChecker::check(read.load.process, options);
    result.findings.insert(result.findings.end(), review.begin(), review.end());
    read.cells.locate(result.findings); // steps[4].team -> Steps!E6: the report links to the cell
    result.language = OfficeLanguage::normalise(read.load.process.language);
    if (result.language.empty())
        result.language = previous ? previous->language : ui;
    result.summary = CheckReport::summary(result.findings, result.language);
    if (!writeBack)
        return result;

    progress.advance(Text::say(ui, "Writing the report", "Rapport schrijven"));
    UndoStep step(document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    for (const Workbook::RenamedReference& renamed : read.renamed) {
        auto sheet = CalcSheets::byName(calc, toOUString(renamed.sheetName));
        if (!sheet.is())
            continue;
        css::uno::Reference<css::text::XText> cell(sheet->getCellByPosition(renamed.column, renamed.row),
                                                   css::uno::UNO_QUERY_THROW);
        cell->setString(toOUString(renamed.newText));
    }
    followAddedRows(calc);
    result.reportSheet = CheckReportWriter(document, *undo).write(result.findings, result.language);
    DocumentProperties::change(document, DocumentProperties::model, ProcessFile::toJson(read.load.process), *undo);
    return result;
}

CommandOutcome CheckProcessCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                        const Arguments& arguments) const
{
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    const Result result = check(document, frame, today(arguments), true);
    const bool sentence = !result.summary.empty() && result.summary.back() == '.';
    return CommandOutcome::done(result.summary + (sentence ? " " : ". ") +
                                Text::say(result.language, "See the sheet {0}.", "Zie de sheet {0}.",
                                          {Text::quote(result.reportSheet)}));
}

} // namespace salesprocess::extension
