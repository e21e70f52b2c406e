// Component registration only: which implementations this library provides.
#include "CommandDialogs.hpp"
#include "Generator.hpp"
#include "ProtocolHandler.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

namespace {
rtl::OUString SAL_CALL protocolHandlerName() { return salesprocess::extension::ProtocolHandler::implementationName(); }
css::uno::Sequence<rtl::OUString> SAL_CALL protocolHandlerServices()
{
    return salesprocess::extension::ProtocolHandler::serviceNames();
}
rtl::OUString SAL_CALL generatorName() { return salesprocess::extension::Generator::implementationName(); }
css::uno::Sequence<rtl::OUString> SAL_CALL generatorServices()
{
    return salesprocess::extension::Generator::serviceNames();
}
rtl::OUString SAL_CALL dialogsName() { return salesprocess::extension::CommandDialogs::implementationName(); }
css::uno::Sequence<rtl::OUString> SAL_CALL dialogsServices()
{
    return salesprocess::extension::CommandDialogs::serviceNames();
}

const cppu::ImplementationEntry entries[] = {
    {salesprocess::extension::ProtocolHandler::create, protocolHandlerName, protocolHandlerServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {salesprocess::extension::Generator::create, generatorName, generatorServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {salesprocess::extension::CommandDialogs::create, dialogsName, dialogsServices,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};
} // namespace

extern "C" {

SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementationName, void* serviceManager,
                                                         void* registryKey)
{
    return cppu::component_getFactoryHelper(implementationName, serviceManager, registryKey, entries);
}

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char** environmentTypeName,
                                                                          uno_Environment**)
{
    *environmentTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

} // extern "C"
