#pragma once
#include "AutoFilters.hpp"

#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// Makes everything a command does to a document one undo step: what the office records
/// (sheets, cells, names) and our own undo actions for what it does not record.
class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::frame::XModel>& document, const std::string& title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

    /// Adds one of our own actions to this step (ignored when the document has no undo).
    void add(const css::uno::Reference<css::document::XUndoAction>& action);

private:
    css::uno::Reference<css::frame::XModel> m_document;
    css::uno::Reference<css::document::XUndoManager> m_manager;
    bool m_entered = false;
    std::vector<AutoFilters::Range> m_filtersBefore;
};

} // namespace salesprocess::extension
