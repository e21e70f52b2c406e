#pragma once
#include "core/Action.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <set>
#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// The workbook's Actions sheet as the action plan: proposed actions added without touching the
/// user's rows, deadlines as real dates, overdue / done / cancelled coloured by conditional
/// formats, the mark, autofilter and print range grown with the table.
///
/// Where the rows are sorted by deadline (as we leave them), new rows go in at their place in
/// that order; where the user sorted them otherwise, new rows go at the end. Rows the user
/// edited, reordered or deleted are never rewritten.
class ActionPlanWriter {
public:
    /// Document property: the change keys ever proposed, one per line. A change whose action
    /// the user deleted stays in it, so that a re-run never proposes it again.
    static constexpr const char* proposedProperty = "SalesProcessProposedChanges";
    /// Named range over the Process sheet's reference date ("today") cell, when there is one.
    static constexpr const char* todayMark = "sp_today";
    /// Conditional styles of the Actions rows.
    static constexpr const char* overdueStyle = "SalesProcess Overdue";
    static constexpr const char* doneStyle = "SalesProcess Done";
    static constexpr const char* cancelledStyle = "SalesProcess Cancelled";

    ActionPlanWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo);

    /// The change keys proposed before (the document property).
    std::set<std::string> proposedBefore() const;

    /// Adds the actions (in the order given) and formats the sheet; records the proposed keys.
    /// Returns the name of the Actions sheet. Throws CommandError when the workbook has no
    /// Actions sheet.
    std::string add(const std::vector<Action>& actions, const Process& desired, const std::set<std::string>& proposed);

    /// The overdue rule for the Actions rows (relative to the row of SourcePosition, column
    /// letters of deadline and status): deadline before the reference date (the Process sheet's
    /// "today" cell when set, else TODAY()) and the status neither done nor cancelled.
    static std::string overdueFormula(const std::string& deadlineColumn, const std::string& statusColumn,
                                      bool hasTodayCell);

private:
    void markToday() const;
    void colourRows(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 lastColumn,
                    sal_Int32 lastRow, int deadlineColumn, int statusColumn) const;

    css::uno::Reference<css::frame::XModel> m_document;
    UndoAction& m_undo;
};

} // namespace salesprocess::extension
