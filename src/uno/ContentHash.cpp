#include "ContentHash.hpp"

#include "CalcSheets.hpp"
#include "Strings.hpp"

#include <com/sun/star/sheet/XCellRangeFormula.hpp>

#include <cstdint>
#include <cstdio>

namespace salesprocess::extension {

namespace {
void add(std::uint64_t& hash, const std::string& text)
{
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
}
} // namespace

std::string ContentHash::of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    std::uint64_t hash = 14695981039346656037ull;
    const css::table::CellRangeAddress used = CalcSheets::usedArea(sheet);
    css::uno::Reference<css::sheet::XCellRangeFormula> cells(
        sheet->getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow), css::uno::UNO_QUERY_THROW);
    const css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas = cells->getFormulaArray();
    for (const auto& row : formulas) {
        for (const rtl::OUString& cell : row) {
            add(hash, toUtf8(cell));
            add(hash, "\x1f"); // unit separator: "ab","c" differs from "a","bc"
        }
        add(hash, "\x1e");
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace salesprocess::extension
