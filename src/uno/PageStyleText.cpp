#include "PageStyleText.hpp"

#include "Strings.hpp"

#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <initializer_list>

namespace salesprocess::extension {

namespace {

/// Replaces a header or footer part by texts and fields: parts starting with '@' are fields
/// (@SheetName, @PageNumber, @PageCount).
void fillText(const css::uno::Reference<css::text::XText>& text, const css::uno::Reference<css::frame::XModel>& document,
              std::initializer_list<const char*> parts)
{
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
    text->setString(rtl::OUString());
    auto cursor = text->createTextCursor(); // header texts take only their own cursors
    cursor->gotoEnd(false);
    const css::uno::Reference<css::text::XTextRange> at(cursor.get());
    for (const char* part : parts) {
        if (part[0] == '@') {
            css::uno::Reference<css::text::XTextContent> field(
                factory->createInstance("com.sun.star.text.TextField." + rtl::OUString::createFromAscii(part + 1)),
                css::uno::UNO_QUERY_THROW);
            text->insertTextContent(at, field, false);
        } else {
            text->insertString(at, toOUString(part), false);
        }
        cursor->gotoEnd(false);
    }
}

/// Sets the left, centre and right part of a page style's header or footer ("RightPage..." is
/// the one of every page in Calc).
void setContent(const css::uno::Reference<css::beans::XPropertySet>& style, const char* property,
                const css::uno::Reference<css::frame::XModel>& document, std::initializer_list<const char*> centre)
{
    css::uno::Reference<css::sheet::XHeaderFooterContent> content(
        style->getPropertyValue(rtl::OUString::createFromAscii(property)), css::uno::UNO_QUERY_THROW);
    fillText(content->getLeftText(), document, {});
    fillText(content->getCenterText(), document, centre);
    fillText(content->getRightText(), document, {});
    style->setPropertyValue(rtl::OUString::createFromAscii(property), css::uno::Any(content));
}

} // namespace

void PageStyleText::sheetNameHeader(const css::uno::Reference<css::beans::XPropertySet>& style,
                                    const css::uno::Reference<css::frame::XModel>& document)
{
    setContent(style, "RightPageHeaderContent", document, {"@SheetName"});
}

void PageStyleText::pageNumberFooter(const css::uno::Reference<css::beans::XPropertySet>& style,
                                     const css::uno::Reference<css::frame::XModel>& document, const std::string& language)
{
    if (language == "nl")
        setContent(style, "RightPageFooterContent", document, {"Pagina ", "@PageNumber", " van ", "@PageCount"});
    else
        setContent(style, "RightPageFooterContent", document, {"Page ", "@PageNumber", " of ", "@PageCount"});
}

} // namespace salesprocess::extension
