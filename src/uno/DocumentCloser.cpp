#include "DocumentCloser.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace salesprocess::extension {

void DocumentCloser::close(const css::uno::Reference<css::frame::XModel>& document) noexcept
{
    if (!document.is())
        return;
    try {
        css::uno::Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is()) {
            closeable->close(true);
            return;
        }
    } catch (const css::uno::Exception&) {
        // vetoed or already half gone: dispose below
    }
    try {
        css::uno::Reference<css::lang::XComponent>(document, css::uno::UNO_QUERY_THROW)->dispose();
    } catch (const css::uno::Exception&) {
        // already disposed: nothing left to free
    }
}

} // namespace salesprocess::extension
