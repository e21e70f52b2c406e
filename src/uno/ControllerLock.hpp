#pragma once
#include <com/sun/star/frame/XModel.hpp>

namespace salesprocess::extension {

/// Locks a document's controllers while many shapes are made (without it, every connector
/// makes the office re-route the page: 2,000 steps took 8.9 s instead of 1.3 s) and unlocks
/// them whatever happens. Connector geometry is only computed once unlocked (UNO-NOTES):
/// call unlock() before reading or setting it.
class ControllerLock {
public:
    explicit ControllerLock(const css::uno::Reference<css::frame::XModel>& document);
    ~ControllerLock();
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

    /// Unlocks now (idempotent).
    void unlock();

private:
    css::uno::Reference<css::frame::XModel> m_document;
    bool m_locked = false;
};

} // namespace salesprocess::extension
