#pragma once
#include "core/Process.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace salesprocess::extension {

class Progress;
class UndoAction;

/// Fills a Calc document with the process workbook: one sheet per table from
/// salesprocess::Workbook::sheets, our marks and list ranges, drop-downs, styles, and the
/// model snapshot in a document property (so that a later Check recognises renames).
class WorkbookWriter {
public:
    /// Where the sheets go.
    enum class Placement {
        Fill,    ///< an empty document: its one empty sheet becomes the first table
        Replace, ///< our sheets are removed and the new ones take their place
        Beside,  ///< our old sheets lose their mark (they become the user's), new ones follow them
    };

    WorkbookWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo,
                   Progress& progress);

    /// Returns the number of sheets written.
    int write(const Process& process, Placement placement);

private:
    css::uno::Reference<css::frame::XModel> m_document;
    UndoAction& m_undo;
    Progress& m_progress;
};

} // namespace salesprocess::extension
