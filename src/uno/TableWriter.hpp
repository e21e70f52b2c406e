#pragma once
#include "templates/Sheet.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// Writes one table (a salesprocess::Sheet) into a Calc sheet the way every sheet of ours looks:
/// the whole table with one setDataArray, header row in our header style, column widths,
/// wrapped long text, real dates, drop-downs, an autofilter, a print range with the header
/// repeated and our page style. The header style must exist (CalcStyles).
class TableWriter {
public:
    /// Rows below the table that get the drop-downs too, so that added rows have them.
    static constexpr sal_Int32 spareRows = 200;
    /// A column grows to its longest text up to this width (1/100 mm); longer texts wrap.
    static constexpr sal_Int32 widestColumn = 9000;
    /// The id column's text size: small, yet printed at 8 pt or more.
    static constexpr float idPoints = 9.0f;
    /// No printed text under 8 pt: 9 pt ids may shrink to 90 % (Grid::fitPrintToWidth's rule
    /// for the smallest text of these sheets).
    static constexpr double minimumPrintScale = 0.9;

    /// `language` and `undo`: for the page style of a table too wide for one page, which is
    /// created when missing and then recorded in `undo`.
    TableWriter(const css::uno::Reference<css::frame::XModel>& document, const std::string& language,
                UndoAction* undo);

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

    /// How many A4 landscape pages wide a table of these column widths prints on so that its
    /// scale stays at minimumPrintScale or more; the first `repeated` columns print on every page.
    static int pagesWide(const std::vector<sal_Int32>& widths, std::size_t repeated);

private:
    sal_Int32 dateFormat() const;
    /// Each column as wide as its design width or its longest text, whichever is wider, up to
    /// widestColumn (beyond it, the text wraps). Returns the widths.
    std::vector<sal_Int32> fitColumns(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                      const Sheet& table) const;
    /// Print range, repeated header row, and the page style for the table's width.
    void setUpPrinting(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Sheet& table,
                       const css::table::CellRangeAddress& covered, const std::vector<sal_Int32>& widths) const;

    css::uno::Reference<css::frame::XModel> m_document;
    std::string m_language;
    UndoAction* m_undo = nullptr;
};

} // namespace salesprocess::extension
