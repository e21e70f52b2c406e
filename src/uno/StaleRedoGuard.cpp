#include "StaleRedoGuard.hpp"

#include "UndoManagerLock.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace salesprocess::extension {

namespace {
class Check : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit Check(const css::uno::Reference<css::frame::XModel>& document) : m_document(document) {}

    // XCallback
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try {
            const css::uno::Reference<css::frame::XModel> document(m_document);
            const auto manager = UndoManagerLock::managerOf(document);
            if (manager.is() && manager->getAllRedoActionTitles().getLength() > 1)
                manager->clearRedo();
        } catch (const css::uno::Exception&) {
            // the document closed meanwhile: nothing to guard
        }
    }

private:
    css::uno::WeakReference<css::frame::XModel> m_document;
};
} // namespace

void StaleRedoGuard::afterUndo(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XModel>& document)
{
    try {
        css::awt::AsyncCallback::create(context)->addCallback(new Check(document), css::uno::Any());
    } catch (const css::uno::Exception&) {
    }
}

} // namespace salesprocess::extension
