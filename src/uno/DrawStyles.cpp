#include "DrawStyles.hpp"

#include "Strings.hpp"
#include "UndoAction.hpp"
#include "core/ChecklistLayout.hpp"
#include "core/TeamPalette.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/drawing/DashStyle.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/drawing/LineDash.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/PolyPolygonBezierCoords.hpp>
#include <com/sun/star/drawing/TextHorizontalAdjust.hpp>
#include <com/sun/star/drawing/TextVerticalAdjust.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <map>
#include <set>

namespace salesprocess::extension {

namespace {

const char* const darkText = "#262626";
const char* const arrowLine = "#4D4D4D";

css::uno::Reference<css::container::XNameContainer>
graphicStyles(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::container::XNameContainer>(supplier->getStyleFamilies()->getByName("graphics"),
                                                               css::uno::UNO_QUERY_THROW);
}

/// The standard arrowhead (LibreOffice's own "Arrow" shape), so that the file needs nothing else.
css::drawing::PolyPolygonBezierCoords arrowHead()
{
    css::drawing::PolyPolygonBezierCoords head;
    head.Coordinates.realloc(1);
    head.Flags.realloc(1);
    css::uno::Sequence<css::awt::Point> points(4);
    points.getArray()[0] = css::awt::Point{10, 0};
    points.getArray()[1] = css::awt::Point{0, 30};
    points.getArray()[2] = css::awt::Point{20, 30};
    points.getArray()[3] = css::awt::Point{10, 0};
    css::uno::Sequence<css::drawing::PolygonFlags> flags(4);
    for (sal_Int32 i = 0; i < 4; ++i)
        flags.getArray()[i] = css::drawing::PolygonFlags_NORMAL;
    head.Coordinates.getArray()[0] = points;
    head.Flags.getArray()[0] = flags;
    return head;
}

/// The look of a style as properties: only what the style decides.
void apply(const css::uno::Reference<css::beans::XPropertySet>& properties, const DrawStyle& style, bool isRoot)
{
    auto set = [&](const char* name, const css::uno::Any& value) {
        properties->setPropertyValue(rtl::OUString::createFromAscii(name), value);
    };
    if (isRoot) {
        // The family everything inherits: one place to change the font of every output.
        set("CharFontName", css::uno::Any(rtl::OUString::createFromAscii(DrawStyles::fontName)));
        set("CharFontNameAsian", css::uno::Any(rtl::OUString::createFromAscii(DrawStyles::fontName)));
        set("CharFontNameComplex", css::uno::Any(rtl::OUString::createFromAscii(DrawStyles::fontName)));
        set("TextVerticalAdjust", css::uno::Any(css::drawing::TextVerticalAdjust_CENTER));
        set("TextHorizontalAdjust", css::uno::Any(css::drawing::TextHorizontalAdjust_BLOCK));
        set("TextAutoGrowHeight", css::uno::Any(false));
        set("TextAutoGrowWidth", css::uno::Any(false));
    }
    if (style.fill.empty()) {
        set("FillStyle", css::uno::Any(css::drawing::FillStyle_NONE));
    } else {
        set("FillStyle", css::uno::Any(css::drawing::FillStyle_SOLID));
        set("FillColor", css::uno::Any(DrawStyles::colour(style.fill)));
    }
    if (style.line.empty()) {
        set("LineStyle", css::uno::Any(css::drawing::LineStyle_NONE));
    } else {
        set("LineStyle", css::uno::Any(style.dashed ? css::drawing::LineStyle_DASH : css::drawing::LineStyle_SOLID));
        set("LineColor", css::uno::Any(DrawStyles::colour(style.line)));
        set("LineWidth", css::uno::Any(static_cast<sal_Int32>(style.lineWidth)));
        if (style.dashed) {
            css::drawing::LineDash dash;
            dash.Style = css::drawing::DashStyle_RECTRELATIVE;
            dash.Dots = 0;
            dash.Dashes = 1;
            dash.DashLen = 300;
            dash.Distance = 200;
            set("LineDash", css::uno::Any(dash));
        }
    }
    if (style.arrowEnd) {
        set("LineEndName", css::uno::Any(rtl::OUString("SalesProcess Arrow")));
        set("LineEnd", css::uno::Any(arrowHead()));
        set("LineEndWidth", css::uno::Any(sal_Int32(250)));
        set("LineEndCenter", css::uno::Any(false));
    }
    set("CharHeight", css::uno::Any(static_cast<float>(style.font.points)));
    set("CharWeight", css::uno::Any(style.font.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL));
    set("CharColor", css::uno::Any(DrawStyles::colour(style.textColour.empty() ? darkText : style.textColour)));
    set("ParaAdjust", css::uno::Any(static_cast<sal_Int16>(style.centred ? css::style::ParagraphAdjust_CENTER
                                                                           : css::style::ParagraphAdjust_LEFT)));
}

void create(const css::uno::Reference<css::frame::XModel>& document,
            const css::uno::Reference<css::container::XNameContainer>& family, const DrawStyle& style)
{
    // Draw's style family makes its own (empty) styles; the document factory is the fallback.
    css::uno::Reference<css::style::XStyle> made;
    css::uno::Reference<css::lang::XSingleServiceFactory> own(family, css::uno::UNO_QUERY);
    if (own.is()) {
        // XSingleServiceFactory is marked deprecated, yet it is how Draw's style family makes a
        // graphic style (the document's factory does not know "com.sun.star.style.Style" in 7.4).
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif
        made.set(own->createInstance(), css::uno::UNO_QUERY);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif
    }
    if (!made.is()) {
        css::uno::Reference<css::lang::XMultiServiceFactory> factory(document, css::uno::UNO_QUERY_THROW);
        made.set(factory->createInstance("com.sun.star.style.Style"), css::uno::UNO_QUERY_THROW);
    }
    const rtl::OUString name = toOUString(style.name);
    family->insertByName(name, css::uno::Any(made));
    const bool isRoot = style.name == DrawStyles::root;
    if (!isRoot)
        made->setParentStyle(toOUString(style.parent.empty() ? std::string(DrawStyles::root) : style.parent));
    css::uno::Reference<css::beans::XPropertySet> properties(made, css::uno::UNO_QUERY_THROW);
    apply(properties, style, isRoot);
}

/// The parent of a style by its name: "SalesProcess Step inside" -> "SalesProcess Step".
std::string parentOf(const std::string& name)
{
    for (const char* family : {DrawStyles::laneHeader, DrawStyles::lane, DrawStyles::step}) {
        const std::string prefix = std::string(family) + " ";
        if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0)
            return family;
    }
    return DrawStyles::root;
}

DrawStyle rootStyle()
{
    DrawStyle style;
    style.name = DrawStyles::root;
    style.font = Font{10.0, false};
    style.textColour = darkText;
    return style;
}

/// The font most of a style's shapes (or labelled arrows) are laid out in: the style gets it, so
/// that only the odd shape carries a font of its own (a font set on a shape costs a change of its
/// text, a sixth of the drawing time).
class UsualFonts {
public:
    void count(const std::string& style, const Font& font) { ++m_counts[style][{font.points, font.bold}]; }
    Font of(const std::string& style, const Font& otherwise) const
    {
        const auto found = m_counts.find(style);
        if (found == m_counts.end())
            return otherwise;
        const auto most = std::max_element(found->second.begin(), found->second.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        return Font{most->first.first, most->first.second};
    }

private:
    std::map<std::string, std::map<std::pair<double, bool>, int>> m_counts;
};

} // namespace

sal_Int32 DrawStyles::colour(const std::string& hex)
{
    if (!TeamPalette::isColour(hex))
        return -1;
    return static_cast<sal_Int32>(std::stoul(hex.substr(1), nullptr, 16));
}

std::string DrawStyles::styleOf(const Shape& shape)
{
    if (!shape.style.empty())
        return shape.style;
    switch (shape.kind) {
    case ShapeKind::Title: return title;
    case ShapeKind::Rule: return rule;
    case ShapeKind::Legend: return legendText;
    default: return root;
    }
}

std::string DrawStyles::styleOf(const Connector& connector) { return connector.isReturn ? returnArrow : arrow; }

std::vector<DrawStyle> DrawStyles::forSwimlane(const Drawing& drawing)
{
    std::vector<DrawStyle> out{rootStyle()};
    std::set<std::string> seen{root};
    auto add = [&](DrawStyle style) {
        if (seen.insert(style.name).second)
            out.push_back(std::move(style));
    };
    // The parents of the per-team families first: a user restyles all teams' boxes in one go.
    {
        DrawStyle s;
        s.name = step;
        s.line = "#4D4D4D";
        s.lineWidth = 35;
        s.font = Font{10.0, false};
        add(s);
        s.name = lane;
        s.lineWidth = 18;
        s.font = Font{11.0, true};
        add(s);
        s.name = laneHeader;
        s.lineWidth = 35;
        add(s);
    }
    UsualFonts fonts;
    for (const Page& page : drawing.pages) {
        for (const Shape& shape : page.shapes)
            if (!shape.text.empty())
                fonts.count(styleOf(shape), shape.font);
        for (const Connector& connector : page.connectors)
            if (!connector.label.empty())
                fonts.count(styleOf(connector), connector.font);
    }
    for (const Page& page : drawing.pages) {
        for (const Shape& shape : page.shapes) {
            DrawStyle s;
            s.name = styleOf(shape);
            if (seen.count(s.name) != 0)
                continue;
            s.parent = parentOf(s.name);
            s.fill = shape.fill;
            s.line = shape.line;
            s.font = fonts.of(s.name, shape.font);
            s.centred = shape.centred;
            s.textColour = shape.fill.empty() ? darkText : TeamPalette::text(shape.fill);
            switch (shape.kind) {
            case ShapeKind::Lane:
            case ShapeKind::PhaseColumn: s.lineWidth = 18; break;
            case ShapeKind::Rule: s.lineWidth = 25; break;
            default: s.lineWidth = 35; break;
            }
            if (s.name == arrow || s.name == returnArrow) {
                s.fill.clear();
                s.line = arrowLine;
                s.lineWidth = 25;
                s.arrowEnd = true;
                s.dashed = s.name == returnArrow;
                s.font = fonts.of(s.name, Font{9.0, false});
            }
            add(s);
        }
        for (const Connector& connector : page.connectors) {
            DrawStyle s;
            s.name = styleOf(connector);
            s.line = arrowLine;
            s.lineWidth = 25;
            s.arrowEnd = true;
            s.dashed = connector.isReturn;
            s.font = fonts.of(s.name, Font{9.0, false});
            add(s);
        }
    }
    return out;
}

std::vector<DrawStyle> DrawStyles::forChecklists(const Process& process, const ChecklistOptions& options)
{
    std::vector<DrawStyle> out{rootStyle()};
    for (const ChecklistLayout::Style& look : ChecklistLayout::styles(process, options)) {
        DrawStyle s;
        s.name = look.name;
        s.fill = look.fill;
        s.line = look.line;
        s.lineWidth = look.name == ChecklistLayout::checkBoxStyle ? 35 : 18;
        s.font = look.font;
        s.textColour = look.textColour;
        s.centred = false;
        out.push_back(s);
    }
    return out;
}

DrawStyle DrawStyles::forFinding()
{
    DrawStyle s;
    s.name = finding;
    s.fill = "#FFF2CC";
    s.line = "#C00000";
    s.lineWidth = 35;
    s.font = Font{8.0, false};
    s.textColour = "#7F0000";
    s.centred = false;
    return s;
}

DrawStyles::Styles DrawStyles::ensure(const css::uno::Reference<css::frame::XModel>& document,
                                      const std::vector<DrawStyle>& styles, UndoAction* undo)
{
    const auto family = graphicStyles(document);
    Styles result;
    std::vector<DrawStyle> created;
    for (const DrawStyle& style : styles) {
        const rtl::OUString name = toOUString(style.name);
        if (!family->hasByName(name)) {
            create(document, family, style);
            created.push_back(style);
        }
        result[style.name] = css::uno::Reference<css::style::XStyle>(family->getByName(name), css::uno::UNO_QUERY_THROW);
    }
    if (undo != nullptr && !created.empty()) {
        css::uno::WeakReference<css::frame::XModel> weak(document);
        undo->record(
            [weak, created] {
                css::uno::Reference<css::frame::XModel> model(weak);
                if (!model.is())
                    return;
                const auto styleFamily = graphicStyles(model);
                // Children before their parents.
                for (auto it = created.rbegin(); it != created.rend(); ++it)
                    if (styleFamily->hasByName(toOUString(it->name)))
                        styleFamily->removeByName(toOUString(it->name));
            },
            [weak, created] {
                css::uno::Reference<css::frame::XModel> model(weak);
                if (!model.is())
                    return;
                const auto styleFamily = graphicStyles(model);
                for (const DrawStyle& style : created)
                    if (!styleFamily->hasByName(toOUString(style.name)))
                        create(model, styleFamily, style);
            });
    }
    return result;
}

} // namespace salesprocess::extension
