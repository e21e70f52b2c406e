#include "GridWriter.hpp"

#include "CalcSheets.hpp"
#include "FrozenPanes.hpp"
#include "GridStyles.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace salesprocess::extension {

namespace {

/// The style that makes a count of nothing recede: grey figures (the colour scale does the rest).
constexpr const char* noStepsStyle = "SalesProcess Count None";

css::table::CellRangeAddress addressOf(sal_Int16 sheet, const CellRange& range)
{
    css::table::CellRangeAddress address;
    address.Sheet = sheet;
    address.StartColumn = range.firstColumn;
    address.StartRow = range.firstRow;
    address.EndColumn = range.lastColumn;
    address.EndRow = range.lastRow;
    return address;
}

css::uno::Reference<css::beans::XPropertySet> cells(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                    const CellRange& range)
{
    return css::uno::Reference<css::beans::XPropertySet>(
        sheet->getCellRangeByPosition(range.firstColumn, range.firstRow, range.lastColumn, range.lastRow),
        css::uno::UNO_QUERY_THROW);
}

void setColumnWidths(const css::uno::Reference<css::table::XColumnRowRange>& columnRows, const Grid& grid,
                     double factor)
{
    css::uno::Reference<css::container::XIndexAccess> columnList(columnRows->getColumns(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 c = 0; c < grid.columnCount(); ++c) {
        css::uno::Reference<css::beans::XPropertySet> column(columnList->getByIndex(c), css::uno::UNO_QUERY_THROW);
        const double width = grid.columnWidths[static_cast<std::size_t>(c)] * factor;
        column->setPropertyValue("Width", css::uno::Any(static_cast<sal_Int32>(std::lround(width))));
    }
}

/// Calc's optimal height of every row of the grid, with the columns widened by factor.
std::vector<int> optimalHeights(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid,
                                double factor)
{
    css::uno::Reference<css::table::XColumnRowRange> columnRows(sheet, css::uno::UNO_QUERY_THROW);
    setColumnWidths(columnRows, grid, factor);
    css::uno::Reference<css::table::XColumnRowRange> range(
        sheet->getCellRangeByPosition(0, 0, grid.columnCount() - 1, grid.rowCount() - 1), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet>(range->getRows(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", css::uno::Any(true));
    css::uno::Reference<css::container::XIndexAccess> rowList(range->getRows(), css::uno::UNO_QUERY_THROW);
    std::vector<int> heights;
    for (sal_Int32 r = 0; r < grid.rowCount(); ++r) {
        css::uno::Reference<css::beans::XPropertySet> row(rowList->getByIndex(r), css::uno::UNO_QUERY_THROW);
        sal_Int32 height = 0;
        row->getPropertyValue("Height") >>= height;
        heights.push_back(height);
    }
    return heights;
}

} // namespace

GridWriter::GridWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo)
    : m_document(document), m_undo(undo)
{
}

std::string GridWriter::write(const Grid& grid, const GeneratedSheet::Kind& kind)
{
    GeneratedSheet generated(m_document, kind, grid.sheetName, m_undo);
    const css::table::CellRangeAddress covered = fill(generated.sheet(), grid);
    generated.finish(covered);
    return generated.name();
}

css::table::CellRangeAddress GridWriter::fill(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                              const Grid& grid)
{
    const sal_Int32 rows = grid.rowCount();
    const sal_Int32 columns = grid.columnCount();
    const sal_Int16 index = CalcSheets::index(sheet);
    css::table::CellRangeAddress covered;
    covered.Sheet = index;
    if (rows == 0 || columns == 0)
        return covered;
    covered.EndColumn = columns - 1;
    covered.EndRow = rows - 1;

    GridStyles::ensureCellStyles(m_document, grid.styles, &m_undo);
    GridStyles::followLooks(m_document, grid.styles, m_undo);
    GridStyles::ensurePageStyle(m_document, grid.print, grid.language, &m_undo);

    // Widths and looks first, the content last: Calc then sizes the rows once.
    css::uno::Reference<css::table::XColumnRowRange> columnRows(sheet, css::uno::UNO_QUERY_THROW);
    setColumnWidths(columnRows, grid, 1.0);
    for (const StyledRange& area : grid.areas)
        cells(sheet, area.range)->setPropertyValue("CellStyle", css::uno::Any(toOUString(area.style)));
    for (const CellRange& range : grid.merged) {
        css::uno::Reference<css::util::XMergeable> mergeable(
            sheet->getCellRangeByPosition(range.firstColumn, range.firstRow, range.lastColumn, range.lastRow),
            css::uno::UNO_QUERY_THROW);
        mergeable->merge(true);
    }

    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(rows);
    for (sal_Int32 r = 0; r < rows; ++r) {
        data.getArray()[r].realloc(columns);
        css::uno::Any* row = data.getArray()[r].getArray();
        for (sal_Int32 c = 0; c < columns; ++c) {
            const GridCell& cell = grid.at(r, c);
            if (cell.number)
                row[c] <<= *cell.number;
            else
                row[c] <<= toOUString(cell.text); // "" leaves the cell empty
        }
    }
    css::uno::Reference<css::sheet::XCellRangeData> range(sheet->getCellRangeByPosition(0, 0, columns - 1, rows - 1),
                                                          css::uno::UNO_QUERY_THROW);
    range->setDataArray(data);

    // Rows whose line count depends on a few per cent of column width get a fixed height (see
    // Grid::writtenRowHeight); the others keep Calc's optimal height.
    const std::vector<int> narrow = optimalHeights(sheet, grid, 1.0 - Grid::rowMeasureSlack);
    const std::vector<int> wide = optimalHeights(sheet, grid, 1.0 + Grid::rowMeasureSlack);
    setColumnWidths(columnRows, grid, 1.0);
    css::uno::Reference<css::container::XIndexAccess> rowList(columnRows->getRows(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r < rows; ++r) {
        css::uno::Reference<css::beans::XPropertySet> row(rowList->getByIndex(r), css::uno::UNO_QUERY_THROW);
        const auto at = static_cast<std::size_t>(r);
        const int height = grid.writtenRowHeight(r, narrow[at], wide[at]);
        if (height > 0)
            row->setPropertyValue("Height", css::uno::Any(static_cast<sal_Int32>(height)));
        else
            row->setPropertyValue("OptimalHeight", css::uno::Any(true));
    }

    for (const ColourScale& scale : grid.colourScales)
        addColourScale(sheet, scale);
    setUpPrinting(sheet, grid);
    annotate(sheet, grid);
    freeze(sheet, grid);
    return covered;
}

void GridWriter::addColourScale(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                const ColourScale& scale) const
{
    // LibreOffice 7.4 cannot make a colour scale through its API (XConditionalFormats is
    // unpublished, and setting ColorScaleEntries on a new scale crashes the office): the scale
    // is drawn in bands instead, with the published conditional format. A count above the
    // k-th fifth of the way from the fewest to the most steps gets the style of level k, whose
    // fill is the colour the scale gives the top of that fifth; zero steps are greyed out.
    std::vector<CellLook> looks;
    for (int level = 1; level <= countLevels; ++level) {
        CellLook look;
        look.name = countLevelStyle(level);
        look.fill = scale.colourOf(levelTop(scale, level));
        looks.push_back(look);
    }
    CellLook none;
    none.name = noStepsStyle;
    none.text = "#8A96A3";
    looks.push_back(none);
    GridStyles::ensureConditionStyles(m_document, looks, &m_undo);

    const sal_Int16 index = CalcSheets::index(sheet);
    css::uno::Reference<css::beans::XPropertySet> range = cells(sheet, scale.range);
    css::uno::Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"),
                                                                      css::uno::UNO_QUERY_THROW);
    entries->clear();
    auto add = [&](css::sheet::ConditionOperator condition, const std::string& value, const std::string& style) {
        css::uno::Sequence<css::beans::PropertyValue> entry(4);
        auto* values = entry.getArray();
        values[0].Name = "Operator";
        values[0].Value <<= condition;
        values[1].Name = "Formula1";
        values[1].Value <<= toOUString(value);
        values[2].Name = "StyleName";
        values[2].Value <<= toOUString(style);
        values[3].Name = "SourcePosition";
        values[3].Value <<= css::table::CellAddress(index, scale.range.firstColumn, scale.range.firstRow);
        entries->addNew(entry);
    };
    // The first condition that holds wins: the highest level first.
    if (scale.highest > scale.lowest)
        for (int level = countLevels; level >= 1; --level)
            add(css::sheet::ConditionOperator_GREATER, threshold(levelTop(scale, level - 1)), countLevelStyle(level));
    add(css::sheet::ConditionOperator_EQUAL, "0", noStepsStyle);
    range->setPropertyValue("ConditionalFormat", css::uno::Any(entries));
}

std::string GridWriter::countLevelStyle(int level) { return "SalesProcess Count " + std::to_string(level); }

std::string GridWriter::threshold(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string out = text;
    out.erase(out.find_last_not_of('0') + 1); // 1.50 -> 1.5, 2.00 -> 2.
    if (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

double GridWriter::levelTop(const ColourScale& scale, int level)
{
    return scale.lowest + (scale.highest - scale.lowest) * level / countLevels;
}

void GridWriter::setUpPrinting(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const
{
    const sal_Int16 index = CalcSheets::index(sheet);
    css::uno::Reference<css::beans::XPropertySet> properties(sheet, css::uno::UNO_QUERY_THROW);
    properties->setPropertyValue("PageStyle", css::uno::Any(toOUString(grid.print.pageStyle)));

    css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::table::CellRangeAddress> areas(1);
    areas.getArray()[0] = addressOf(index, grid.print.area);
    print->setPrintAreas(areas);
    print->setPrintTitleRows(!grid.print.repeatRows.empty());
    if (!grid.print.repeatRows.empty())
        print->setTitleRows(addressOf(index, {grid.print.repeatRows.first, 0, grid.print.repeatRows.last,
                                              std::max(grid.columnCount() - 1, 0)}));
    print->setPrintTitleColumns(!grid.print.repeatColumns.empty());
    if (!grid.print.repeatColumns.empty())
        print->setTitleColumns(addressOf(index, {0, grid.print.repeatColumns.first, std::max(grid.rowCount() - 1, 0),
                                                 grid.print.repeatColumns.last}));
}

void GridWriter::freeze(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const
{
    // After the command's undo step, not inside it (FrozenPanes).
    if (grid.freezeRows > 0 || grid.freezeColumns > 0)
        FrozenPanes::freeze(m_document, sheet, grid.freezeColumns, grid.freezeRows);
}

void GridWriter::annotate(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const
{
    if (grid.highlights.empty())
        return;
    css::uno::Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet, css::uno::UNO_QUERY_THROW);
    auto annotations = supplier->getAnnotations();
    const sal_Int16 index = CalcSheets::index(sheet);
    for (const Highlight& highlight : grid.highlights)
        if (!highlight.note.empty())
            annotations->insertNew(css::table::CellAddress(index, highlight.column, highlight.row),
                                   toOUString(highlight.note));
}

} // namespace salesprocess::extension
