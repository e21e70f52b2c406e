#pragma once
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XModel.hpp>

namespace salesprocess::extension {

/// Keeps the office from recording undo actions while a command makes shapes: naming a shape,
/// for one, is recorded ("Change object name") and such an action would point at a shape that
/// our own undo action removes and re-creates. Everything made under this lock is undone and
/// redone by our own action alone.
class UndoManagerLock {
public:
    explicit UndoManagerLock(const css::uno::Reference<css::frame::XModel>& document);
    ~UndoManagerLock();
    UndoManagerLock(const UndoManagerLock&) = delete;
    UndoManagerLock& operator=(const UndoManagerLock&) = delete;

    void unlock();

    /// The document's undo manager, or null.
    static css::uno::Reference<css::document::XUndoManager>
    managerOf(const css::uno::Reference<css::frame::XModel>& document);

private:
    css::uno::Reference<css::document::XUndoManager> m_manager;
    bool m_locked = false;
};

} // namespace salesprocess::extension
