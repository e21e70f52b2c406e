#include "DocumentProperties.hpp"

#include "Strings.hpp"
#include "UndoAction.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <cppuhelper/weakref.hxx>

namespace salesprocess::extension {

namespace {
css::uno::Reference<css::beans::XPropertyContainer>
userDefined(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(
        document, css::uno::UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}
} // namespace

std::optional<std::string> DocumentProperties::read(
    const css::uno::Reference<css::frame::XModel>& document, const char* name)
{
    css::uno::Reference<css::beans::XPropertySet> properties(userDefined(document),
                                                             css::uno::UNO_QUERY_THROW);
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    if (!properties->getPropertySetInfo()->hasPropertyByName(key))
        return std::nullopt;
    rtl::OUString value;
    if (!(properties->getPropertyValue(key) >>= value))
        return std::nullopt;
    return toUtf8(value);
}

void DocumentProperties::write(const css::uno::Reference<css::frame::XModel>& document,
                               const char* name, const std::optional<std::string>& value)
{
    css::uno::Reference<css::beans::XPropertyContainer> container = userDefined(document);
    css::uno::Reference<css::beans::XPropertySet> properties(container, css::uno::UNO_QUERY_THROW);
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    const bool exists = properties->getPropertySetInfo()->hasPropertyByName(key);
    if (!value) {
        if (exists)
            container->removeProperty(key);
        return;
    }
    const css::uno::Any text(toOUString(*value));
    if (exists)
        properties->setPropertyValue(key, text);
    else
        container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, text);
}

void DocumentProperties::change(const css::uno::Reference<css::frame::XModel>& document, const char* name,
                                const std::optional<std::string>& value, UndoAction& undo)
{
    const std::optional<std::string> before = read(document, name);
    write(document, name, value);
    css::uno::WeakReference<css::frame::XModel> weak(document);
    auto restore = [weak, name](const std::optional<std::string>& text) {
        css::uno::Reference<css::frame::XModel> model(weak);
        if (model.is())
            write(model, name, text);
    };
    undo.record([restore, before] { restore(before); }, [restore, value] { restore(value); });
}

} // namespace salesprocess::extension
