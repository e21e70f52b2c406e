#pragma once
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <optional>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// Our marks in a workbook. A sheet of ours is recognised by a named range of ours over its
/// table ("sp_table_steps"), not by its name, so a user may rename it; a user's own sheet
/// never carries such a mark and is never replaced.
class ProcessSheets {
public:
    /// Marks a process table: "sp_table_" + table key.
    static constexpr const char* tablePrefix = "sp_table_";
    /// Marks the generated Check report sheet.
    static constexpr const char* checkReportMark = "sp_report_check";

    struct Marked {
        std::string table; ///< "steps", "teams"...
        css::uno::Reference<css::sheet::XSpreadsheet> sheet;
        rtl::OUString sheetName;
        sal_Int16 index = 0;
    };

    static css::uno::Reference<css::sheet::XNamedRanges>
    namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// Every marked process table, in sheet order. A mark whose sheet was deleted is skipped.
    static std::vector<Marked> tables(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// The sheet a mark points at, or nothing (no such mark, or its sheet was deleted).
    static std::optional<Marked> marked(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                        const std::string& markName);

    /// Sets a named range over a range of a sheet (replacing one of the same name).
    static void mark(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::string& markName, const rtl::OUString& sheetName,
                     const css::table::CellRangeAddress& range);
    static void unmark(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::string& markName);
    /// Removes every named range whose name starts with prefix.
    static void unmarkAll(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::string& prefix);
};

} // namespace salesprocess::extension
