#pragma once
#include "core/Drawing.hpp"
#include "office/OfficeSession.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace salesprocess::test {

/// A Draw document in the test office, hidden, closed again when the test is done with it.
/// Reads shapes and connectors back with few remote calls (one property batch per shape).
class DrawDocument {
public:
    /// A new, empty drawing.
    explicit DrawDocument(OfficeSession& office);
    /// A file (read by the office's account).
    DrawDocument(OfficeSession& office, const std::filesystem::path& file);
    /// A document some command opened: the test takes over closing it.
    DrawDocument(OfficeSession& office, const css::uno::Reference<css::frame::XModel>& model);
    ~DrawDocument();
    DrawDocument(const DrawDocument&) = delete;
    DrawDocument& operator=(const DrawDocument&) = delete;

    /// The Draw document (or the first one) the office opened since `before` was taken, or null.
    static css::uno::Reference<css::frame::XModel>
    openedSince(OfficeSession& office, const std::vector<css::uno::Reference<css::frame::XModel>>& before);
    static std::vector<css::uno::Reference<css::frame::XModel>> openDocuments(OfficeSession& office);

    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }
    css::uno::Reference<css::frame::XFrame> frame() const;

    std::size_t pageCount() const;
    css::uno::Reference<css::drawing::XDrawPage> page(std::size_t index) const;
    std::vector<std::string> pageNames() const;
    /// Index of the page of that name; throws when there is none.
    std::size_t pageIndex(const std::string& name) const;
    Size paper(std::size_t index) const;

    struct ShapeInfo {
        std::string name;
        std::string style; ///< graphic style name
        std::string layer;
        Rect bounds;
        std::string text;
        css::uno::Reference<css::drawing::XShape> shape;
    };
    /// Every shape of a page but the connectors, in z-order.
    std::vector<ShapeInfo> shapes(std::size_t page) const;

    struct ConnectorInfo {
        std::string name;
        std::string start; ///< name of the start shape, "" when not glued
        std::string end;
        int startGlue = -1;
        int endGlue = -1;
        std::vector<Point> route; ///< the polygon the office holds
        std::string text;
        css::uno::Reference<css::drawing::XShape> shape;
    };
    std::vector<ConnectorInfo> connectors(std::size_t page) const;
    /// Both at once (half the remote calls).
    struct PageContents {
        std::vector<ShapeInfo> shapes;
        std::vector<ConnectorInfo> connectors;
    };
    PageContents contents(std::size_t page) const;

    std::optional<std::string> userProperty(const std::string& name) const;
    /// The document's graphic styles ("graphics" family), by name.
    css::uno::Reference<css::container::XNameAccess> graphicStyles() const;
    bool hasGraphicStyle(const std::string& name) const;
    std::string parentStyle(const std::string& name) const;
    std::vector<std::string> layerNames() const;
    /// A layer's IsPrintable / IsLocked.
    bool layerFlag(const std::string& layer, const std::string& flag) const;
    /// Page count and every shape's name, type, bounds and text: tells whether anything changed.
    std::string snapshot() const;

    /// Stores a copy (filter "draw8", "draw_pdf_Export"); the office's account writes it.
    void storeTo(const std::filesystem::path& file, const std::string& filter) const;
    /// The document's undo manager.
    css::uno::Reference<css::uno::XInterface> undoManager() const;

private:
    OfficeSession& m_office;
    css::uno::Reference<css::frame::XModel> m_model;
};

} // namespace salesprocess::test
