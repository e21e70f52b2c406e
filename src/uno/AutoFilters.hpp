#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <rtl/ustring.hxx>

#include <vector>

namespace salesprocess::extension {

/// The autofilters (database ranges) of a workbook, kept across a command and its undo and
/// redo. LibreOffice 7.4 drops the database range of the sheet *before* a sheet it deletes
/// (ScRefUpdate moves the range's end before its start; measured: undoing a Task division
/// matrix took the filter off the Check report before it). The office's own undo of a change
/// to the ranges restores all of them: UndoStep has the office record all ranges first in the
/// step (so undo ends with the ranges as before) and last (so redo ends with them as after), and
/// puts back those that a sheet removed by the command took.
class AutoFilters {
public:
    struct Range {
        rtl::OUString name;
        css::table::CellRangeAddress area;
        bool autoFilter = false;
    };

    /// The document's database ranges now (empty for a document without any).
    static std::vector<Range> of(const css::uno::Reference<css::frame::XModel>& document);
    /// Adds back each range of `wanted` that is missing while its sheet is there.
    static void restore(const css::uno::Reference<css::frame::XModel>& document, const std::vector<Range>& wanted);

    /// Has the office record every range in the undo step being recorded (a change that
    /// changes nothing); nothing when the document has no ranges.
    static void recordAll(const css::uno::Reference<css::frame::XModel>& document);
};

} // namespace salesprocess::extension
