#include "UndoStep.hpp"

#include "AutoFilters.hpp"
#include "FrozenPanes.hpp"
#include "Strings.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace salesprocess::extension {

UndoStep::UndoStep(const css::uno::Reference<css::frame::XModel>& document, const std::string& title)
    : m_document(document)
{
    FrozenPanes::hold(m_document); // freezing inside the step would break its undo (FrozenPanes)
    try {
        css::uno::Reference<css::document::XUndoManagerSupplier> supplier(document,
                                                                          css::uno::UNO_QUERY);
        if (supplier.is())
            m_manager = supplier->getUndoManager();
        if (m_manager.is()) {
            m_manager->enterUndoContext(toOUString(title));
            m_entered = true;
            // First in the step, so undone last: the filters a deletion took come back.
            m_filtersBefore = AutoFilters::of(m_document);
            AutoFilters::recordAll(m_document);
        }
    } catch (const css::uno::Exception&) {
        m_manager.clear(); // a document without undo: the work is still done
    }
}

UndoStep::~UndoStep()
{
    try {
        if (m_entered) {
            AutoFilters::restore(m_document, m_filtersBefore); // taken by a sheet the command removed
            AutoFilters::recordAll(m_document);                // last: redone last
            if (const auto refreeze = FrozenPanes::redoAction(m_document); refreeze.is())
                m_manager->addUndoAction(refreeze); // last in the step: redo freezes after the sheets are back
            m_manager->leaveUndoContext();
        }
    } catch (const css::uno::Exception&) {
    }
    try {
        FrozenPanes::release(m_document);
    } catch (const css::uno::Exception&) {
        // view state only: the command's work is done
    }
}

void UndoStep::add(const css::uno::Reference<css::document::XUndoAction>& action)
{
    if (m_manager.is())
        m_manager->addUndoAction(action);
}

} // namespace salesprocess::extension
