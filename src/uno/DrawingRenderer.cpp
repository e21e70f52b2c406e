#include "DrawingRenderer.hpp"

#include "core/ArrowLabels.hpp"

#include "Strings.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/drawing/LineStyle.hpp>
#include <com/sun/star/drawing/TextHorizontalAdjust.hpp>
#include <com/sun/star/drawing/TextVerticalAdjust.hpp>
#include <com/sun/star/drawing/PointSequenceSequence.hpp>
#include <com/sun/star/drawing/PolyPolygonBezierCoords.hpp>
#include <com/sun/star/drawing/XLayerManager.hpp>
#include <com/sun/star/drawing/XLayerSupplier.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <com/sun/star/graphic/XGraphicProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <cstdio>
#include <cstdlib>

namespace salesprocess::extension {

namespace {

/// Text wraps at a shape's width only in text frames and custom shapes (a plain rectangle's text
/// runs out of it in one line): shapes with text are text frames with a fill, a line and round
/// corners. A decision is a diamond polygon whose label the layout broke into lines: a custom
/// shape would keep its UNO object alive for good (its geometry engine holds it), and every
/// living shape object hears every later change of the document, which made large diagrams
/// (and any later editing of them) slower with every diamond.
const char* serviceOf(const Shape& shape)
{
    switch (shape.kind) {
    case ShapeKind::Decision: return "com.sun.star.drawing.PolyPolygonShape";
    case ShapeKind::Rule: return "com.sun.star.drawing.LineShape";
    case ShapeKind::Logo: return "com.sun.star.drawing.GraphicObjectShape";
    default: break;
    }
    return shape.text.empty() ? "com.sun.star.drawing.RectangleShape" : "com.sun.star.drawing.TextShape";
}

/// A diamond's corners: the middles of the sides of its box, where the office's glue points are.
css::drawing::PointSequenceSequence diamondOf(const Rect& b)
{
    const sal_Int32 left = static_cast<sal_Int32>(b.x), top = static_cast<sal_Int32>(b.y);
    const sal_Int32 right = static_cast<sal_Int32>(b.right()), bottom = static_cast<sal_Int32>(b.bottom());
    const sal_Int32 middle = static_cast<sal_Int32>(b.x + b.width / 2), centre = static_cast<sal_Int32>(b.y + b.height / 2);
    const css::awt::Point corners[4] = {{middle, top}, {right, centre}, {middle, bottom}, {left, centre}};
    css::drawing::PointSequenceSequence polygon(1);
    polygon.getArray()[0] = css::uno::Sequence<css::awt::Point>(corners, 4);
    return polygon;
}

long cornerRadius(const Shape& shape)
{
    const long height = shape.bounds.height;
    switch (shape.kind) {
    case ShapeKind::Step: return std::min(250L, height / 4);
    case ShapeKind::Start:
    case ShapeKind::EndWon:
    case ShapeKind::EndLost: return height / 2;
    case ShapeKind::OffPage: return std::min(120L, height / 6);
    case ShapeKind::CheckBox: return std::min(60L, height / 6);
    case ShapeKind::Legend: return shape.fill.empty() ? 0 : std::min(120L, height / 4);
    default: return 0;
    }
}

bool onLaneLayer(ShapeKind kind)
{
    return kind == ShapeKind::Lane || kind == ShapeKind::LaneHeader || kind == ShapeKind::PhaseColumn ||
           kind == ShapeKind::PhaseHeader;
}

/// Properties gathered for one XMultiPropertySet call: one broadcast per shape, not one per value.
class PropertyBatch {
public:
    void add(const char* name, const css::uno::Any& value)
    {
        m_names.push_back(rtl::OUString::createFromAscii(name));
        m_values.push_back(value);
    }
    bool empty() const { return m_names.empty(); }
    void applyTo(const css::uno::Reference<css::drawing::XShape>& shape) const
    {
        css::uno::Sequence<rtl::OUString> names(static_cast<sal_Int32>(m_names.size()));
        css::uno::Sequence<css::uno::Any> values(static_cast<sal_Int32>(m_values.size()));
        std::copy(m_names.begin(), m_names.end(), names.getArray());
        std::copy(m_values.begin(), m_values.end(), values.getArray());
        css::uno::Reference<css::beans::XMultiPropertySet> multi(shape, css::uno::UNO_QUERY);
        if (multi.is()) {
            multi->setPropertyValues(names, values);
            return;
        }
        css::uno::Reference<css::beans::XPropertySet> single(shape, css::uno::UNO_QUERY_THROW);
        for (std::size_t i = 0; i < m_names.size(); ++i)
            single->setPropertyValue(m_names[i], m_values[i]);
    }

private:
    std::vector<rtl::OUString> m_names;
    std::vector<css::uno::Any> m_values;
};

css::drawing::PolyPolygonBezierCoords bezierOf(const std::vector<Point>& route)
{
    css::drawing::PolyPolygonBezierCoords coords;
    coords.Coordinates.realloc(1);
    coords.Flags.realloc(1);
    css::uno::Sequence<css::awt::Point> points(static_cast<sal_Int32>(route.size()));
    css::uno::Sequence<css::drawing::PolygonFlags> flags(static_cast<sal_Int32>(route.size()));
    for (std::size_t i = 0; i < route.size(); ++i) {
        points.getArray()[i] = css::awt::Point{static_cast<sal_Int32>(route[i].x), static_cast<sal_Int32>(route[i].y)};
        flags.getArray()[i] = css::drawing::PolygonFlags_NORMAL;
    }
    coords.Coordinates.getArray()[0] = points;
    coords.Flags.getArray()[0] = flags;
    return coords;
}

css::uno::Reference<css::graphic::XGraphic> loadGraphic(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                       const std::string& location)
{
    css::uno::Sequence<css::beans::PropertyValue> media(1);
    media.getArray()[0].Name = "URL";
    media.getArray()[0].Value <<= toFileUrl(location);
    return css::graphic::GraphicProvider::create(context)->queryGraphic(media);
}


bool isObstacle(const Shape& shape)
{
    switch (shape.kind) {
    case ShapeKind::Step:
    case ShapeKind::Decision:
    case ShapeKind::Start:
    case ShapeKind::EndWon:
    case ShapeKind::EndLost:
    case ShapeKind::OffPage: return shape.id.rfind("legend:", 0) != 0;
    default: return false;
    }
}

/// How far a route runs out of its boxes before its first bend: what the office keeps clear.
long escapeOf(const std::vector<Point>& route)
{
    if (route.size() < 3)
        return 0;
    auto length = [](const Point& a, const Point& b) { return std::abs(a.x - b.x) + std::abs(a.y - b.y); };
    return std::min(length(route[0], route[1]), length(route[route.size() - 2], route.back()));
}

bool isVertical(const Point& a, const Point& b) { return a.x == b.x; }

/// Same number of segments running the same ways: the office's route differs from ours only in
/// where its adjustable lines are.
bool sameShape(const std::vector<Point>& a, const std::vector<Point>& b)
{
    if (a.size() != b.size() || a.size() < 2)
        return false;
    for (std::size_t k = 0; k + 1 < a.size(); ++k)
        if (isVertical(a[k], a[k + 1]) != isVertical(b[k], b[k + 1]))
            return false;
    return a.front() == b.front() && a.back() == b.back();
}

/// Sets several properties of a shape with one call (one change broadcast).
void setAll(const css::uno::Reference<css::beans::XPropertySet>& properties, std::initializer_list<const char*> names,
            std::initializer_list<css::uno::Any> values)
{
    css::uno::Sequence<rtl::OUString> keys(static_cast<sal_Int32>(names.size()));
    css::uno::Sequence<css::uno::Any> anys(static_cast<sal_Int32>(values.size()));
    sal_Int32 i = 0;
    for (const char* name : names)
        keys.getArray()[i++] = rtl::OUString::createFromAscii(name);
    std::copy(values.begin(), values.end(), anys.getArray());
    css::uno::Reference<css::beans::XMultiPropertySet>(properties, css::uno::UNO_QUERY_THROW)->setPropertyValues(keys, anys);
}

void setDeltas(const css::uno::Reference<css::beans::XPropertySet>& properties, const std::vector<Point>& own,
               const std::vector<Point>& wanted)
{
    sal_Int32 deltas[3] = {0, 0, 0};
    std::size_t line = 0;
    for (std::size_t k = 1; k + 2 < own.size() && line < 3; ++k, ++line)
        deltas[line] = static_cast<sal_Int32>(isVertical(own[k], own[k + 1]) ? wanted[k].x - own[k].x
                                                                              : wanted[k].y - own[k].y);
    setAll(properties, {"EdgeLine1Delta", "EdgeLine2Delta", "EdgeLine3Delta"},
           {css::uno::Any(deltas[0]), css::uno::Any(deltas[1]), css::uno::Any(deltas[2])});
}

/// Whether a segment runs through the inside of a box (touching an edge does not count).
bool crosses(const Point& a, const Point& b, const Rect& box)
{
    return runsThrough(a, b, box, 20);
}

bool runsClear(const std::vector<Point>& route, const Connector& connector,
               const std::vector<std::pair<std::string, Rect>>& boxes)
{
    for (std::size_t k = 0; k + 1 < route.size(); ++k)
        for (const auto& [id, box] : boxes)
            if (id != connector.from && id != connector.to && crosses(route[k], route[k + 1], box))
                return false;
    return route.size() >= 2;
}

long lengthOf(const std::vector<Point>& route)
{
    long total = 0;
    for (std::size_t k = 0; k + 1 < route.size(); ++k)
        total += std::abs(route[k].x - route[k + 1].x) + std::abs(route[k].y - route[k + 1].y);
    return total + 400 * static_cast<long>(route.size()); // a bend costs as much as 4 mm of line
}

void setGlue(const css::uno::Reference<css::beans::XPropertySet>& properties, int from, int to)
{
    // Glue points and no line offsets: the office's plain route between them.
    setAll(properties, {"EdgeLine1Delta", "EdgeLine2Delta", "EdgeLine3Delta", "EndGluePointIndex", "StartGluePointIndex"},
           {css::uno::Any(sal_Int32(0)), css::uno::Any(sal_Int32(0)), css::uno::Any(sal_Int32(0)),
            css::uno::Any(static_cast<sal_Int32>(to)), css::uno::Any(static_cast<sal_Int32>(from))});
}

void setEscape(const css::uno::Reference<css::beans::XPropertySet>& properties, long escape)
{
    const css::uno::Any e(static_cast<sal_Int32>(escape));
    setAll(properties, {"EdgeNode1HorzDist", "EdgeNode1VertDist", "EdgeNode2HorzDist", "EdgeNode2VertDist"}, {e, e, e, e});
}

/// Puts a connector's label on the spot ArrowLabels chose: the office lays a connector's text
/// out in the bounding box of its route, so the text distances (negative where the label
/// reaches beyond that box) make the label's own rectangle the area it is centred in.
void placeLabel(PropertyBatch& properties, const std::vector<Point>& route, const Rect& label)
{
    long left = route.front().x, right = left, top = route.front().y, bottom = top;
    for (const Point& p : route) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    properties.add("TextHorizontalAdjust", css::uno::Any(css::drawing::TextHorizontalAdjust_CENTER));
    properties.add("TextLeftDistance", css::uno::Any(static_cast<sal_Int32>(label.x - left)));
    properties.add("TextLowerDistance", css::uno::Any(static_cast<sal_Int32>(bottom - label.bottom())));
    properties.add("TextRightDistance", css::uno::Any(static_cast<sal_Int32>(right - label.right())));
    properties.add("TextUpperDistance", css::uno::Any(static_cast<sal_Int32>(label.y - top)));
    properties.add("TextVerticalAdjust", css::uno::Any(css::drawing::TextVerticalAdjust_CENTER));
}

} // namespace

DrawingRenderer::DrawingRenderer(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::frame::XModel>& document, DrawStyles::Styles styles,
                                 TextArea textArea)
    : m_context(context), m_document(document), m_styles(std::move(styles)), m_textArea(textArea)
{
    // Read once: a font set on a shape costs a second change of it (and of its text).
    for (const auto& [name, style] : m_styles) {
        const css::uno::Reference<css::beans::XPropertySet> properties(style, css::uno::UNO_QUERY);
        float points = 0, weight = 0;
        if (properties.is() && (properties->getPropertyValue("CharHeight") >>= points) &&
            (properties->getPropertyValue("CharWeight") >>= weight))
            m_fontOf.emplace(name, Font{points, weight > css::awt::FontWeight::NORMAL});
    }
}

bool DrawingRenderer::styleShows(const std::string& style, const Font& font) const
{
    // The office keeps a font size to a tenth of a point (8.125 reads back as 8.2, set on a
    // style or on a shape alike): closer than that is the same size.
    const auto found = m_fontOf.find(style);
    return found != m_fontOf.end() && std::abs(found->second.points - font.points) <= 0.1 &&
           found->second.bold == font.bold;
}

css::uno::Reference<css::drawing::XShape>
DrawingRenderer::addShape(const Shape& shape, const css::uno::Reference<css::drawing::XDrawPage>& target) const
{
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(m_document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::drawing::XShape> made(factory->createInstance(rtl::OUString::createFromAscii(serviceOf(shape))),
                                                   css::uno::UNO_QUERY_THROW);
    const Rect& b = shape.bounds;
    if (shape.kind != ShapeKind::Decision) {
        made->setPosition(css::awt::Point{static_cast<sal_Int32>(b.x), static_cast<sal_Int32>(b.y)});
        made->setSize(css::awt::Size{static_cast<sal_Int32>(std::max(b.width, 1L)), static_cast<sal_Int32>(b.height)});
    }
    target->add(made);

    // Everything but the characters in one call, the text, then the characters: character
    // attributes reach a shape's text only once it has text (before, the style's font wins),
    // and a text frame keeps its size only when it does not grow with its text.
    const bool hasText = !shape.text.empty() && shape.kind != ShapeKind::Logo;
    PropertyBatch properties;
    if (shape.kind == ShapeKind::Decision)
        properties.add("PolyPolygon", css::uno::Any(diamondOf(b))); // its place and size
    const std::string styleName = DrawStyles::styleOf(shape);
    const auto style = m_styles.find(styleName);
    if (style != m_styles.end())
        properties.add("Style", css::uno::Any(style->second));
    properties.add("Name", css::uno::Any(toOUString(shape.id)));
    if (onLaneLayer(shape.kind))
        properties.add("LayerName", css::uno::Any(rtl::OUString::createFromAscii(laneLayer)));
    if (const long radius = cornerRadius(shape); radius > 0)
        properties.add("CornerRadius", css::uno::Any(static_cast<sal_Int32>(radius)));
    // A won end has a strong border, a lost one a dashed border: the shape says it, not only colour.
    if (shape.kind == ShapeKind::EndWon)
        properties.add("LineWidth", css::uno::Any(sal_Int32(90)));
    if (shape.kind == ShapeKind::EndLost)
        properties.add("LineStyle", css::uno::Any(css::drawing::LineStyle_DASH));
    if (hasText) {
        // The box keeps its size; the text keeps to the area the layout measured, wrapped at its
        // width (BLOCK) whatever the office gives a new shape.
        properties.add("TextAutoGrowHeight", css::uno::Any(false));
        properties.add("TextAutoGrowWidth", css::uno::Any(false));
        properties.add("TextHorizontalAdjust", css::uno::Any(css::drawing::TextHorizontalAdjust_BLOCK));
        properties.add("TextVerticalAdjust", css::uno::Any(css::drawing::TextVerticalAdjust_CENTER));
        const Rect area = m_textArea != nullptr ? m_textArea(shape) : shape.bounds;
        const Rect& frame = shape.bounds; // where the office puts text before any distance
        properties.add("TextLeftDistance", css::uno::Any(static_cast<sal_Int32>(std::max(0L, area.x - frame.x))));
        properties.add("TextRightDistance", css::uno::Any(static_cast<sal_Int32>(std::max(0L, frame.right() - area.right()))));
        properties.add("TextUpperDistance", css::uno::Any(static_cast<sal_Int32>(std::max(0L, area.y - frame.y))));
        properties.add("TextLowerDistance", css::uno::Any(static_cast<sal_Int32>(std::max(0L, frame.bottom() - area.bottom()))));
    }
    properties.applyTo(made);
    if (hasText) {
        css::uno::Reference<css::text::XText>(made, css::uno::UNO_QUERY_THROW)->setString(toOUString(shape.text));
        if (!styleShows(styleName, shape.font)) {
            PropertyBatch characters;
            characters.add("CharHeight", css::uno::Any(static_cast<float>(shape.font.points)));
            characters.add("CharWeight", css::uno::Any(shape.font.bold ? css::awt::FontWeight::BOLD
                                                                       : css::awt::FontWeight::NORMAL));
            characters.applyTo(made);
        }
        // A text frame may fit itself to its text on setting it: the layout's size stands.
        const css::awt::Size wanted{static_cast<sal_Int32>(std::max(b.width, 1L)), static_cast<sal_Int32>(b.height)};
        const css::awt::Size size = made->getSize();
        if (size.Width != wanted.Width || size.Height != wanted.Height) {
            made->setSize(wanted);
            made->setPosition(css::awt::Point{static_cast<sal_Int32>(b.x), static_cast<sal_Int32>(b.y)});
        }
    }
    if (shape.kind == ShapeKind::Logo && !shape.text.empty()) {
        try {
            const auto graphic = loadGraphic(m_context, shape.text);
            if (graphic.is())
                css::uno::Reference<css::beans::XPropertySet>(made, css::uno::UNO_QUERY_THROW)
                    ->setPropertyValue("Graphic", css::uno::Any(graphic));
        } catch (const css::uno::Exception&) {
            // a logo that does not load leaves its frame empty: the diagram is still right
        }
    }
    return made;
}

css::uno::Reference<css::drawing::XShape>
DrawingRenderer::makeConnector(const Connector& connector, const Endpoints& endpoints,
                               const css::uno::Reference<css::drawing::XDrawPage>& target) const
{
    const auto from = endpoints.find(connector.from);
    const auto to = endpoints.find(connector.to);
    if (from == endpoints.end() || to == endpoints.end())
        return {};
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(m_document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::drawing::XShape> made(factory->createInstance("com.sun.star.drawing.ConnectorShape"),
                                                   css::uno::UNO_QUERY_THROW);
    target->add(made);
    PropertyBatch properties;
    const std::string styleName = DrawStyles::styleOf(connector);
    const auto style = m_styles.find(styleName);
    if (style != m_styles.end())
        properties.add("Style", css::uno::Any(style->second));
    properties.add("Name", css::uno::Any(toOUString(connector.id)));
    properties.add("StartShape", css::uno::Any(from->second));
    properties.add("StartGluePointIndex", css::uno::Any(static_cast<sal_Int32>(connector.fromGlue)));
    properties.add("EndShape", css::uno::Any(to->second));
    properties.add("EndGluePointIndex", css::uno::Any(static_cast<sal_Int32>(connector.toGlue)));
    // The office's own routing keeps as far from the boxes as the layout's route runs out of them
    // before its first bend: its route then takes the layout's shape, and the line offsets put
    // its lines where the layout's are.
    const long escape = escapeOf(simplified(connector.route));
    for (const char* name : {"EdgeNode1HorzDist", "EdgeNode1VertDist", "EdgeNode2HorzDist", "EdgeNode2VertDist"})
        properties.add(name, css::uno::Any(static_cast<sal_Int32>(escape)));
    if (!connector.label.empty() && !styleShows(styleName, connector.font)) {
        properties.add("CharHeight", css::uno::Any(static_cast<float>(connector.font.points)));
        properties.add("CharWeight", css::uno::Any(connector.font.bold ? css::awt::FontWeight::BOLD
                                                                       : css::awt::FontWeight::NORMAL));
    }
    if (!connector.label.empty())
        css::uno::Reference<css::text::XText>(made, css::uno::UNO_QUERY_THROW)->setString(toOUString(connector.label));
    properties.applyTo(made);
    return made;
}

RenderedPage DrawingRenderer::render(const Page& page, const css::uno::Reference<css::drawing::XDrawPage>& target) const
{
    RenderedPage rendered;
    rendered.page = target;
    // Only the shapes connectors are glued to are held, and only until they are glued.
    Endpoints endpoints;
    for (const Connector& connector : page.connectors) {
        endpoints.emplace(connector.from, nullptr);
        endpoints.emplace(connector.to, nullptr);
    }
    rendered.names.reserve(page.shapes.size() + page.connectors.size());
    for (const Shape& shape : page.shapes) {
        auto made = addShape(shape, target);
        rendered.names.push_back(shape.id);
        const auto endpoint = endpoints.find(shape.id);
        if (endpoint != endpoints.end() && !endpoint->second.is())
            endpoint->second = made;
    }
    rendered.connectorIndex.reserve(page.connectors.size());
    for (const Connector& connector : page.connectors) {
        const auto made = makeConnector(connector, endpoints, target);
        rendered.connectorIndex.push_back(made.is() ? target->getCount() - 1 : -1);
        if (made.is())
            rendered.names.push_back(connector.id);
    }
    return rendered;
}

std::vector<Point> DrawingRenderer::officeRoute(const css::uno::Reference<css::drawing::XShape>& connector)
{
    std::vector<Point> route;
    css::drawing::PolyPolygonBezierCoords coords;
    css::uno::Reference<css::beans::XPropertySet>(connector, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("PolyPolygonBezier") >>= coords;
    for (const auto& polygon : coords.Coordinates)
        for (const css::awt::Point& p : polygon)
            route.push_back(Point{p.X, p.Y});
    return route;
}

namespace {
/// The distance a connector keeps from its shapes in a file LibreOffice opens (its default).
constexpr long officeEscape = 500;

/// The office's own route for the glue points (and line offsets) that run clear of the boxes,
/// shortest first; the connector keeps those settings. Empty (and the planned glue points back)
/// when nothing does. With plainFirst, glue points whose route runs clear without line offsets
/// win over those that need them: LibreOffice 7.4 does not always keep the offsets of a
/// connector when it opens the file again.
std::vector<Point> clearRoute(const css::uno::Reference<css::beans::XPropertySet>& properties,
                              const css::uno::Reference<css::drawing::XShape>& shape, const Connector& connector,
                              const std::vector<std::pair<std::string, Rect>>& boxes, long escape, bool plainFirst)
{
    struct Choice {
        int from = 0, to = 0;
        std::vector<Point> base; ///< the office's route without offsets
        std::vector<Point> wanted; ///< base with its inner lines moved
        std::vector<Point> route;
    };
    std::optional<Choice> best;
    long bestLength = 0;
    auto consider = [&](const Choice& choice) {
        const long length = lengthOf(choice.route);
        if (!best || length < bestLength) {
            best = choice;
            bestLength = length;
        }
    };
    setEscape(properties, escape);
    // The layout's glue points first, then those that keep its start, then the rest: the first
    // pair whose route runs clear is taken.
    std::vector<std::pair<int, int>> pairs{{connector.fromGlue, connector.toGlue}};
    for (int to = 0; to < 4; ++to)
        if (to != connector.toGlue)
            pairs.emplace_back(connector.fromGlue, to);
    for (int from = 0; from < 4; ++from)
        for (int to = 0; to < 4; ++to)
            if (from != connector.fromGlue)
                pairs.emplace_back(from, to);
    if (plainFirst) {
        for (const auto& [from, to] : pairs) {
            setGlue(properties, from, to);
            const std::vector<Point> route = simplified(DrawingRenderer::officeRoute(shape));
            if (runsClear(route, connector, boxes))
                return route;
        }
    }
    for (const auto& [from, to] : pairs) {
        if (best)
            break;
        {
            setGlue(properties, from, to);
            Choice choice{from, to, simplified(DrawingRenderer::officeRoute(shape)), {}, {}};
            choice.wanted = choice.base;
            choice.route = choice.base;
            if (runsClear(choice.route, connector, boxes)) {
                consider(choice);
                continue;
            }
            // Move the inner lines that run through a box past it, on the nearer side.
            if (choice.base.size() < 4)
                continue;
            for (std::size_t k = 1; k + 2 < choice.wanted.size(); ++k) {
                Point& a = choice.wanted[k];
                Point& b = choice.wanted[k + 1];
                const bool vertical = isVertical(a, b);
                for (const auto& [id, box] : boxes) {
                    if (id == connector.from || id == connector.to || !crosses(a, b, box))
                        continue;
                    const long at = vertical ? a.x : a.y;
                    const long low = (vertical ? box.x : box.y) - escape;
                    const long high = (vertical ? box.right() : box.bottom()) + escape;
                    const long moved = at - low < high - at ? low : high;
                    (vertical ? a.x : a.y) = moved;
                    (vertical ? b.x : b.y) = moved;
                }
            }
            setDeltas(properties, choice.base, choice.wanted);
            choice.route = simplified(DrawingRenderer::officeRoute(shape));
            if (runsClear(choice.route, connector, boxes))
                consider(choice);
        }
    }
    if (!best) {
        setGlue(properties, connector.fromGlue, connector.toGlue);
        setEscape(properties, escapeOf(simplified(connector.route)));
        return {};
    }
    setGlue(properties, best->from, best->to);
    setDeltas(properties, best->base, best->wanted);
    return best->route;
}
} // namespace

std::size_t& DrawingRenderer::searched()
{
    static std::size_t count = 0;
    return count;
}

void DrawingRenderer::settleConnectors(const Page& page, const RenderedPage& rendered)
{
    // The boxes a route must not run through.
    std::vector<std::pair<std::string, Rect>> boxes;
    for (const Shape& shape : page.shapes)
        if (isObstacle(shape))
            boxes.emplace_back(shape.id, shape.bounds);
    long pageEscape = 0;
    {
        std::vector<long> escapes;
        for (const Connector& connector : page.connectors)
            if (const long e = escapeOf(simplified(connector.route)); e > 0)
                escapes.push_back(e);
        if (!escapes.empty()) {
            std::nth_element(escapes.begin(), escapes.begin() + static_cast<long>(escapes.size() / 2), escapes.end());
            pageEscape = escapes[escapes.size() / 2];
        }
    }

    std::vector<std::vector<Point>> tracks(page.connectors.size());
    // Whether the office draws the track by itself now: then it need not be set.
    std::vector<bool> drawn(page.connectors.size(), false);
    for (std::size_t i = 0; i < page.connectors.size() && i < rendered.connectorIndex.size(); ++i) {
        if (rendered.connectorIndex[i] < 0)
            continue;
        // Fetched again, used and let go: a living shape object costs every later change its time.
        const css::uno::Reference<css::drawing::XShape> shape(rendered.page->getByIndex(rendered.connectorIndex[i]),
                                                              css::uno::UNO_QUERY);
        if (!shape.is())
            continue;
        const Connector& connector = page.connectors[i];
        const std::vector<Point> planned = simplified(connector.route);
        if (planned.size() < 2)
            continue;
        css::uno::Reference<css::beans::XPropertySet> properties(shape, css::uno::UNO_QUERY_THROW);
        std::vector<Point> track = planned;
        // An arrow to or from an off-page marker: markers stand side by side in columns, and the
        // office, opening the file again, routes such an arrow straight through the marker beside
        // its own unless the glue points alone keep it clear.
        const bool atMarker = connector.from.rfind("offpage:", 0) == 0 || connector.to.rfind("offpage:", 0) == 0;
        if (atMarker && planned.size() > 2) {
            setEscape(properties, officeEscape);
            const std::vector<Point> own = simplified(officeRoute(shape));
            if (runsClear(own, connector, boxes)) {
                track = own;
                drawn[i] = true;
            } else {
                ++searched();
                const std::vector<Point> clear = clearRoute(properties, shape, connector, boxes, officeEscape, true);
                if (!clear.empty()) {
                    track = clear;
                    drawn[i] = true;
                }
            }
        } else if (planned.size() > 2) {
            // What the office draws by itself (when the file is opened again, or a box is dragged),
            // and the line offsets that make it draw ours: its inner segments in path order are
            // its adjustable lines 1 to 3.
            const std::vector<Point> own = simplified(officeRoute(shape));
            bool reproduced = false;
            if (!sameShape(own, planned) && runsClear(own, connector, boxes)) {
                // Another shape than ours, but clear of the boxes: the office's own route it is.
                track = own;
                reproduced = drawn[i] = true;
            } else if (sameShape(own, planned)) {
                setDeltas(properties, own, planned);
                // Usually the office now draws exactly ours; where its rules move a line
                // elsewhere, it must at least run clear of the boxes.
                const std::vector<Point> fitted = simplified(officeRoute(shape));
                reproduced = sameShape(fitted, planned) || runsClear(fitted, connector, boxes);
                drawn[i] = fitted == planned;
                if (!reproduced)
                    setDeltas(properties, own, own);
            }
            if (!reproduced) {
                // The office would route this arrow some other way: glue points whose own route
                // runs clear of the boxes make the reopened file look as this one does.
                ++searched();
                const std::vector<Point> clear = clearRoute(properties, shape, connector, boxes, pageEscape, false);
                if (!clear.empty()) {
                    track = clear;
                    drawn[i] = true;
                }
            }
        }
        tracks[i] = std::move(track);
    }

    // The labels once every route is known, so that none covers an arrow drawn after it.
    std::vector<Rect> obstacles;
    for (const Shape& shape : page.shapes)
        if (ArrowLabels::keepsClearOf(shape))
            obstacles.push_back(shape.bounds);
    ArrowLabels labels(std::move(obstacles), Rect{0, 0, page.size.width, page.size.height});
    for (const auto& track : tracks)
        if (track.size() >= 2)
            labels.addRoute(track);
    // Route and label in one change per connector.
    for (std::size_t i = 0; i < page.connectors.size(); ++i) {
        const Connector& connector = page.connectors[i];
        if (tracks[i].size() < 2)
            continue;
        PropertyBatch properties;
        if (!drawn[i])
            properties.add("PolyPolygonBezier", css::uno::Any(bezierOf(tracks[i])));
        if (!connector.label.empty())
            placeLabel(properties, tracks[i], labels.place(tracks[i], connector.labelSize));
        if (properties.empty())
            continue;
        const css::uno::Reference<css::drawing::XShape> shape(rendered.page->getByIndex(rendered.connectorIndex[i]),
                                                              css::uno::UNO_QUERY);
        if (shape.is())
            properties.applyTo(shape);
    }
}

void DrawingRenderer::ensureLayers(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::drawing::XLayerSupplier> supplier(document, css::uno::UNO_QUERY);
    if (!supplier.is())
        return;
    css::uno::Reference<css::drawing::XLayerManager> manager(supplier->getLayerManager(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> names(manager, css::uno::UNO_QUERY_THROW);
    auto make = [&](const char* name, bool locked, bool printable) {
        if (names->hasByName(rtl::OUString::createFromAscii(name)))
            return;
        css::uno::Reference<css::beans::XPropertySet> layer(manager->insertNewByIndex(manager->getCount()),
                                                            css::uno::UNO_QUERY_THROW);
        layer->setPropertyValue("Name", css::uno::Any(rtl::OUString::createFromAscii(name)));
        layer->setPropertyValue("IsLocked", css::uno::Any(locked));
        layer->setPropertyValue("IsPrintable", css::uno::Any(printable));
        layer->setPropertyValue("IsVisible", css::uno::Any(true));
    };
    make(laneLayer, true, true);
    make(findingLayer, false, false);
}

bool DrawingRenderer::isStepShape(const css::uno::Reference<css::drawing::XShape>& shape)
{
    css::uno::Reference<css::beans::XPropertySet> properties(shape, css::uno::UNO_QUERY);
    if (!properties.is() || !properties->getPropertySetInfo()->hasPropertyByName("Style"))
        return false;
    css::uno::Reference<css::style::XStyle> style;
    properties->getPropertyValue("Style") >>= style;
    if (!style.is())
        return false;
    const rtl::OUString prefix = rtl::OUString::createFromAscii(DrawStyles::step);
    const rtl::OUString name = style->getName();
    return name == prefix || name.startsWith(prefix + " ");
}

} // namespace salesprocess::extension
