#pragma once
#include "templates/Sheet.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace salesprocess::extension {

/// Writes one table (a salesprocess::Sheet) into a Calc sheet the way every sheet of ours looks:
/// the whole table with one setDataArray, header row in our header style, column widths,
/// wrapped long text, real dates, drop-downs, an autofilter, a print range with the header
/// repeated and our page style. The named styles must exist (CalcStyles).
class TableWriter {
public:
    /// Rows below the table that get the drop-downs too, so that added rows have them.
    static constexpr sal_Int32 spareRows = 200;

    explicit TableWriter(const css::uno::Reference<css::frame::XModel>& document);

    /// Returns the range the table covers (header row included).
    css::table::CellRangeAddress write(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                       const Sheet& table) const;
    /// Drop-downs of the columns that have choices (named list ranges must exist already).
    void addDropDowns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Sheet& table,
                      const std::string& language) const;
    /// An autofilter over the table: a database range of ours named after the table.
    void addAutoFilter(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Sheet& table,
                       const css::table::CellRangeAddress& range) const;
    /// Freezes the header row in the document's view (view state, per sheet).
    void freezeHeader(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) const;

private:
    sal_Int32 dateFormat() const;

    css::uno::Reference<css::frame::XModel> m_document;
};

} // namespace salesprocess::extension
