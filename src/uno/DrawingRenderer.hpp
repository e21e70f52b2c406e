#pragma once
#include "DrawStyles.hpp"
#include "core/Drawing.hpp"

#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// What was made on one draw page. No shape is held: in LibreOffice 7.4 every living shape
/// object (SvxShape) hears every change of the document, so holding thousands makes drawing
/// quadratic. The connectors are found again by their place on the page.
struct RenderedPage {
    css::uno::Reference<css::drawing::XDrawPage> page;
    /// Per Page::connectors entry: its index among the page's shapes, -1 when not made.
    std::vector<sal_Int32> connectorIndex;
    /// The names of everything made (undo removes exactly those).
    std::vector<std::string> names;
};

/// Turns a laid-out salesprocess::Page (1/100 mm) into Draw shapes: rounded rectangles for steps,
/// diamonds for decisions, rounded markers for start and end, text shapes for titles, lines for
/// rules, connectors glued to the shapes they join, each named by its id and carrying its named
/// style (DrawStyles). Lanes and headers go on a layer of ours beneath the steps.
///
/// Call render() with the controllers locked (ControllerLock) and settleConnectors() once they
/// are unlocked: the office computes connector geometry only then.
class DrawingRenderer {
public:
    /// Where a shape's text goes (SwimlaneLayout::textArea); null: the whole shape.
    using TextArea = Rect (*)(const Shape&);

    /// The layer of the lanes, phase columns and their headers: locked, so that dragging a box
    /// across the lanes never drags a lane along.
    static constexpr const char* laneLayer = "SalesProcess Lanes";

    DrawingRenderer(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const css::uno::Reference<css::frame::XModel>& document, DrawStyles::Styles styles,
                    TextArea textArea);

    /// Adds the page's shapes and connectors to the draw page.
    RenderedPage render(const Page& page, const css::uno::Reference<css::drawing::XDrawPage>& target) const;

    /// Adds one shape (no connector) to a draw page: the adapter's own marker shapes use it too.
    css::uno::Reference<css::drawing::XShape> addShape(const Shape& shape,
                                                      const css::uno::Reference<css::drawing::XDrawPage>& target) const;

    /// With the controllers unlocked: every connector takes the route the layout planned (so the
    /// page, its printout and the saved file show exactly that route) and the line offsets that
    /// make the office's own routing (a reopened file, a box dragged by the user) follow it.
    static void settleConnectors(const Page& page, const RenderedPage& rendered);

    /// How many connectors needed other glue points than the layout's (the benchmark prints it).
    static std::size_t& searched();

    /// The route the office's own connector takes now, start and end included.
    static std::vector<Point> officeRoute(const css::uno::Reference<css::drawing::XShape>& connector);

    /// Creates the layers of ours that are missing (lanes: locked; findings: not printed).
    static void ensureLayers(const css::uno::Reference<css::frame::XModel>& document);
    static constexpr const char* findingLayer = "SalesProcess Findings";

    /// The kind of a shape as the renderer made it, read back from its type and style:
    /// what Re-layout uses to recognise a step box the user copied.
    static bool isStepShape(const css::uno::Reference<css::drawing::XShape>& shape);

private:
    using Endpoints = std::map<std::string, css::uno::Reference<css::drawing::XShape>>;
    css::uno::Reference<css::drawing::XShape> makeConnector(const Connector& connector, const Endpoints& endpoints,
                                                            const css::uno::Reference<css::drawing::XDrawPage>& target) const;
    /// Whether text in a style shows in this font without a font set on the shape itself.
    bool styleShows(const std::string& style, const Font& font) const;

    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XModel> m_document;
    DrawStyles::Styles m_styles;
    /// The font each style has in the document now (a user may have restyled it).
    std::map<std::string, Font> m_fontOf;
    TextArea m_textArea;
};

} // namespace salesprocess::extension
