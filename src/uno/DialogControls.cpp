#include "DialogControls.hpp"

#include "Strings.hpp"

#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace salesprocess::extension {

css::uno::Reference<css::beans::XPropertySet>
DialogControls::add(const css::uno::Reference<css::container::XNameContainer>& dialog, const char* kind, const char* name,
                    sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height)
{
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(dialog, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> made(
        factory->createInstance("com.sun.star.awt.UnoControl" + rtl::OUString::createFromAscii(kind) + "Model"),
        css::uno::UNO_QUERY_THROW);
    made->setPropertyValue("PositionX", css::uno::Any(x));
    made->setPropertyValue("PositionY", css::uno::Any(y));
    made->setPropertyValue("Width", css::uno::Any(width));
    made->setPropertyValue("Height", css::uno::Any(height));
    made->setPropertyValue("Name", css::uno::Any(rtl::OUString::createFromAscii(name)));
    dialog->insertByName(rtl::OUString::createFromAscii(name), css::uno::Any(made));
    return made;
}

css::uno::Reference<css::beans::XPropertySet>
DialogControls::list(const css::uno::Reference<css::container::XNameContainer>& dialog, const char* name,
                     const std::vector<std::string>& items, sal_Int16 chosen, sal_Int32 x, sal_Int32 y, sal_Int32 width,
                     sal_Int32 height)
{
    auto box = add(dialog, "ListBox", name, x, y, width, height);
    css::uno::Sequence<rtl::OUString> texts(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        texts.getArray()[i] = toOUString(items[i]);
    css::uno::Sequence<sal_Int16> selection(1);
    selection.getArray()[0] = chosen;
    box->setPropertyValue("Dropdown", css::uno::Any(height <= lineHeight));
    box->setPropertyValue("StringItemList", css::uno::Any(texts));
    box->setPropertyValue("SelectedItems", css::uno::Any(selection));
    return box;
}

css::uno::Reference<css::beans::XPropertySet>
DialogControls::control(const css::uno::Reference<css::container::XNameContainer>& controls, const char* name)
{
    return css::uno::Reference<css::beans::XPropertySet>(controls->getByName(rtl::OUString::createFromAscii(name)),
                                                         css::uno::UNO_QUERY_THROW);
}

sal_Int16 DialogControls::selected(const css::uno::Reference<css::container::XNameContainer>& controls, const char* name)
{
    css::uno::Sequence<sal_Int16> items;
    control(controls, name)->getPropertyValue("SelectedItems") >>= items;
    return items.getLength() > 0 ? items[0] : sal_Int16(-1);
}

} // namespace salesprocess::extension
