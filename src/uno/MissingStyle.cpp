#include "MissingStyle.hpp"

#include "UndoAction.hpp"

#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <cppuhelper/weakref.hxx>

namespace salesprocess::extension {

namespace {

/// Creates the style when missing; true when it did.
bool create(const css::uno::Reference<css::frame::XModel>& document, const char* familyName, const char* serviceName,
            const rtl::OUString& name, const MissingStyle::Setup& setup)
{
    auto styles = MissingStyle::family(document, familyName);
    if (styles->hasByName(name))
        return false;
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> style(
        factory->createInstance(rtl::OUString::createFromAscii(serviceName)), css::uno::UNO_QUERY_THROW);
    styles->insertByName(name, css::uno::Any(style)); // properties stick only once inserted
    setup(style, document);
    return true;
}

} // namespace

css::uno::Reference<css::container::XNameContainer>
MissingStyle::family(const css::uno::Reference<css::frame::XModel>& document, const char* familyName)
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::container::XNameContainer>(
        supplier->getStyleFamilies()->getByName(rtl::OUString::createFromAscii(familyName)), css::uno::UNO_QUERY_THROW);
}

bool MissingStyle::ensure(const css::uno::Reference<css::frame::XModel>& document, const char* familyName,
                          const char* serviceName, const rtl::OUString& name, const Setup& setup, UndoAction* undo)
{
    if (!create(document, familyName, serviceName, name, setup))
        return false;
    if (undo == nullptr)
        return true;
    // The undo action outlives neither the document nor needs to keep it alive.
    css::uno::WeakReference<css::frame::XModel> weak(document);
    undo->record(
        [weak, familyName, name] {
            css::uno::Reference<css::frame::XModel> model(weak);
            if (!model.is())
                return;
            auto styles = family(model, familyName);
            if (styles->hasByName(name))
                styles->removeByName(name);
        },
        [weak, familyName, serviceName, name, setup] {
            css::uno::Reference<css::frame::XModel> model(weak);
            if (model.is())
                create(model, familyName, serviceName, name, setup);
        });
    return true;
}

} // namespace salesprocess::extension
