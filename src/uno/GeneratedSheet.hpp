#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <string>

namespace salesprocess::extension {

class UndoAction;

/// A sheet the extension generates (task division, routing matrix, routing per team, changes).
/// It carries a mark (a named range of ours over its content) and a content hash in a document
/// property. A regeneration replaces it (same place, same name) only while the hash still
/// matches, i.e. the user has not edited it; an edited one loses its mark, becomes the user's,
/// and the new sheet goes beside it ("Task division (2)").
class GeneratedSheet {
public:
    /// Which generated sheet: its mark and the document property with its hash.
    struct Kind {
        const char* mark;         ///< named range, e.g. "sp_report_task_division"
        const char* hashProperty; ///< user-defined document property, e.g. "SalesProcessTaskDivision"
    };
    static constexpr Kind taskDivision{"sp_report_task_division", "SalesProcessTaskDivision"};
    static constexpr Kind routingMatrix{"sp_report_routing_matrix", "SalesProcessRoutingMatrix"};
    static constexpr Kind routingPerTeam{"sp_report_routing_per_team", "SalesProcessRoutingPerTeam"};
    static constexpr Kind changes{"sp_report_changes", "SalesProcessChanges"};

    /// Inserts the new, empty sheet: in place of our unedited one, beside an edited one, or at
    /// the end. wantedName is used when there is no previous sheet (made unique when taken).
    GeneratedSheet(const css::uno::Reference<css::frame::XModel>& document, const Kind& kind,
                   const std::string& wantedName, UndoAction& undo);

    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet() const { return m_sheet; }
    std::string name() const;
    /// True when an edited previous sheet was kept and this one was written beside it.
    bool besideEdited() const { return m_besideEdited; }

    /// Marks the written content and remembers its hash (call once the sheet is complete).
    void finish(const css::table::CellRangeAddress& content);

    /// Whether a document has this generated sheet, and its name ("" when not).
    static std::string currentName(const css::uno::Reference<css::frame::XModel>& document, const Kind& kind);

private:
    css::uno::Reference<css::frame::XModel> m_document;
    Kind m_kind;
    UndoAction& m_undo;
    css::uno::Reference<css::sheet::XSpreadsheet> m_sheet;
    rtl::OUString m_name;
    bool m_besideEdited = false;
};

} // namespace salesprocess::extension
