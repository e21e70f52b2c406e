#include "CalcStyles.hpp"

#include "MissingStyle.hpp"
#include "PageStyleText.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <algorithm>
#include <functional>

namespace salesprocess::extension {

namespace {
using Setup = MissingStyle::Setup;

void ensure(const css::uno::Reference<css::frame::XModel>& document, const char* familyName, const char* serviceName,
            const std::string& styleName, const Setup& setup, UndoAction* undo)
{
    MissingStyle::ensure(document, familyName, serviceName, toOUString(styleName), setup, undo);
}

void cellFill(const css::uno::Reference<css::beans::XPropertySet>& style, sal_Int32 fill,
              sal_Int32 text)
{
    style->setPropertyValue("CellBackColor", css::uno::Any(fill));
    style->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(false));
    style->setPropertyValue("CharColor", css::uno::Any(text));
}

} // namespace

void CalcStyles::ensureHeader(const css::uno::Reference<css::frame::XModel>& document, UndoAction* undo)
{
    ensure(document, "CellStyles", "com.sun.star.style.CellStyle", header,
           [](const css::uno::Reference<css::beans::XPropertySet>& style,
              const css::uno::Reference<css::frame::XModel>&) {
               cellFill(style, 0x1F4E79, 0xFFFFFF);
               style->setPropertyValue("CharWeight", css::uno::Any(css::awt::FontWeight::BOLD));
               style->setPropertyValue("IsTextWrapped", css::uno::Any(true));
               style->setPropertyValue("VertJustify",
                                       css::uno::Any(css::table::CellVertJustify2::CENTER));
               css::table::BorderLine2 line;
               line.Color = 0x10314F;
               line.LineWidth = 35;
               line.LineStyle = css::table::BorderLineStyle::SOLID;
               style->setPropertyValue("BottomBorder", css::uno::Any(line));
           },
           undo);
}

void CalcStyles::ensureSeverities(const css::uno::Reference<css::frame::XModel>& document,
                                  UndoAction* undo)
{
    struct Look {
        const char* name;
        sal_Int32 fill;
        sal_Int32 text;
    };
    // Light fills with dark text: readable in grey print too; the severity word is always there.
    for (const Look& look : {Look{error, 0xF8D7DA, 0x842029}, Look{warning, 0xFFF3CD, 0x664D03},
                             Look{note, 0xDCEBF7, 0x0B3D66}}) {
        const sal_Int32 fill = look.fill;
        const sal_Int32 text = look.text;
        ensure(document, "CellStyles", "com.sun.star.style.CellStyle", look.name,
               [fill, text](const css::uno::Reference<css::beans::XPropertySet>& style,
                            const css::uno::Reference<css::frame::XModel>&) {
                   cellFill(style, fill, text);
               },
               undo);
    }
}

std::string CalcStyles::tablePageName(int pagesWide)
{
    return pagesWide <= 1 ? std::string(tablePage)
                          : std::string(tablePage) + " " + std::to_string(pagesWide) + " Pages Wide";
}

std::string CalcStyles::ensureTablePage(const css::uno::Reference<css::frame::XModel>& document,
                                        const std::string& language, UndoAction* undo, int pagesWide)
{
    const std::string name = tablePageName(pagesWide);
    const auto pages = static_cast<sal_Int16>(std::max(pagesWide, 1));
    ensure(document, "PageStyles", "com.sun.star.style.PageStyle", name,
           [language, pages](const css::uno::Reference<css::beans::XPropertySet>& style,
                const css::uno::Reference<css::frame::XModel>& model) {
               style->setPropertyValue("IsLandscape", css::uno::Any(true));
               style->setPropertyValue("Width", css::uno::Any(sal_Int32(29700)));
               style->setPropertyValue("Height", css::uno::Any(sal_Int32(21000)));
               for (const char* margin : {"LeftMargin", "RightMargin"})
                   style->setPropertyValue(rtl::OUString::createFromAscii(margin),
                                           css::uno::Any(sal_Int32(1500)));
               for (const char* margin : {"TopMargin", "BottomMargin"})
                   style->setPropertyValue(rtl::OUString::createFromAscii(margin),
                                           css::uno::Any(sal_Int32(1200)));
               style->setPropertyValue("ScaleToPagesX", css::uno::Any(pages));
               // Page numbers run on over the sheets (a sheet with another page style would
               // start again at 1 otherwise).
               style->setPropertyValue("FirstPageNumber", css::uno::Any(sal_Int16(0)));
               style->setPropertyValue("ScaleToPagesY", css::uno::Any(sal_Int16(0)));
               style->setPropertyValue("PrintGrid", css::uno::Any(true));
               style->setPropertyValue("HeaderIsOn", css::uno::Any(true));
               style->setPropertyValue("FooterIsOn", css::uno::Any(true));

               PageStyleText::sheetNameHeader(style, model);
               PageStyleText::pageNumberFooter(style, model, language);
           },
           undo);
    return name;
}

} // namespace salesprocess::extension
