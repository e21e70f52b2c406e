#include "DrawDocument.hpp"

#include "office/UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/HomogenMatrix3.hpp>
#include <com/sun/star/drawing/PolyPolygonBezierCoords.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XLayerSupplier.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>

namespace salesprocess::test {

namespace {

rtl::OUString urlOf(const std::filesystem::path& file)
{
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(std::filesystem::absolute(file).string()), url);
    return url;
}

css::uno::Reference<css::frame::XModel> load(OfficeSession& office, const rtl::OUString& url)
{
    css::uno::Sequence<css::beans::PropertyValue> properties(1);
    properties.getArray()[0].Name = "Hidden";
    properties.getArray()[0].Value <<= true;
    css::uno::Reference<css::frame::XComponentLoader> loader(office.desktop(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::frame::XModel> model(loader->loadComponentFromURL(url, "_blank", 0, properties),
                                                  css::uno::UNO_QUERY);
    if (!model.is())
        throw std::runtime_error("the office did not open " + toStdString(url));
    return model;
}

bool isDrawing(const css::uno::Reference<css::frame::XModel>& model)
{
    css::uno::Reference<css::lang::XServiceInfo> info(model, css::uno::UNO_QUERY);
    return info.is() && info->supportsService("com.sun.star.drawing.DrawingDocument");
}

long rounded(double value) { return std::lround(value); }

} // namespace

DrawDocument::DrawDocument(OfficeSession& office) : m_office(office), m_model(load(office, "private:factory/sdraw")) {}

DrawDocument::DrawDocument(OfficeSession& office, const std::filesystem::path& file)
    : m_office(office), m_model(load(office, urlOf(file)))
{
}

DrawDocument::DrawDocument(OfficeSession& office, const css::uno::Reference<css::frame::XModel>& model)
    : m_office(office), m_model(model)
{
    if (!m_model.is())
        throw std::runtime_error("no document to take over");
}

DrawDocument::~DrawDocument()
{
    try {
        css::uno::Reference<css::util::XCloseable> closeable(m_model, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (const css::uno::Exception&) {
        // closed already, or the office is gone
    }
}

std::vector<css::uno::Reference<css::frame::XModel>> DrawDocument::openDocuments(OfficeSession& office)
{
    std::vector<css::uno::Reference<css::frame::XModel>> models;
    css::uno::Reference<css::container::XEnumeration> all = office.desktop()->getComponents()->createEnumeration();
    while (all->hasMoreElements()) {
        css::uno::Reference<css::frame::XModel> model(all->nextElement(), css::uno::UNO_QUERY);
        if (model.is())
            models.push_back(model);
    }
    return models;
}

css::uno::Reference<css::frame::XModel>
DrawDocument::openedSince(OfficeSession& office, const std::vector<css::uno::Reference<css::frame::XModel>>& before)
{
    for (const auto& model : openDocuments(office)) {
        bool known = false;
        for (const auto& old : before)
            known = known || old == model;
        if (!known && isDrawing(model))
            return model;
    }
    return {};
}

css::uno::Reference<css::frame::XFrame> DrawDocument::frame() const
{
    return m_model->getCurrentController()->getFrame();
}

std::size_t DrawDocument::pageCount() const
{
    return static_cast<std::size_t>(
        css::uno::Reference<css::drawing::XDrawPagesSupplier>(m_model, css::uno::UNO_QUERY_THROW)->getDrawPages()->getCount());
}

css::uno::Reference<css::drawing::XDrawPage> DrawDocument::page(std::size_t index) const
{
    auto pages = css::uno::Reference<css::drawing::XDrawPagesSupplier>(m_model, css::uno::UNO_QUERY_THROW)->getDrawPages();
    return css::uno::Reference<css::drawing::XDrawPage>(pages->getByIndex(static_cast<sal_Int32>(index)),
                                                        css::uno::UNO_QUERY_THROW);
}

std::vector<std::string> DrawDocument::pageNames() const
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < pageCount(); ++i)
        names.push_back(toStdString(css::uno::Reference<css::container::XNamed>(page(i), css::uno::UNO_QUERY_THROW)->getName()));
    return names;
}

std::size_t DrawDocument::pageIndex(const std::string& name) const
{
    const auto names = pageNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return i;
    throw std::runtime_error("no page \"" + name + "\"");
}

Size DrawDocument::paper(std::size_t index) const
{
    css::uno::Reference<css::beans::XPropertySet> properties(page(index), css::uno::UNO_QUERY_THROW);
    sal_Int32 width = 0, height = 0;
    properties->getPropertyValue("Width") >>= width;
    properties->getPropertyValue("Height") >>= height;
    return Size{width, height};
}

DrawDocument::PageContents DrawDocument::contents(std::size_t pageIndex_) const
{
    // Few remote calls: one property batch and the text per shape; connectors find the shapes
    // they are glued to among those already read (one proxy per object and interface).
    PageContents result;
    const auto target = page(pageIndex_);
    std::map<const void*, std::pair<css::uno::Reference<css::style::XStyle>, std::string>> styleNames;
    std::map<const void*, std::pair<css::uno::Reference<css::uno::XInterface>, std::string>> shapeNames;
    css::uno::Sequence<rtl::OUString> names(5);
    names.getArray()[0] = "LayerName";
    names.getArray()[1] = "Name";
    names.getArray()[2] = "StartShape"; // only connectors have it
    names.getArray()[3] = "Style";
    names.getArray()[4] = "Transformation";
    std::vector<css::uno::Reference<css::drawing::XShape>> connectorShapes;
    for (sal_Int32 i = 0; i < target->getCount(); ++i) {
        css::uno::Reference<css::drawing::XShape> shape(target->getByIndex(i), css::uno::UNO_QUERY_THROW);
        const auto values = css::uno::Reference<css::beans::XMultiPropertySet>(shape, css::uno::UNO_QUERY_THROW)
                                ->getPropertyValues(names);
        if (values[2].hasValue()) {
            connectorShapes.push_back(shape);
            continue;
        }
        ShapeInfo info;
        info.shape = shape;
        rtl::OUString text;
        values[0] >>= text;
        info.layer = toStdString(text);
        values[1] >>= text;
        info.name = toStdString(text);
        css::uno::Reference<css::style::XStyle> style;
        if ((values[3] >>= style) && style.is()) {
            auto known = styleNames.find(style.get());
            if (known == styleNames.end())
                known = styleNames.emplace(style.get(), std::make_pair(style, toStdString(style->getName()))).first;
            info.style = known->second.second;
        }
        css::drawing::HomogenMatrix3 matrix;
        if (values[4] >>= matrix)
            info.bounds = Rect{rounded(matrix.Line1.Column3), rounded(matrix.Line2.Column3),
                               rounded(matrix.Line1.Column1), rounded(matrix.Line2.Column2)};
        css::uno::Reference<css::text::XText> textOf(shape, css::uno::UNO_QUERY);
        if (textOf.is())
            info.text = toStdString(textOf->getString());
        const css::uno::Reference<css::uno::XInterface> identity(shape, css::uno::UNO_QUERY);
        shapeNames.emplace(identity.get(), std::make_pair(identity, info.name));
        result.shapes.push_back(std::move(info));
    }

    css::uno::Sequence<rtl::OUString> edgeNames(6);
    edgeNames.getArray()[0] = "EndGluePointIndex";
    edgeNames.getArray()[1] = "EndShape";
    edgeNames.getArray()[2] = "Name";
    edgeNames.getArray()[3] = "PolyPolygonBezier";
    edgeNames.getArray()[4] = "StartGluePointIndex";
    edgeNames.getArray()[5] = "StartShape";
    auto nameOf = [&](const css::uno::Any& value) {
        css::uno::Reference<css::uno::XInterface> glued;
        if (!(value >>= glued) || !glued.is())
            return std::string();
        const auto found = shapeNames.find(glued.get());
        if (found != shapeNames.end())
            return found->second.second;
        rtl::OUString name; // a shape of another kind: ask it
        css::uno::Reference<css::beans::XPropertySet>(glued, css::uno::UNO_QUERY_THROW)->getPropertyValue("Name") >>= name;
        return toStdString(name);
    };
    for (const auto& shape : connectorShapes) {
        ConnectorInfo info;
        info.shape = shape;
        const auto values = css::uno::Reference<css::beans::XMultiPropertySet>(shape, css::uno::UNO_QUERY_THROW)
                                ->getPropertyValues(edgeNames);
        sal_Int32 glue = -1;
        values[0] >>= glue;
        info.endGlue = glue;
        info.end = nameOf(values[1]);
        rtl::OUString name;
        values[2] >>= name;
        info.name = toStdString(name);
        css::drawing::PolyPolygonBezierCoords coords;
        if (values[3] >>= coords)
            for (const auto& polygon : coords.Coordinates)
                for (const auto& p : polygon)
                    info.route.push_back(Point{p.X, p.Y});
        glue = -1;
        values[4] >>= glue;
        info.startGlue = glue;
        info.start = nameOf(values[5]);
        info.text = toStdString(css::uno::Reference<css::text::XText>(shape, css::uno::UNO_QUERY_THROW)->getString());
        result.connectors.push_back(std::move(info));
    }
    return result;
}

std::vector<DrawDocument::ShapeInfo> DrawDocument::shapes(std::size_t pageIndex_) const
{
    return contents(pageIndex_).shapes;
}

std::vector<DrawDocument::ConnectorInfo> DrawDocument::connectors(std::size_t pageIndex_) const
{
    return contents(pageIndex_).connectors;
}

std::optional<std::string> DrawDocument::userProperty(const std::string& name) const
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(m_model, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> user(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                                       css::uno::UNO_QUERY_THROW);
    if (!user->getPropertySetInfo()->hasPropertyByName(toOUString(name)))
        return std::nullopt;
    rtl::OUString value;
    user->getPropertyValue(toOUString(name)) >>= value;
    return toStdString(value);
}

css::uno::Reference<css::container::XNameAccess> DrawDocument::graphicStyles() const
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(m_model, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::container::XNameAccess>(supplier->getStyleFamilies()->getByName("graphics"),
                                                            css::uno::UNO_QUERY_THROW);
}

bool DrawDocument::hasGraphicStyle(const std::string& name) const
{
    return graphicStyles()->hasByName(toOUString(name));
}

std::string DrawDocument::parentStyle(const std::string& name) const
{
    css::uno::Reference<css::style::XStyle> style(graphicStyles()->getByName(toOUString(name)), css::uno::UNO_QUERY_THROW);
    return toStdString(style->getParentStyle());
}

std::vector<std::string> DrawDocument::layerNames() const
{
    css::uno::Reference<css::drawing::XLayerSupplier> supplier(m_model, css::uno::UNO_QUERY_THROW);
    std::vector<std::string> names;
    for (const rtl::OUString& name : supplier->getLayerManager()->getElementNames())
        names.push_back(toStdString(name));
    return names;
}

bool DrawDocument::layerFlag(const std::string& layer, const std::string& flag) const
{
    css::uno::Reference<css::drawing::XLayerSupplier> supplier(m_model, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> properties(supplier->getLayerManager()->getByName(toOUString(layer)),
                                                             css::uno::UNO_QUERY_THROW);
    bool value = false;
    properties->getPropertyValue(toOUString(flag)) >>= value;
    return value;
}

std::string DrawDocument::snapshot() const
{
    std::ostringstream out;
    out << pageCount() << " pages\n";
    for (std::size_t p = 0; p < pageCount(); ++p) {
        out << "[" << p << "]\n";
        for (const ShapeInfo& s : shapes(p))
            out << s.name << ' ' << s.style << ' ' << s.bounds.x << ',' << s.bounds.y << ' '
                << s.bounds.width << 'x' << s.bounds.height << " \"" << s.text << "\"\n";
        for (const ConnectorInfo& c : connectors(p))
            out << "connector " << c.name << ' ' << c.start << "->" << c.end << " \"" << c.text << "\"\n";
    }
    return out.str();
}

void DrawDocument::storeTo(const std::filesystem::path& file, const std::string& filter) const
{
    css::uno::Sequence<css::beans::PropertyValue> properties(2);
    properties.getArray()[0].Name = "FilterName";
    properties.getArray()[0].Value <<= toOUString(filter);
    properties.getArray()[1].Name = "Overwrite";
    properties.getArray()[1].Value <<= true;
    css::uno::Reference<css::frame::XStorable>(m_model, css::uno::UNO_QUERY_THROW)->storeToURL(urlOf(file), properties);
}

css::uno::Reference<css::uno::XInterface> DrawDocument::undoManager() const
{
    return css::uno::Reference<css::document::XUndoManagerSupplier>(m_model, css::uno::UNO_QUERY_THROW)->getUndoManager();
}

} // namespace salesprocess::test
