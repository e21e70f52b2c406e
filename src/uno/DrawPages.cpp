#include "DrawPages.hpp"

#include "Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XDrawView.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/view/PaperOrientation.hpp>

namespace salesprocess::extension {

bool DrawPages::isDrawing(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::drawing::XDrawPagesSupplier> pages(document, css::uno::UNO_QUERY);
    css::uno::Reference<css::lang::XServiceInfo> info(document, css::uno::UNO_QUERY);
    return pages.is() && info.is() &&
           (info->supportsService("com.sun.star.drawing.DrawingDocument") ||
            info->supportsService("com.sun.star.presentation.PresentationDocument"));
}

css::uno::Reference<css::drawing::XDrawPages> DrawPages::of(const css::uno::Reference<css::frame::XModel>& document)
{
    return css::uno::Reference<css::drawing::XDrawPagesSupplier>(document, css::uno::UNO_QUERY_THROW)->getDrawPages();
}

css::uno::Reference<css::drawing::XDrawPage> DrawPages::current(const css::uno::Reference<css::frame::XModel>& document)
{
    try {
        css::uno::Reference<css::drawing::XDrawView> view(document->getCurrentController(), css::uno::UNO_QUERY);
        if (view.is() && view->getCurrentPage().is())
            return view->getCurrentPage();
    } catch (const css::uno::Exception&) {
        // no view (a document loaded without one): the first page
    }
    return css::uno::Reference<css::drawing::XDrawPage>(of(document)->getByIndex(0), css::uno::UNO_QUERY_THROW);
}

sal_Int32 DrawPages::indexOf(const css::uno::Reference<css::frame::XModel>& document,
                             const css::uno::Reference<css::drawing::XDrawPage>& page)
{
    const auto pages = of(document);
    for (sal_Int32 i = 0; i < pages->getCount(); ++i) {
        css::uno::Reference<css::drawing::XDrawPage> candidate(pages->getByIndex(i), css::uno::UNO_QUERY);
        if (candidate == page)
            return i;
    }
    return -1;
}

css::uno::Reference<css::drawing::XDrawPage> DrawPages::byName(const css::uno::Reference<css::frame::XModel>& document,
                                                               const std::string& name)
{
    const auto pages = of(document);
    for (sal_Int32 i = 0; i < pages->getCount(); ++i) {
        css::uno::Reference<css::drawing::XDrawPage> page(pages->getByIndex(i), css::uno::UNO_QUERY);
        if (page.is() && nameOf(page) == name)
            return page;
    }
    return {};
}

std::string DrawPages::nameOf(const css::uno::Reference<css::drawing::XDrawPage>& page)
{
    css::uno::Reference<css::container::XNamed> named(page, css::uno::UNO_QUERY);
    return named.is() ? toUtf8(named->getName()) : std::string();
}

void DrawPages::rename(const css::uno::Reference<css::drawing::XDrawPage>& page, const std::string& name)
{
    css::uno::Reference<css::container::XNamed>(page, css::uno::UNO_QUERY_THROW)->setName(toOUString(name));
}

std::string DrawPages::freeName(const css::uno::Reference<css::frame::XModel>& document, const std::string& base)
{
    if (!byName(document, base).is())
        return base;
    for (int n = 2;; ++n) {
        const std::string candidate = base + " (" + std::to_string(n) + ")";
        if (!byName(document, candidate).is())
            return candidate;
    }
}

css::uno::Reference<css::drawing::XDrawPage> DrawPages::insert(const css::uno::Reference<css::frame::XModel>& document,
                                                               sal_Int32 index)
{
    return of(document)->insertNewByIndex(index - 1); // inserts after the given index
}

void DrawPages::remove(const css::uno::Reference<css::frame::XModel>& document,
                       const css::uno::Reference<css::drawing::XDrawPage>& page)
{
    const auto pages = of(document);
    if (pages->getCount() > 1)
        pages->remove(page);
}

void DrawPages::setPaper(const css::uno::Reference<css::drawing::XDrawPage>& page, const Size& size)
{
    css::uno::Reference<css::beans::XPropertySet> properties(page, css::uno::UNO_QUERY_THROW);
    properties->setPropertyValue("Width", css::uno::Any(static_cast<sal_Int32>(size.width)));
    properties->setPropertyValue("Height", css::uno::Any(static_cast<sal_Int32>(size.height)));
    for (const char* border : {"BorderLeft", "BorderRight", "BorderTop", "BorderBottom"})
        properties->setPropertyValue(rtl::OUString::createFromAscii(border), css::uno::Any(sal_Int32(0)));
    properties->setPropertyValue("Orientation", css::uno::Any(size.width > size.height
                                                                  ? css::view::PaperOrientation_LANDSCAPE
                                                                  : css::view::PaperOrientation_PORTRAIT));
}

Size DrawPages::paperOf(const css::uno::Reference<css::drawing::XDrawPage>& page)
{
    css::uno::Reference<css::beans::XPropertySet> properties(page, css::uno::UNO_QUERY_THROW);
    sal_Int32 width = 0;
    sal_Int32 height = 0;
    properties->getPropertyValue("Width") >>= width;
    properties->getPropertyValue("Height") >>= height;
    return Size{width, height};
}

bool DrawPages::isEmpty(const css::uno::Reference<css::drawing::XDrawPage>& page) { return page->getCount() == 0; }

css::uno::Reference<css::frame::XModel> DrawPages::newDrawing(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                              bool hidden)
{
    css::uno::Sequence<css::beans::PropertyValue> properties(1);
    properties.getArray()[0].Name = "Hidden";
    properties.getArray()[0].Value <<= hidden;
    auto component = css::frame::Desktop::create(context)->loadComponentFromURL("private:factory/sdraw", "_blank", 0,
                                                                                properties);
    return css::uno::Reference<css::frame::XModel>(component, css::uno::UNO_QUERY_THROW);
}

css::uno::Reference<css::frame::XFrame> DrawPages::frameOf(const css::uno::Reference<css::frame::XModel>& document)
{
    if (!document.is() || !document->getCurrentController().is())
        return {};
    return document->getCurrentController()->getFrame();
}

} // namespace salesprocess::extension
