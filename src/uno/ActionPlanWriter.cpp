#include "ActionPlanWriter.hpp"

#include "CalcSheets.hpp"
#include "CommandError.hpp"
#include "DocumentProperties.hpp"
#include "GridStyles.hpp"
#include "ProcessSheets.hpp"
#include "Strings.hpp"
#include "TableWriter.hpp"
#include "UndoAction.hpp"
#include "WorkbookReader.hpp"
#include "core/Date.hpp"
#include "core/Text.hpp"
#include "templates/ChangeReport.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/CellInsertMode.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>

namespace salesprocess::extension {

namespace {

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

/// The columns of a table as found by their headers in either language: field -> column.
std::map<std::string, int> columnsByHeader(const RawSheet& raw, const std::string& table)
{
    std::map<std::string, int> found;
    if (raw.cells.empty())
        return found;
    for (const char* language : {"en", "nl"}) {
        Process empty;
        empty.language = language;
        for (const Sheet& sheet : Workbook::sheets(empty)) {
            if (sheet.table != table)
                continue;
            for (const Column& column : sheet.columns)
                for (std::size_t c = 0; c < raw.cells.front().size(); ++c)
                    if (!found.count(column.field) && lower(raw.cells.front()[c].text) == lower(column.header))
                        found[column.field] = static_cast<int>(c);
        }
    }
    return found;
}

bool blank(const std::vector<Cell>& row)
{
    return std::all_of(row.begin(), row.end(),
                       [](const Cell& cell) { return !cell.number && lower(cell.text).empty(); });
}

/// A deadline cell as a day number: a real date, or text that is one; nothing when blank or no date.
std::optional<long> dayOf(const std::vector<Cell>& row, int column)
{
    if (column < 0 || static_cast<std::size_t>(column) >= row.size())
        return std::nullopt;
    const Cell& cell = row[static_cast<std::size_t>(column)];
    if (cell.number)
        return std::lround(*cell.number);
    if (const auto date = Date::parse(lower(cell.text)))
        return date->toSerial();
    return std::nullopt;
}

sal_Int32 isoDateFormat(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::util::XNumberFormatsSupplier> supplier(document, css::uno::UNO_QUERY_THROW);
    auto formats = supplier->getNumberFormats();
    const css::lang::Locale english("en", "US", "");
    const rtl::OUString iso("YYYY-MM-DD");
    sal_Int32 key = formats->queryKey(iso, english, false);
    if (key < 0)
        key = formats->addNew(iso, english);
    return key;
}

css::uno::Reference<css::beans::XPropertySet> range(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                    sal_Int32 left, sal_Int32 top, sal_Int32 right, sal_Int32 bottom)
{
    return css::uno::Reference<css::beans::XPropertySet>(sheet->getCellRangeByPosition(left, top, right, bottom),
                                                         css::uno::UNO_QUERY_THROW);
}

std::string joined(const std::set<std::string>& keys)
{
    std::string text;
    for (const std::string& key : keys)
        text += (text.empty() ? "" : "\n") + key;
    return text;
}

} // namespace

ActionPlanWriter::ActionPlanWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo)
    : m_document(document), m_undo(undo)
{
}

std::set<std::string> ActionPlanWriter::proposedBefore() const
{
    std::set<std::string> keys;
    const std::optional<std::string> stored = DocumentProperties::read(m_document, proposedProperty);
    if (!stored)
        return keys;
    std::istringstream lines(*stored);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty())
            keys.insert(line);
    return keys;
}

std::string ActionPlanWriter::overdueFormula(const std::string& deadline, const std::string& status, bool hasTodayCell)
{
    const std::string d = "$" + deadline + "2";
    const std::string s = "$" + status + "2";
    const std::string today =
        hasTodayCell ? std::string("IF(ISNUMBER(") + todayMark + ");" + todayMark + ";TODAY())" : "TODAY()";
    // The status words in both languages: a workbook may be translated, or typed in the other one.
    return "AND(ISNUMBER(" + d + ");" + d + "<" + today + ";" + s + "<>\"done\";" + s + "<>\"klaar\";" + s +
           "<>\"cancelled\";" + s + "<>\"geannuleerd\")";
}

