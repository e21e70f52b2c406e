#pragma once
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <vector>

namespace salesprocess::extension {

/// Frozen header rows and columns (view state). Freezing panes while the office records a
/// command's undo step breaks that step in LibreOffice 7.4: undoing a new workbook then left 7
/// of its 9 sheets in place (measured on a visible document). So a freeze asked for while an
/// UndoStep is open waits until the step is closed, and a small undo action at the end of the
/// step freezes the panes again on redo (the office re-creates the sheets without them).
class FrozenPanes {
public:
    /// Freezes the first `columns` columns and `rows` rows of a sheet in the document's view:
    /// now, or when the document's open UndoStep closes. Nothing when the document has no view.
    static void freeze(const css::uno::Reference<css::frame::XModel>& document,
                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 columns,
                       sal_Int32 rows);

    // For UndoStep: freezes wait while a step is open (steps may nest).
    static void hold(const css::uno::Reference<css::frame::XModel>& document);
    /// The undo action that freezes the waiting panes again on redo, or null when none wait.
    static css::uno::Reference<css::document::XUndoAction>
    redoAction(const css::uno::Reference<css::frame::XModel>& document);
    /// Ends a hold; the outermost one freezes what waited (the active sheet stays the same).
    static void release(const css::uno::Reference<css::frame::XModel>& document);

    struct Request {
        rtl::OUString sheetName;
        sal_Int32 columns = 0;
        sal_Int32 rows = 0;
    };
    /// Freezes the panes of the named sheets that exist; keeps the active sheet.
    static void apply(const css::uno::Reference<css::frame::XModel>& document, const std::vector<Request>& requests);
    /// Every freeze asked for in a document (the last one per sheet). A hidden document's view
    /// does not freeze (it has no window size to split at), yet its saved file should (SavedView).
    static std::vector<Request> requested(const css::uno::Reference<css::frame::XModel>& document);
};

} // namespace salesprocess::extension
