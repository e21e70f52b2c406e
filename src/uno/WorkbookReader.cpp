#include "WorkbookReader.hpp"

#include "CalcSheets.hpp"
#include "ProcessSheets.hpp"
#include "Strings.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/sheet/XCellRangeData.hpp>

#include <cmath>
#include <cstdio>

namespace salesprocess::extension {

namespace {
/// A number as a person reads it: 40, 2.5 (no exponent, no trailing zeros).
std::string numberText(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return std::to_string(static_cast<long long>(value));
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}
} // namespace

RawSheet WorkbookReader::read(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& table)
{
    RawSheet raw;
    raw.table = table;
    raw.sheetName = toUtf8(CalcSheets::name(sheet));
    const css::table::CellRangeAddress used = CalcSheets::usedArea(sheet);
    css::uno::Reference<css::sheet::XCellRangeData> range(
        sheet->getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow), css::uno::UNO_QUERY_THROW);
    const css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data = range->getDataArray();
    raw.cells.reserve(static_cast<std::size_t>(data.getLength()));
    for (const auto& row : data) {
        std::vector<Cell> cells;
        cells.reserve(static_cast<std::size_t>(row.getLength()));
        for (const css::uno::Any& value : row) {
            Cell cell;
            double number = 0;
            rtl::OUString text;
            if (value >>= text) {
                cell.text = toUtf8(text);
            } else if (value >>= number) {
                cell.number = number;
                cell.text = numberText(number);
            }
            cells.push_back(std::move(cell));
        }
        raw.cells.push_back(std::move(cells));
    }
    return raw;
}

std::vector<RawSheet> WorkbookReader::read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    std::vector<RawSheet> result;
    for (const ProcessSheets::Marked& marked : ProcessSheets::tables(document))
        result.push_back(read(marked.sheet, marked.table));
    if (!result.empty())
        return result;
    for (sal_Int32 i = 0, n = CalcSheets::count(document); i < n; ++i) {
        auto sheet = CalcSheets::byIndex(document, i);
        const std::string table = Workbook::tableOfSheetName(toUtf8(CalcSheets::name(sheet)));
        if (!table.empty())
            result.push_back(read(sheet, table));
    }
    return result;
}

} // namespace salesprocess::extension