void ActionPlanWriter::markToday() const
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(m_document, css::uno::UNO_QUERY_THROW);
    ProcessSheets::unmark(calc, todayMark);
    const auto process = ProcessSheets::marked(calc, std::string(ProcessSheets::tablePrefix) + "process");
    if (!process)
        return;
    const RawSheet raw = WorkbookReader::read(process->sheet, "process");
    const auto columns = columnsByHeader(raw, "process");
    const auto id = columns.find("id");
    const auto value = columns.find("value");
    if (id == columns.end() || value == columns.end())
        return;
    for (std::size_t r = 1; r < raw.cells.size(); ++r) {
        const auto& row = raw.cells[r];
        if (static_cast<std::size_t>(id->second) < row.size() && lower(row[static_cast<std::size_t>(id->second)].text) == "today") {
            css::table::CellRangeAddress cell;
            cell.Sheet = process->index;
            cell.StartColumn = cell.EndColumn = value->second;
            cell.StartRow = cell.EndRow = static_cast<sal_Int32>(r);
            ProcessSheets::mark(calc, todayMark, process->sheetName, cell);
            return;
        }
    }
}

void ActionPlanWriter::colourRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 lastColumn,
                                  sal_Int32 lastRow, int deadlineColumn, int statusColumn) const
{
    CellLook overdue;
    overdue.name = overdueStyle;
    overdue.fill = "#F8D7DA";
    overdue.text = "#842029"; // not bold: Calc sizes rows without the conditional look
    CellLook done;
    done.name = doneStyle;
    done.fill = "#D1E7DD";
    done.text = "#0F5132";
    CellLook cancelled;
    cancelled.name = cancelledStyle;
    cancelled.text = "#6C757D";
    cancelled.italic = true;
    GridStyles::ensureConditionStyles(m_document, {overdue, done, cancelled}, &m_undo);

    markToday();
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(m_document, css::uno::UNO_QUERY_THROW);
    const bool hasToday = ProcessSheets::marked(calc, todayMark).has_value();
    const std::string status = CalcSheets::columnLetters(statusColumn);
    const std::string s = "$" + status + "2";
    std::vector<std::pair<std::string, const char*>> rules = {
        {"OR(" + s + "=\"cancelled\";" + s + "=\"geannuleerd\")", cancelledStyle},
        {"OR(" + s + "=\"done\";" + s + "=\"klaar\")", doneStyle},
    };
    if (deadlineColumn >= 0)
        rules.emplace_back(overdueFormula(CalcSheets::columnLetters(deadlineColumn), status, hasToday), overdueStyle);

    // Replaces the rules of an earlier run on these rows (the first rule that holds wins).
    auto rows = range(sheet, 0, 1, lastColumn, lastRow);
    css::uno::Reference<css::sheet::XSheetConditionalEntries> entries(rows->getPropertyValue("ConditionalFormat"),
                                                                      css::uno::UNO_QUERY_THROW);
    entries->clear();
    for (const auto& [formula, style] : rules) {
        css::uno::Sequence<css::beans::PropertyValue> entry(4);
        auto* values = entry.getArray();
        values[0].Name = "Operator";
        values[0].Value <<= css::sheet::ConditionOperator_FORMULA;
        values[1].Name = "Formula1";
        values[1].Value <<= toOUString(formula);
        values[2].Name = "StyleName";
        values[2].Value <<= rtl::OUString::createFromAscii(style);
        values[3].Name = "SourcePosition"; // relative references count from the first data row
        values[3].Value <<= css::table::CellAddress(CalcSheets::index(sheet), 0, 1);
        entries->addNew(entry);
    }
    rows->setPropertyValue("ConditionalFormat", css::uno::Any(entries));
}

