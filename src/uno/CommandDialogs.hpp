#pragma once
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/salesprocess/XCommandDialogs.hpp>

namespace salesprocess::extension {

/// org.salesprocess.CommandDialogs: the commands' dialogs, built but not shown, so that tests
/// can look at their controls and labels in either language without a display.
class CommandDialogs
    : public cppu::WeakImplHelper2<org::salesprocess::XCommandDialogs, css::lang::XServiceInfo> {
public:
    explicit CommandDialogs(const css::uno::Reference<css::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();
    static css::uno::Reference<css::uno::XInterface> SAL_CALL
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XCommandDialogs
    css::uno::Reference<css::awt::XDialog> SAL_CALL createDialog(const rtl::OUString& command,
                                                                 const rtl::OUString& language) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
