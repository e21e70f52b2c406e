#include "UndoManagerLock.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace salesprocess::extension {

css::uno::Reference<css::document::XUndoManager>
UndoManagerLock::managerOf(const css::uno::Reference<css::frame::XModel>& document)
{
    try {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document, css::uno::UNO_QUERY);
        if (supplier.is())
            return supplier->getUndoManager();
    } catch (const css::uno::Exception&) {
    }
    return {};
}

UndoManagerLock::UndoManagerLock(const css::uno::Reference<css::frame::XModel>& document)
    : m_manager(managerOf(document))
{
    if (m_manager.is()) {
        m_manager->lock();
        m_locked = true;
    }
}

UndoManagerLock::~UndoManagerLock() { unlock(); }

void UndoManagerLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    try {
        m_manager->unlock();
    } catch (const css::uno::Exception&) {
        // unlocked by someone else meanwhile: nothing left to do
    }
}

} // namespace salesprocess::extension