std::string ActionPlanWriter::add(const std::vector<Action>& actions, const Process& desired,
                                  const std::set<std::string>& proposed)
{
    const std::string& language = desired.language;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(m_document, css::uno::UNO_QUERY_THROW);
    const auto table = ProcessSheets::marked(calc, std::string(ProcessSheets::tablePrefix) + "actions");
    if (!table)
        throw CommandError(Text::say(language, "This workbook has no Actions sheet of ours to add the actions to.",
                                     "Dit werkboek heeft geen Acties-sheet van ons om de acties aan toe te voegen."));
    const auto sheet = table->sheet;
    const RawSheet raw = WorkbookReader::read(sheet, "actions");
    const std::map<std::string, int> columns = columnsByHeader(raw, "actions");
    const auto columnOf = [&](const char* field) {
        const auto it = columns.find(field);
        return it == columns.end() ? -1 : it->second;
    };
    if (columnOf("origin") < 0 || columnOf("status") < 0)
        throw CommandError(Text::say(language, "The sheet {0} needs its columns {1} and {2}.",
                                     "De sheet {0} heeft de kolommen {1} en {2} nodig.",
                                     {Text::quote(toUtf8(table->sheetName)), Text::quote(Text::say(language, "Status", "Status")),
                                      Text::quote(Text::say(language, "Origin", "Herkomst"))}));

    sal_Int32 lastColumn = raw.cells.empty() ? 0 : static_cast<sal_Int32>(raw.cells.front().size()) - 1;
    for (const auto& [field, column] : columns)
        lastColumn = std::max<sal_Int32>(lastColumn, column);
    sal_Int32 lastDataRow = 0;
    for (std::size_t r = 1; r < raw.cells.size(); ++r)
        if (!blank(raw.cells[r]))
            lastDataRow = static_cast<sal_Int32>(r);

    // Where the new rows go: at their place when the rows are in deadline order, else at the end.
    const int deadline = columnOf("deadline");
    sal_Int32 position = lastDataRow + 1;
    const sal_Int32 count = static_cast<sal_Int32>(actions.size());
    if (count > 0 && deadline >= 0) {
        std::optional<long> previous;
        bool sorted = true;
        for (sal_Int32 r = 1; r <= lastDataRow && sorted; ++r) {
            const auto day = dayOf(raw.cells[static_cast<std::size_t>(r)], deadline);
            if (day && previous && *day < *previous)
                sorted = false;
            if (day)
                previous = day;
        }
        const auto due = Date::parse(actions.front().deadline);
        if (sorted && due) {
            for (sal_Int32 r = 1; r <= lastDataRow; ++r) {
                const auto day = dayOf(raw.cells[static_cast<std::size_t>(r)], deadline);
                if (day && *day > due->toSerial()) {
                    position = r;
                    break;
                }
            }
        }
    }

    if (count > 0) {
        const sal_Int16 index = table->index;
        const sal_Int32 lastNew = position + count - 1;
        // Inserted cells also below the table: the office's undo of a write into empty cells
        // leaves the values (7.4), its undo of an insertion removes them with the cells.
        {
            css::uno::Reference<css::sheet::XCellRangeMovement> movement(sheet, css::uno::UNO_QUERY_THROW);
            css::table::CellRangeAddress block;
            block.Sheet = index;
            block.StartColumn = 0;
            block.EndColumn = lastColumn;
            block.StartRow = position;
            block.EndRow = lastNew;
            movement->insertCells(block, css::sheet::CellInsertMode_DOWN);
            // Inserted cells take the look of the row above, which may be the header.
            range(sheet, 0, position, lastColumn, lastNew)
                ->setPropertyValue("CellStyle", css::uno::Any(rtl::OUString("Default")));
        }
        auto fresh = range(sheet, 0, position, lastColumn, lastNew);
        fresh->setPropertyValue("VertJustify", css::uno::Any(css::table::CellVertJustify2::TOP));
        for (const char* wrapped : {"description", "origin"})
            if (columnOf(wrapped) >= 0)
                range(sheet, columnOf(wrapped), position, columnOf(wrapped), lastNew)
                    ->setPropertyValue("IsTextWrapped", css::uno::Any(true));
        if (deadline >= 0)
            range(sheet, deadline, position, deadline, lastNew)
                ->setPropertyValue("NumberFormat", css::uno::Any(isoDateFormat(m_document)));
        // The status drop-down, as the rows below the table have it.
        const int status = columnOf("status");
        css::uno::Reference<css::beans::XPropertySet> spare(sheet->getCellByPosition(status, lastDataRow + count + 1),
                                                            css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertySet> validation(spare->getPropertyValue("Validation"),
                                                                 css::uno::UNO_QUERY);
        css::sheet::ValidationType type = css::sheet::ValidationType_ANY;
        if (validation.is() && (validation->getPropertyValue("Type") >>= type) &&
            type == css::sheet::ValidationType_LIST)
            range(sheet, status, position, status, lastNew)->setPropertyValue("Validation", css::uno::Any(validation));

        // The rows as the Actions table shows them (names for team owners, status words).
        Process names;
        names.language = desired.language;
        names.teams = desired.teams;
        const Sheet shown = ChangeReport::actionsSheet(names, actions);
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(count);
        for (sal_Int32 r = 0; r < count; ++r) {
            data.getArray()[r].realloc(lastColumn + 1);
            css::uno::Any* cells = data.getArray()[r].getArray();
            for (sal_Int32 c = 0; c <= lastColumn; ++c)
                cells[c] <<= rtl::OUString();
            const auto& row = shown.rows.at(static_cast<std::size_t>(r));
            for (std::size_t field = 0; field < shown.columns.size() && field < row.size(); ++field) {
                const int column = columnOf(shown.columns[field].field.c_str());
                if (column < 0)
                    continue;
                const auto date = shown.columns[field].isDate ? Date::parse(row[field]) : std::nullopt;
                if (date)
                    cells[column] <<= static_cast<double>(date->toSerial());
                else
                    cells[column] <<= toOUString(row[field]);
            }
        }
        css::uno::Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, position, lastColumn, lastNew),
                                                        css::uno::UNO_QUERY_THROW)
            ->setDataArray(data);
    }

    // The table now ends lower: its mark, print range and autofilter follow.
    const sal_Int32 lastRow = lastDataRow + count;
    css::table::CellRangeAddress covered;
    covered.Sheet = table->index;
    covered.EndColumn = lastColumn;
    covered.EndRow = lastRow;
    ProcessSheets::mark(calc, std::string(ProcessSheets::tablePrefix) + "actions", table->sheetName, covered);
    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::table::CellRangeAddress> areas(1);
    areas.getArray()[0] = covered;
    print->setPrintAreas(areas);
    print->setPrintTitleRows(true);
    css::table::CellRangeAddress header = covered;
    header.EndRow = 0;
    print->setTitleRows(header);
    css::uno::Reference<css::beans::XPropertySet> properties(m_document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XDatabaseRanges> filters(properties->getPropertyValue("DatabaseRanges"),
                                                             css::uno::UNO_QUERY_THROW);
    for (const rtl::OUString& name : filters->getElementNames()) {
        if (!name.startsWith("sp_filter_actions"))
            continue;
        css::uno::Reference<css::sheet::XDatabaseRange> filter(filters->getByName(name), css::uno::UNO_QUERY_THROW);
        if (filter->getDataArea().Sheet == table->index)
            filter->setDataArea(covered);
    }

    colourRows(sheet, lastColumn, lastRow + TableWriter::spareRows, deadline, columnOf("status"));
    DocumentProperties::change(m_document, proposedProperty, joined(proposed), m_undo);
    return toUtf8(table->sheetName);
}

} // namespace salesprocess::extension
