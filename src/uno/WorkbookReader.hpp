#pragma once
#include "templates/Sheet.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace salesprocess::extension {

/// Reads our process tables out of a workbook as text and numbers, one getDataArray per sheet.
class WorkbookReader {
public:
    /// The marked tables (ProcessSheets); when a workbook has no mark of ours at all, sheets whose
    /// name is a table name in either language ("Stappen", "Steps") are taken instead.
    static std::vector<RawSheet> read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// One sheet's used area from A1.
    static RawSheet read(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::string& table);
};

} // namespace salesprocess::extension
