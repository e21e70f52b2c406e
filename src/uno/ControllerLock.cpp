#include "ControllerLock.hpp"

namespace salesprocess::extension {

ControllerLock::ControllerLock(const css::uno::Reference<css::frame::XModel>& document) : m_document(document)
{
    if (m_document.is()) {
        m_document->lockControllers();
        m_locked = true;
    }
}

ControllerLock::~ControllerLock() { unlock(); }

void ControllerLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    try {
        m_document->unlockControllers();
    } catch (const css::uno::Exception&) {
        // the document went away meanwhile: nothing left to unlock
    }
}

} // namespace salesprocess::extension
