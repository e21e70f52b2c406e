#include "ModifiedLock.hpp"

#include <exception>

namespace salesprocess::extension {

ModifiedLock::ModifiedLock(const css::uno::Reference<css::frame::XModel>& document)
    : m_document(document, css::uno::UNO_QUERY), m_exceptions(std::uncaught_exceptions())
{
    if (m_document.is())
        m_disabled = !m_document->disableSetModified();
}

ModifiedLock::~ModifiedLock()
{
    if (!m_disabled)
        return;
    try {
        m_document->enableSetModified();
        // A drawing that failed is taken away again by its caller, which marks the document itself.
        if (std::uncaught_exceptions() == m_exceptions)
            m_document->setModified(true);
    } catch (const css::uno::Exception&) {
        // the document went away meanwhile, or refuses to be modified: nothing to mark
    }
}

} // namespace salesprocess::extension
