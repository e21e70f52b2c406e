#pragma once
#include "GeneratedSheet.hpp"
#include "templates/Grid.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <string>

namespace salesprocess::extension {

class UndoAction;

/// Writes a salesprocess::Grid (a generated sheet described completely) into Calc in a few range
/// calls: the texts and numbers with one setDataArray, a named cell style per range (never per
/// cell), merged ranges, column widths and row heights, a colour scale (in bands) over the counts, the
/// page style and print ranges, the frozen headers, and a comment on each cell that is a finding
/// of the check. The sheet is a GeneratedSheet: marked, hashed, replaced only while unedited.
class GridWriter {
public:
    /// The colour scale of the counts is drawn in this many levels (see addColourScale).
    static constexpr int countLevels = 5;
    /// "SalesProcess Count 3": the conditional style of a count in level 3 of 5.
    static std::string countLevelStyle(int level);
    /// A threshold as the conditions take it: at most two decimals ("1.6", "2").
    static std::string threshold(double value);
    /// The value at the top of a level (level 0: the fewest steps, countLevels: the most).
    static double levelTop(const ColourScale& scale, int level);

    GridWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo);

    /// Writes the grid as the generated sheet of that kind; returns the sheet's name.
    std::string write(const Grid& grid, const GeneratedSheet::Kind& kind);

    /// Writes the grid's cells, looks and print setup into an empty sheet (no mark, no hash);
    /// returns the range it covers.
    css::table::CellRangeAddress fill(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                      const Grid& grid);

private:
    void addColourScale(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ColourScale& scale) const;
    void setUpPrinting(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const;
    void freeze(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const;
    void annotate(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const Grid& grid) const;

    css::uno::Reference<css::frame::XModel> m_document;
    UndoAction& m_undo;
};

} // namespace salesprocess::extension
