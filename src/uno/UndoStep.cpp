#include "UndoStep.hpp"

#include "Strings.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace salesprocess::extension {

UndoStep::UndoStep(const css::uno::Reference<css::frame::XModel>& document, const std::string& title)
{
    try {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document,
                                                                          css::uno::UNO_QUERY);
        if (supplier.is())
            m_manager = supplier->getUndoManager();
        if (m_manager.is()) {
            m_manager->enterUndoContext(toOUString(title));
            m_entered = true;
        }
    } catch (const css::uno::Exception&) {
        m_manager.clear(); // a document without undo: the work is still done
    }
}

UndoStep::~UndoStep()
{
    try {
        if (m_entered)
            m_manager->leaveUndoContext();
    } catch (const css::uno::Exception&) {
    }
}

void UndoStep::add(const css::uno::Reference<css::document::XUndoAction>& action)
{
    if (m_manager.is())
        m_manager->addUndoAction(action);
}

} // namespace salesprocess::extension
