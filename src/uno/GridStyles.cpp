#include "GridStyles.hpp"

#include "DocumentProperties.hpp"
#include "MissingStyle.hpp"
#include "PageStyleText.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"
#include "core/TeamPalette.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <cppuhelper/weakref.hxx>

#include <functional>
#include <map>
#include <optional>
#include <sstream>

namespace salesprocess::extension {

namespace {
using Setup = MissingStyle::Setup;

css::uno::Reference<css::container::XNameContainer> family(const css::uno::Reference<css::frame::XModel>& document,
                                                           const char* familyName)
{
    return MissingStyle::family(document, familyName);
}

void ensure(const css::uno::Reference<css::frame::XModel>& document, const char* familyName, const char* serviceName,
            const rtl::OUString& name, const Setup& setup, UndoAction* undo)
{
    MissingStyle::ensure(document, familyName, serviceName, name, setup, undo);
}

void setBorders(const css::uno::Reference<css::beans::XPropertySet>& style, const BorderLine& border)
{
    if (border.width <= 0)
        return;
    css::table::BorderLine2 line;
    line.Color = GridStyles::colour(border.colour);
    line.LineWidth = static_cast<sal_uInt32>(border.width);
    line.LineStyle = css::table::BorderLineStyle::SOLID;
    for (const char* side : {"TopBorder", "BottomBorder", "LeftBorder", "RightBorder"})
        style->setPropertyValue(rtl::OUString::createFromAscii(side), css::uno::Any(line));
}

void applyLook(const css::uno::Reference<css::beans::XPropertySet>& style, const CellLook& look)
{
    style->setPropertyValue("CharFontName", css::uno::Any(rtl::OUString::createFromAscii(GridStyles::fontFamily)));
    style->setPropertyValue("CharHeight", css::uno::Any(static_cast<float>(look.points)));
    style->setPropertyValue("CharWeight",
                            css::uno::Any(look.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL));
    style->setPropertyValue("CharPosture",
                            css::uno::Any(look.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
    const sal_Int32 text = GridStyles::colour(look.text);
    if (text >= 0)
        style->setPropertyValue("CharColor", css::uno::Any(text));
    const sal_Int32 fill = GridStyles::colour(look.fill);
    if (fill >= 0) {
        style->setPropertyValue("CellBackColor", css::uno::Any(fill));
        style->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(false));
    }
    style->setPropertyValue("IsTextWrapped", css::uno::Any(look.wrap));
    css::table::CellHoriJustify horizontal = css::table::CellHoriJustify_LEFT;
    if (look.horizontal == HorizontalAlign::Centre)
        horizontal = css::table::CellHoriJustify_CENTER;
    else if (look.horizontal == HorizontalAlign::Right)
        horizontal = css::table::CellHoriJustify_RIGHT;
    style->setPropertyValue("HoriJustify", css::uno::Any(horizontal));
    sal_Int32 vertical = css::table::CellVertJustify2::TOP;
    if (look.vertical == VerticalAlign::Centre)
        vertical = css::table::CellVertJustify2::CENTER;
    else if (look.vertical == VerticalAlign::Bottom)
        vertical = css::table::CellVertJustify2::BOTTOM;
    style->setPropertyValue("VertJustify", css::uno::Any(vertical));
    if (look.rotation != 0)
        style->setPropertyValue("RotateAngle", css::uno::Any(static_cast<sal_Int32>(look.rotation * 100)));
    // A little air inside the cell, so wrapped lines do not touch the grid lines.
    style->setPropertyValue("ParaLeftMargin", css::uno::Any(sal_Int32(100)));
    style->setPropertyValue("ParaRightMargin", css::uno::Any(sal_Int32(100)));
    style->setPropertyValue("ParaTopMargin", css::uno::Any(sal_Int32(50)));
    style->setPropertyValue("ParaBottomMargin", css::uno::Any(sal_Int32(50)));
    setBorders(style, look.border);
}

void applyHighlight(const css::uno::Reference<css::beans::XPropertySet>& style, const CellLook& look)
{
    const sal_Int32 text = GridStyles::colour(look.text);
    if (text >= 0)
        style->setPropertyValue("CharColor", css::uno::Any(text));
    const sal_Int32 fill = GridStyles::colour(look.fill);
    if (fill >= 0) {
        style->setPropertyValue("CellBackColor", css::uno::Any(fill));
        style->setPropertyValue("IsCellBackgroundTransparent", css::uno::Any(false));
    }
    if (look.bold)
        style->setPropertyValue("CharWeight", css::uno::Any(css::awt::FontWeight::BOLD));
    if (look.italic)
        style->setPropertyValue("CharPosture", css::uno::Any(css::awt::FontSlant_ITALIC));
}

} // namespace

sal_Int32 GridStyles::colour(const std::string& hex)
{
    if (!TeamPalette::isColour(hex))
        return -1;
    return static_cast<sal_Int32>(std::stoul(hex.substr(1), nullptr, 16));
}

void GridStyles::ensureCellStyles(const css::uno::Reference<css::frame::XModel>& document,
                                  const std::vector<CellLook>& looks, UndoAction* undo)
{
    for (const CellLook& look : looks)
        ensure(document, "CellStyles", "com.sun.star.style.CellStyle", toOUString(look.name),
               [look](const css::uno::Reference<css::beans::XPropertySet>& style,
                      const css::uno::Reference<css::frame::XModel>&) { applyLook(style, look); },
               undo);
}

void GridStyles::ensureConditionStyles(const css::uno::Reference<css::frame::XModel>& document,
                                       const std::vector<CellLook>& looks, UndoAction* undo)
{
    for (const CellLook& look : looks)
        ensure(document, "CellStyles", "com.sun.star.style.CellStyle", toOUString(look.name),
               [look](const css::uno::Reference<css::beans::XPropertySet>& style,
                      const css::uno::Reference<css::frame::XModel>&) { applyHighlight(style, look); },
               undo);
}

void GridStyles::followLooks(const css::uno::Reference<css::frame::XModel>& document,
                             const std::vector<CellLook>& looks, UndoAction& undo)
{
    // name -> (fill, text) as we last set them.
    std::map<std::string, std::pair<sal_Int32, sal_Int32>> recorded;
    const std::optional<std::string> stored = DocumentProperties::read(document, coloursProperty);
    std::istringstream lines(stored.value_or(""));
    for (std::string line; std::getline(lines, line);) {
        std::istringstream fields(line);
        std::string name, fill, text;
        if (std::getline(fields, name, '\t') && std::getline(fields, fill, '\t') && std::getline(fields, text, '\t'))
            recorded[name] = {std::stoi(fill), std::stoi(text)};
    }

    auto styles = family(document, "CellStyles");
    bool changed = false;
    for (const CellLook& look : looks) {
        const sal_Int32 fill = colour(look.fill);
        const sal_Int32 text = colour(look.text);
        const rtl::OUString name = toOUString(look.name);
        if (fill < 0 || !styles->hasByName(name))
            continue;
        css::uno::Reference<css::beans::XPropertySet> style(styles->getByName(name), css::uno::UNO_QUERY_THROW);
        sal_Int32 fillNow = -1, textNow = -1;
        style->getPropertyValue("CellBackColor") >>= fillNow;
        style->getPropertyValue("CharColor") >>= textNow;
        const auto last = recorded.find(look.name);
        const bool ours = last != recorded.end() && last->second == std::make_pair(fillNow, textNow);
        if (ours && (fillNow != fill || textNow != text)) {
            // Still as we left it: it follows the new colour (and so does its border).
            css::table::BorderLine2 borderNow;
            style->getPropertyValue("TopBorder") >>= borderNow;
            css::uno::WeakReference<css::frame::XModel> weak(document);
            auto paint = [weak, name](sal_Int32 backColour, sal_Int32 textColour, const css::table::BorderLine2& line) {
                css::uno::Reference<css::frame::XModel> model(weak);
                if (!model.is())
                    return;
                auto cellStyles = family(model, "CellStyles");
                if (!cellStyles->hasByName(name))
                    return;
                css::uno::Reference<css::beans::XPropertySet> target(cellStyles->getByName(name), css::uno::UNO_QUERY_THROW);
                target->setPropertyValue("CellBackColor", css::uno::Any(backColour));
                target->setPropertyValue("CharColor", css::uno::Any(textColour));
                if (line.LineWidth > 0)
                    for (const char* side : {"TopBorder", "BottomBorder", "LeftBorder", "RightBorder"})
                        target->setPropertyValue(rtl::OUString::createFromAscii(side), css::uno::Any(line));
            };
            css::table::BorderLine2 borderNew = borderNow;
            if (look.border.width > 0 && colour(look.border.colour) >= 0)
                borderNew.Color = colour(look.border.colour);
            paint(fill, text, borderNew);
            undo.record([paint, fillNow, textNow, borderNow] { paint(fillNow, textNow, borderNow); },
                        [paint, fill, text, borderNew] { paint(fill, text, borderNew); });
            fillNow = fill;
            textNow = text;
        }
        // Remember the colours of every style that looks as we made it; forget a recoloured one.
        if (fillNow == fill && textNow == text) {
            changed = changed || last == recorded.end() || last->second != std::make_pair(fill, text);
            recorded[look.name] = {fill, text};
        } else if (last != recorded.end()) {
            recorded.erase(last);
            changed = true;
        }
    }
    if (!changed)
        return;
    std::string text;
    for (const auto& [name, colours] : recorded)
        text += name + "\t" + std::to_string(colours.first) + "\t" + std::to_string(colours.second) + "\n";
    DocumentProperties::change(document, coloursProperty, text, undo);
}

void GridStyles::ensurePageStyle(const css::uno::Reference<css::frame::XModel>& document, const PrintSetup& print,
                                 const std::string& language, UndoAction* undo)
{
    ensure(document, "PageStyles", "com.sun.star.style.PageStyle", toOUString(print.pageStyle),
           [print, language](const css::uno::Reference<css::beans::XPropertySet>& style,
                       const css::uno::Reference<css::frame::XModel>& model) {
               style->setPropertyValue("IsLandscape", css::uno::Any(print.landscape));
               style->setPropertyValue("Width", css::uno::Any(sal_Int32(print.landscape ? 29700 : 21000)));
               style->setPropertyValue("Height", css::uno::Any(sal_Int32(print.landscape ? 21000 : 29700)));
               for (const char* margin : {"LeftMargin", "RightMargin"})
                   style->setPropertyValue(rtl::OUString::createFromAscii(margin),
                                           css::uno::Any(sal_Int32(print.marginLeftRight)));
               for (const char* margin : {"TopMargin", "BottomMargin"})
                   style->setPropertyValue(rtl::OUString::createFromAscii(margin),
                                           css::uno::Any(sal_Int32(print.marginTopBottom)));
               style->setPropertyValue("ScaleToPagesX", css::uno::Any(static_cast<sal_Int16>(print.pagesWide)));
               style->setPropertyValue("ScaleToPagesY", css::uno::Any(static_cast<sal_Int16>(print.pagesTall)));
               style->setPropertyValue("PrintGrid", css::uno::Any(false)); // the grid has its own lines
               style->setPropertyValue("PrintAnnotations", css::uno::Any(false));
               style->setPropertyValue("CenterHorizontally", css::uno::Any(false));
               // The title row says what the sheet is: no page header, only the page numbers.
               style->setPropertyValue("HeaderIsOn", css::uno::Any(false));
               style->setPropertyValue("FooterIsOn", css::uno::Any(true));
               PageStyleText::pageNumberFooter(style, model, language);
           },
           undo);
}

} // namespace salesprocess::extension
