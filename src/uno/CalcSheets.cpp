#include "CalcSheets.hpp"

#include "Strings.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>

namespace salesprocess::extension {

css::table::CellRangeAddress
CalcSheets::usedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    css::uno::Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoEndOfUsedArea(false);
    css::uno::Reference<css::sheet::XCellRangeAddressable> address(cursor, css::uno::UNO_QUERY_THROW);
    css::table::CellRangeAddress range = address->getRangeAddress();
    range.StartColumn = 0;
    range.StartRow = 0;
    return range;
}

bool CalcSheets::isEmpty(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    const css::table::CellRangeAddress range = usedArea(sheet);
    if (range.EndColumn > 0 || range.EndRow > 0)
        return false;
    return sheet->getCellByPosition(0, 0)->getType() == css::table::CellContentType_EMPTY;
}

bool CalcSheets::isEmptyDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    return count(document) == 1 && isEmpty(byIndex(document, 0));
}

css::uno::Reference<css::sheet::XSpreadsheet>
CalcSheets::byName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const rtl::OUString& name)
{
    auto sheets = document->getSheets();
    if (!sheets->hasByName(name))
        return {};
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), css::uno::UNO_QUERY);
}

css::uno::Reference<css::sheet::XSpreadsheet>
CalcSheets::byIndex(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    sal_Int32 index)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                         css::uno::UNO_QUERY_THROW);
}

rtl::OUString CalcSheets::name(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::container::XNamed> named(sheet, css::uno::UNO_QUERY_THROW);
    return named->getName();
}

sal_Int16 CalcSheets::index(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet)
{
    css::uno::Reference<css::sheet::XCellRangeAddressable> address(sheet, css::uno::UNO_QUERY_THROW);
    return address->getRangeAddress().Sheet;
}

sal_Int32 CalcSheets::count(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    return sheets->getCount();
}

rtl::OUString CalcSheets::freeName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                   const rtl::OUString& wanted)
{
    auto sheets = document->getSheets();
    if (!sheets->hasByName(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const rtl::OUString candidate = wanted + " (" + rtl::OUString::number(n) + ")";
        if (!sheets->hasByName(candidate))
            return candidate;
    }
}

std::string CalcSheets::columnLetters(sal_Int32 column)
{
    std::string letters;
    for (sal_Int32 n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

rtl::OUString CalcSheets::quotedSheetName(const rtl::OUString& sheetName)
{
    return "'" + sheetName.replaceAll("'", "''") + "'";
}

rtl::OUString CalcSheets::absoluteReference(const rtl::OUString& sheetName,
                                            const css::table::CellRangeAddress& range)
{
    auto cell = [](sal_Int32 column, sal_Int32 row) {
        return "$" + toOUString(columnLetters(column)) + "$" + rtl::OUString::number(row + 1);
    };
    return "$" + quotedSheetName(sheetName) + "." + cell(range.StartColumn, range.StartRow) + ":" +
           cell(range.EndColumn, range.EndRow);
}

} // namespace salesprocess::extension
