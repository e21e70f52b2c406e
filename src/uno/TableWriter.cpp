#include "TableWriter.hpp"

#include "CalcSheets.hpp"
#include "CalcStyles.hpp"
#include "FrozenPanes.hpp"
#include "Strings.hpp"
#include "core/Date.hpp"
#include "core/Text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/TableValidationVisibility.hpp>
#include <com/sun/star/sheet/ValidationAlertStyle.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>

namespace salesprocess::extension {

namespace {
css::uno::Reference<css::beans::XPropertySet>
cells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left, sal_Int32 top,
      sal_Int32 right, sal_Int32 bottom)
{
    return css::uno::Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByPosition(left, top, right, bottom), css::uno::UNO_QUERY_THROW);
}

/// A fixed list as a validation formula: "a";"b" (quotes inside doubled).
rtl::OUString fixedList(const std::vector<std::string>& values)
{
    rtl::OUString formula;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            formula += ";";
        formula += "\"" + toOUString(values[i]).replaceAll("\"", "\"\"") + "\"";
    }
    return formula;
}
} // namespace

TableWriter::TableWriter(const css::uno::Reference<css::frame::XModel>& document, const std::string& language,
                         UndoAction* undo)
    : m_document(document), m_language(language), m_undo(undo)
{
}

sal_Int32 TableWriter::dateFormat() const
{
    css::uno::Reference<css::util::XNumberFormatsSupplier> supplier(m_document, css::uno::UNO_QUERY_THROW);
    auto formats = supplier->getNumberFormats();
    const css::lang::Locale english("en", "US", "");
    const rtl::OUString iso("YYYY-MM-DD"); // the format the process files use, in any locale
    sal_Int32 key = formats->queryKey(iso, english, false);
    if (key < 0)
        key = formats->addNew(iso, english);
    return key;
}

