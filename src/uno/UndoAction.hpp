#pragma once
#include <com/sun/star/document/XUndoAction.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// Our own undo action for what the office does not record itself (document properties,
/// new cell and page styles). Added first to a command's UndoStep, so that undo runs it after
/// the office has undone its sheets (styles no longer in use) and redo runs it before (styles
/// exist again when the office re-applies them).
class UndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    explicit UndoAction(std::string title);

    /// Records one change as a pair of functions; both run on the office's main thread and
    /// must tolerate a document that changed meanwhile.
    void record(std::function<void()> undoChange, std::function<void()> redoChange);

    // XUndoAction
    rtl::OUString SAL_CALL getTitle() override;
    void SAL_CALL undo() override;
    void SAL_CALL redo() override;

private:
    struct Change {
        std::function<void()> undo;
        std::function<void()> redo;
    };
    std::string m_title;
    std::vector<Change> m_changes;
};

} // namespace salesprocess::extension
