#include "CheckReportWriter.hpp"

#include "CalcSheets.hpp"
#include "CalcStyles.hpp"
#include "ContentHash.hpp"
#include "DocumentProperties.hpp"
#include "ProcessSheets.hpp"
#include "Strings.hpp"
#include "TableWriter.hpp"
#include "UndoAction.hpp"
#include "templates/CheckReport.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/CellAddress.hpp>

#include <algorithm>

namespace salesprocess::extension {

namespace {
/// "Steps!C14" -> the Calc jump target "#'Steps'.C14"; empty when the location is no cell.
rtl::OUString jumpTarget(const std::string& location)
{
    const auto bang = location.rfind('!');
    if (bang == std::string::npos || bang == 0 || bang + 1 >= location.size())
        return {};
    const std::string cell = location.substr(bang + 1);
    const bool isCell = std::all_of(cell.begin(), cell.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$';
    });
    if (!isCell)
        return {};
    return "#" + CalcSheets::quotedSheetName(toOUString(location.substr(0, bang))) + "." + toOUString(cell);
}

rtl::OUString quotedText(const std::string& text)
{
    return "\"" + toOUString(text).replaceAll("\"", "\"\"") + "\"";
}

int columnOf(const Sheet& sheet, const char* field)
{
    for (std::size_t i = 0; i < sheet.columns.size(); ++i)
        if (sheet.columns[i].field == field)
            return static_cast<int>(i);
    return -1;
}

/// The severity word the report shows for a severity, in the report's language.
std::string severityWord(Severity severity, const std::string& language, int column)
{
    Finding probe;
    probe.severity = severity;
    const Sheet sample = CheckReport::sheet({probe}, language);
    return sample.rows.empty() ? std::string() : sample.rows[0][static_cast<std::size_t>(column)];
}
} // namespace

CheckReportWriter::CheckReportWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo)
    : m_document(document), m_undo(undo)
{
}

std::string CheckReportWriter::write(const std::vector<Finding>& findings, const std::string& language)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document(m_document, css::uno::UNO_QUERY_THROW);
    const Sheet report = CheckReport::sheet(findings, language);
    CalcStyles::ensureHeader(m_document, &m_undo);
    CalcStyles::ensureSeverities(m_document, &m_undo);
    CalcStyles::ensureTablePage(m_document, language, &m_undo);

    auto container = document->getSheets();
    rtl::OUString name = toOUString(report.name);
    sal_Int16 position = static_cast<sal_Int16>(CalcSheets::count(document));
    if (auto previous = ProcessSheets::marked(document, ProcessSheets::checkReportMark)) {
        const std::optional<std::string> hash =
            DocumentProperties::read(m_document, DocumentProperties::checkReportHash);
        if (hash && *hash == ContentHash::of(previous->sheet)) {
            // Ours and untouched: the new report takes its place and its name.
            position = previous->index;
            name = previous->sheetName;
            container->removeByName(previous->sheetName);
        } else {
            // Edited since: it is the user's now; the new report goes beside it.
            position = static_cast<sal_Int16>(previous->index + 1);
            ProcessSheets::unmark(document, ProcessSheets::checkReportMark);
        }
    }
    name = CalcSheets::freeName(document, name);
    container->insertNewByName(name, position);
    auto sheet = CalcSheets::byName(document, name);

    TableWriter writer(m_document, language, &m_undo);
    const css::table::CellRangeAddress covered = writer.write(sheet, report);
    const sal_Int32 rows = static_cast<sal_Int32>(report.rows.size());

    // Each location that is a cell becomes a link to it.
    const int where = columnOf(report, "where");
    if (where >= 0 && rows > 0) {
        css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas(rows);
        for (sal_Int32 r = 0; r < rows; ++r) {
            const std::string& location = report.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(where)];
            const rtl::OUString target = jumpTarget(location);
            formulas.getArray()[r].realloc(1);
            formulas.getArray()[r].getArray()[0] =
                target.isEmpty() ? toOUString(location)
                                 : "=HYPERLINK(" + quotedText(toUtf8(target)) + ";" + quotedText(location) + ")";
        }
        css::uno::Reference<css::sheet::XCellRangeFormula> column(
            sheet->getCellRangeByPosition(where, 1, where, rows), css::uno::UNO_QUERY_THROW);
        column->setFormulaArray(formulas);
    }

    // Severity colours: a conditional format per severity word, with our (restylable) cell styles.
    const int severity = columnOf(report, "severity");
    if (severity >= 0 && rows > 0) {
        css::uno::Reference<css::beans::XPropertySet> range(
            sheet->getCellRangeByPosition(0, 1, covered.EndColumn, rows), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSheetConditionalEntries> entries(
            range->getPropertyValue("ConditionalFormat"), css::uno::UNO_QUERY_THROW);
        const rtl::OUString column = "$" + toOUString(CalcSheets::columnLetters(severity)) + "2";
        const std::pair<Severity, const char*> looks[] = {
            {Severity::Error, CalcStyles::error}, {Severity::Warning, CalcStyles::warning},
            {Severity::Info, CalcStyles::note}};
        for (const auto& [level, style] : looks) {
            css::uno::Sequence<css::beans::PropertyValue> entry(4);
            auto* values = entry.getArray();
            // Relative references in the formula count from here (the default is A1).
            values[3].Name = "SourcePosition";
            values[3].Value <<= css::table::CellAddress(covered.Sheet, 0, 1);
            values[0].Name = "Operator";
            values[0].Value <<= css::sheet::ConditionOperator_FORMULA;
            values[1].Name = "Formula1";
            values[1].Value <<= column + "=" + quotedText(severityWord(level, language, severity));
            values[2].Name = "StyleName";
            values[2].Value <<= rtl::OUString::createFromAscii(style);
            entries->addNew(entry);
        }
        range->setPropertyValue("ConditionalFormat", css::uno::Any(entries));
    }

    writer.addAutoFilter(sheet, report, covered);
    ProcessSheets::mark(document, ProcessSheets::checkReportMark, name, covered);
    writer.freezeHeader(sheet);
    css::uno::Reference<css::sheet::XSpreadsheetView> view(m_document->getCurrentController(),
                                                           css::uno::UNO_QUERY);
    if (view.is())
        view->setActiveSheet(sheet);
    DocumentProperties::change(m_document, DocumentProperties::checkReportHash, ContentHash::of(sheet), m_undo);
    return toUtf8(name);
}

} // namespace salesprocess::extension