css::table::CellRangeAddress TableWriter::write(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                const Sheet& table) const
{
    const sal_Int32 columnCount = static_cast<sal_Int32>(table.columns.size());
    const sal_Int32 rowCount = static_cast<sal_Int32>(table.rows.size()) + 1;
    if (columnCount == 0)
        return {};

    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(rowCount);
    css::uno::Sequence<css::uno::Any>* rows = data.getArray();
    rows[0].realloc(columnCount);
    for (sal_Int32 c = 0; c < columnCount; ++c)
        rows[0].getArray()[c] <<= toOUString(table.columns[static_cast<std::size_t>(c)].header);
    for (sal_Int32 r = 1; r < rowCount; ++r) {
        const auto& source = table.rows[static_cast<std::size_t>(r - 1)];
        rows[r].realloc(columnCount);
        css::uno::Any* row = rows[r].getArray();
        for (sal_Int32 c = 0; c < columnCount; ++c) {
            const auto index = static_cast<std::size_t>(c);
            const std::string text = index < source.size() ? source[index] : std::string();
            std::optional<Date> date;
            if (table.columns[index].isDate)
                date = Date::parse(text);
            if (date)
                row[c] <<= static_cast<double>(date->toSerial()); // a real date, sorts and filters as one
            else
                row[c] <<= toOUString(text);
        }
    }
    cells(sheet, 0, 0, columnCount - 1, 0)
        ->setPropertyValue("CellStyle", css::uno::Any(rtl::OUString::createFromAscii(CalcStyles::header)));

    const sal_Int32 lastDataRow = rowCount - 1 + spareRows;
    cells(sheet, 0, 1, columnCount - 1, lastDataRow)
        ->setPropertyValue("VertJustify", css::uno::Any(css::table::CellVertJustify2::TOP));
    css::uno::Reference<css::table::XColumnRowRange> columnRows(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> columns(columnRows->getColumns(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < columnCount; ++c) {
        const Column& column = table.columns[static_cast<std::size_t>(c)];
        // The design width first, so that the rows get the height their wrapped text needs.
        css::uno::Reference<css::beans::XPropertySet>(columns->getByIndex(c), css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("Width", css::uno::Any(column.isId ? sal_Int32(1200) : column.width));
        if (column.wrap)
            cells(sheet, c, 1, c, lastDataRow)->setPropertyValue("IsTextWrapped", css::uno::Any(true));
        if (column.isDate)
            cells(sheet, c, 1, c, lastDataRow)->setPropertyValue("NumberFormat", css::uno::Any(dateFormat()));
        if (column.isId) {
            auto ids = cells(sheet, c, 1, c, lastDataRow);
            ids->setPropertyValue("CharColor", css::uno::Any(sal_Int32(0x595959)));
            ids->setPropertyValue("CharHeight", css::uno::Any(idPoints));
        }
    }

    // The text last, into cells already formatted: Calc then sizes the rows once.
    css::uno::Reference<css::sheet::XCellRangeData> range(
        sheet->getCellRangeByPosition(0, 0, columnCount - 1, rowCount - 1), css::uno::UNO_QUERY_THROW);
    range->setDataArray(data);

    css::table::CellRangeAddress covered;
    covered.Sheet = CalcSheets::index(sheet);
    covered.StartColumn = 0;
    covered.StartRow = 0;
    covered.EndColumn = columnCount - 1;
    covered.EndRow = rowCount - 1;

    const std::vector<sal_Int32> widths = fitColumns(sheet, table);
    // Columns grew to their texts (or wrap them now): the rows take the height that needs.
    css::uno::Reference<css::table::XColumnRowRange> tableRows(
        sheet->getCellRangeByPosition(0, 0, columnCount - 1, rowCount - 1), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet>(tableRows->getRows(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", css::uno::Any(true));
    setUpPrinting(sheet, table, covered, widths);
    return covered;
}

std::vector<sal_Int32> TableWriter::fitColumns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                               const Sheet& table) const
{
    css::uno::Reference<css::table::XColumnRowRange> columnRows(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> columns(columnRows->getColumns(), css::uno::UNO_QUERY_THROW);
    const sal_Int32 lastDataRow = static_cast<sal_Int32>(table.rows.size()) + spareRows;
    std::vector<sal_Int32> widths;
    for (std::size_t index = 0; index < table.columns.size(); ++index) {
        const Column& column = table.columns[index];
        const auto c = static_cast<sal_Int32>(index);
        css::uno::Reference<css::beans::XPropertySet> properties(columns->getByIndex(c), css::uno::UNO_QUERY_THROW);
        // Calc measures the texts with the real fonts (header included); the design width is the
        // least a column gets, so that a short table still looks even.
        properties->setPropertyValue("OptimalWidth", css::uno::Any(true));
        sal_Int32 optimal = 0;
        properties->getPropertyValue("Width") >>= optimal;
        // An id column stays narrow (it is there to recognise renames, not to be read), yet
        // shows every id whole; a wrapping column keeps its width and its text wraps.
        const sal_Int32 design = column.isId ? sal_Int32(1200) : column.width;
        sal_Int32 width = column.wrap ? design : std::max(design, optimal);
        if (width > widestColumn) {
            width = std::max(widestColumn, design);
            if (!column.wrap) // too long for one line: it wraps instead of being cut off
                cells(sheet, c, 1, c, lastDataRow)->setPropertyValue("IsTextWrapped", css::uno::Any(true));
        }
        properties->setPropertyValue("Width", css::uno::Any(width));
        widths.push_back(width);
    }
    return widths;
}

int TableWriter::pagesWide(const std::vector<sal_Int32>& widths, std::size_t repeated)
{
    // Calc prints whole columns: lay them out on pages as wide as the smallest allowed scale
    // makes an A4 landscape page (29.7 cm less the margins), the repeated columns on each page.
    // Fit to that many pages, Calc then takes the largest scale that fits: never a smaller one.
    const double page = 26700.0 / minimumPrintScale;
    double titles = 0;
    for (std::size_t c = 0; c < std::min(repeated, widths.size()); ++c)
        titles += widths[c];
    int pages = 1;
    double used = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        if (used > 0 && used + widths[c] > page) {
            ++pages;
            used = titles;
        }
        used += widths[c];
    }
    return pages;
}

void TableWriter::setUpPrinting(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Sheet& table,
                                const css::table::CellRangeAddress& covered, const std::vector<sal_Int32>& widths) const
{
    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::table::CellRangeAddress> areas(1);
    areas.getArray()[0] = covered;
    print->setPrintAreas(areas);
    print->setPrintTitleRows(true);
    css::table::CellRangeAddress titleRow = covered;
    titleRow.EndRow = 0;
    print->setTitleRows(titleRow);

    // A table too wide for one page at 90 % goes over more pages, each starting with the
    // columns that say which row it is: the id and the name (or the first column).
    std::size_t repeated = 1;
    if (!table.columns.empty() && table.columns.front().isId && table.columns.size() > 1)
        repeated = 2;
    const int pages = pagesWide(widths, repeated);
    print->setPrintTitleColumns(pages > 1);
    if (pages > 1) {
        css::table::CellRangeAddress titleColumns = covered;
        titleColumns.EndColumn = static_cast<sal_Int32>(repeated) - 1;
        print->setTitleColumns(titleColumns);
    }
    const std::string pageStyle = CalcStyles::ensureTablePage(m_document, m_language, m_undo, pages);
    css::uno::Reference<css::beans::XPropertySet> sheetProperties(sheet, css::uno::UNO_QUERY_THROW);
    sheetProperties->setPropertyValue("PageStyle", css::uno::Any(toOUString(pageStyle)));
}

void TableWriter::addDropDowns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                               const Sheet& table, const std::string& language) const
{
    const sal_Int32 lastDataRow = static_cast<sal_Int32>(table.rows.size()) + spareRows;
    for (std::size_t index = 0; index < table.columns.size(); ++index) {
        const Column& column = table.columns[index];
        if (column.listRange.empty() && column.listValues.empty())
            continue;
        const sal_Int32 c = static_cast<sal_Int32>(index);
        auto range = cells(sheet, c, 1, c, lastDataRow);
        css::uno::Reference<css::beans::XPropertySet> validation(range->getPropertyValue("Validation"),
                                                                 css::uno::UNO_QUERY_THROW);
        validation->setPropertyValue("Type", css::uno::Any(css::sheet::ValidationType_LIST));
        validation->setPropertyValue("ShowList",
                                     css::uno::Any(css::sheet::TableValidationVisibility::UNSORTED));
        validation->setPropertyValue("IgnoreBlankCells", css::uno::Any(true));
        // A warning, not a stop: a new name may be typed; Check process reports unknown ones.
        validation->setPropertyValue("ShowErrorMessage", css::uno::Any(true));
        validation->setPropertyValue("ErrorAlertStyle", css::uno::Any(css::sheet::ValidationAlertStyle_WARNING));
        validation->setPropertyValue(
            "ErrorTitle", css::uno::Any(toOUString(Text::say(language, "Not in the list", "Niet in de lijst"))));
        validation->setPropertyValue(
            "ErrorMessage",
            css::uno::Any(toOUString(Text::say(
                language, "This value is not one of the choices. Keep it anyway? Check process will report it if it is unknown.",
                "Deze waarde staat niet in de keuzelijst. Toch bewaren? Proces controleren meldt het als ze onbekend is."))));
        css::uno::Reference<css::sheet::XSheetCondition> condition(validation, css::uno::UNO_QUERY_THROW);
        condition->setOperator(css::sheet::ConditionOperator_EQUAL);
        condition->setFormula1(column.listRange.empty() ? fixedList(column.listValues)
                                                        : toOUString(column.listRange));
        range->setPropertyValue("Validation", css::uno::Any(validation));
    }
}

void TableWriter::addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheet>&, const Sheet& table,
                                const css::table::CellRangeAddress& range) const
{
    // A filter on the header alone (an empty table) is lost when the office deletes a sheet
    // after it, also in an undo (7.4): it covers the first empty row too.
    css::table::CellRangeAddress area = range;
    area.EndRow = std::max(area.EndRow, area.StartRow + 1);
    css::uno::Reference<css::beans::XPropertySet> properties(m_document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XDatabaseRanges> databaseRanges(
        properties->getPropertyValue("DatabaseRanges"), css::uno::UNO_QUERY_THROW);
    // One database range per sheet: a name free in the document ("sp_filter_steps", "_2"...).
    rtl::OUString name = toOUString("sp_filter_" + table.table);
    for (int n = 2; databaseRanges->hasByName(name); ++n)
        name = toOUString("sp_filter_" + table.table + "_" + std::to_string(n));
    databaseRanges->addNewByName(name, area);
    css::uno::Reference<css::beans::XPropertySet> database(databaseRanges->getByName(name),
                                                           css::uno::UNO_QUERY_THROW);
    database->setPropertyValue("AutoFilter", css::uno::Any(true));
}

void TableWriter::freezeHeader(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) const
{
    FrozenPanes::freeze(m_document, sheet, 0, 1);
}

} // namespace salesprocess::extension
