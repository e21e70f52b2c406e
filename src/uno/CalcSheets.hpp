#pragma once
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <string>

namespace salesprocess::extension {

/// Small Calc operations the writers and readers share.
class CalcSheets {
public:
    /// The used area of a sheet, always starting at A1 (A1:A1 for an empty sheet).
    static css::table::CellRangeAddress usedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    static bool isEmpty(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    /// A new document: exactly one sheet and nothing in it.
    static bool isEmptyDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    static css::uno::Reference<css::sheet::XSpreadsheet>
    byName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const rtl::OUString& name);
    static css::uno::Reference<css::sheet::XSpreadsheet>
    byIndex(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, sal_Int32 index);
    static rtl::OUString name(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    static sal_Int16 index(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    static sal_Int32 count(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// "Steps", or "Steps (2)", "Steps (3)"... when a sheet of that name exists.
    static rtl::OUString freeName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                  const rtl::OUString& wanted);

    /// "A", "Z", "AA"... for a 0-based column.
    static std::string columnLetters(sal_Int32 column);
    /// Calc's absolute reference "$'Steps'.$A$1:$H$20" (the form named ranges and print
    /// ranges take).
    static rtl::OUString absoluteReference(const rtl::OUString& sheetName,
                                           const css::table::CellRangeAddress& range);
    /// A sheet name as a formula reference needs it: 'Check report' (quotes doubled inside).
    static rtl::OUString quotedSheetName(const rtl::OUString& sheetName);
};

} // namespace salesprocess::extension
