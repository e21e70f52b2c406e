#include "CommandDialogs.hpp"

#include "NewWorkbookDialog.hpp"
#include "OfficeLanguage.hpp"
#include "Strings.hpp"
#include "SwimlaneDialog.hpp"
#include "TemplateFolder.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace salesprocess::extension {

CommandDialogs::CommandDialogs(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

rtl::OUString CommandDialogs::implementationName() { return "org.salesprocess.comp.CommandDialogs"; }

css::uno::Sequence<rtl::OUString> CommandDialogs::serviceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "org.salesprocess.CommandDialogs";
    return names;
}

css::uno::Reference<css::uno::XInterface> CommandDialogs::create(
    const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new CommandDialogs(context));
}

css::uno::Reference<css::awt::XDialog> CommandDialogs::createDialog(const rtl::OUString& command,
                                                                    const rtl::OUString& language)
{
    std::string ui = OfficeLanguage::normalise(toUtf8(language));
    if (ui.empty())
        ui = OfficeLanguage::ui(m_context);
    if (command != "NewWorkbook" && command != "SwimlaneDiagram")
        throw css::lang::IllegalArgumentException("No dialog for command " + command +
                                                      " (dialogs: NewWorkbook, SwimlaneDiagram)",
                                                  static_cast<cppu::OWeakObject*>(this), 0);
    try {
        if (command == "SwimlaneDiagram")
            return SwimlaneDialog(m_context, ui).create();
        const auto templates = TemplateCatalog(TemplateFolder::path(m_context)).entries();
        return NewWorkbookDialog(m_context, templates, ui, false).create();
    } catch (const css::uno::RuntimeException&) {
        throw;
    } catch (const css::uno::Exception& error) {
        throw css::uno::RuntimeException(error.Message, static_cast<cppu::OWeakObject*>(this));
    } catch (const std::exception& error) {
        throw css::uno::RuntimeException(toOUString(error.what()), static_cast<cppu::OWeakObject*>(this));
    }
}

rtl::OUString CommandDialogs::getImplementationName() { return implementationName(); }

sal_Bool CommandDialogs::supportsService(const rtl::OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<rtl::OUString> CommandDialogs::getSupportedServiceNames() { return serviceNames(); }

} // namespace salesprocess::extension
