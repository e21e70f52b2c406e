#pragma once
#include "Arguments.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/salesprocess/GeneratorResult.hpp>
#include <org/salesprocess/XGenerator.hpp>

namespace salesprocess::extension {

/// org.salesprocess.Generator: what the command line asks the office to do.
///
/// run("render", {Template | Workbook, Language, Today, OutDir, Force, Current, PerTeam}) writes
/// OutDir/process.ods (the workbook with its Check report, task division and routing matrices, and with
/// Current also the Changes sheet and the proposed actions); run("check", {File, Today}) checks a
/// process file (.json) or workbook (.ods). Document work runs on the office's main thread.
/// Files in OutDir that it did not write (listed in OutDir/.salesprocess) are not overwritten
/// unless Force. ExitCode: 0 done, 1 findings of error severity, 2 usage, 3 unreadable input,
/// 4 office failed.
class Generator : public cppu::WeakImplHelper2<org::salesprocess::XGenerator, css::lang::XServiceInfo> {
public:
    explicit Generator(const css::uno::Reference<css::uno::XComponentContext>& context);

    static rtl::OUString implementationName();
    static css::uno::Sequence<rtl::OUString> serviceNames();
    static css::uno::Reference<css::uno::XInterface> SAL_CALL
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XGenerator
    org::salesprocess::GeneratorResult SAL_CALL run(const rtl::OUString& command,
                                                    const css::uno::Sequence<css::beans::NamedValue>& options) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& serviceName) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    struct Outcome;
    void render(const Arguments& options, Outcome& outcome) const;
    void check(const Arguments& options, Outcome& outcome) const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
