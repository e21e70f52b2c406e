#include "SavedView.hpp"

#include "CalcSheets.hpp"
#include "FrozenPanes.hpp"
#include "Strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/io/XOutputStream.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/sheet/XViewSplitable.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <cstring>
#include <sstream>
#include <tuple>
#include <utility>

namespace salesprocess::extension {

namespace {

constexpr const char* settingsStream = "settings.xml";
constexpr const char* viewSettingsStart = "<config:config-item-set config:name=\"ooo:view-settings\"";
constexpr const char* itemSetEnd = "</config:config-item-set>";

std::string escaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
    return out;
}

void item(std::ostringstream& out, const char* name, const char* type, const std::string& value)
{
    out << "<config:config-item config:name=\"" << name << "\" config:type=\"" << type << "\">" << value
        << "</config:config-item>";
}

void item(std::ostringstream& out, const char* name, const char* type, sal_Int32 value)
{
    item(out, name, type, std::to_string(value));
}

std::string readAll(const css::uno::Reference<css::io::XInputStream>& input)
{
    std::string text;
    css::uno::Sequence<sal_Int8> chunk;
    while (input->readBytes(chunk, 65536) > 0)
        text.append(reinterpret_cast<const char*>(chunk.getConstArray()), static_cast<std::size_t>(chunk.getLength()));
    input->closeInput();
    return text;
}

// Opening a package as a storage and asking where the panes are frozen: both only through
// interfaces the IDL marks deprecated, without a successor. Allowed here, and only here.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif
css::uno::Reference<css::embed::XStorage> openStorage(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                      const rtl::OUString& url)
{
    css::uno::Sequence<css::uno::Any> arguments(2);
    arguments.getArray()[0] <<= url;
    arguments.getArray()[1] <<= css::embed::ElementModes::READWRITE;
    return css::uno::Reference<css::embed::XStorage>(
        css::embed::StorageFactory::create(context)->createInstanceWithArguments(arguments), css::uno::UNO_QUERY_THROW);
}

/// The first unfrozen column and row of the active sheet's view.
std::pair<sal_Int32, sal_Int32> frozenAt(const css::uno::Reference<css::sheet::XViewSplitable>& view)
{
    return {view->getSplitColumn(), view->getSplitRow()};
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif

/// Closes the storage whatever happens.
class Storage {
public:
    Storage(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url)
        : m_storage(openStorage(context, url))
    {
    }
    ~Storage()
    {
        try {
            css::uno::Reference<css::lang::XComponent>(m_storage, css::uno::UNO_QUERY_THROW)->dispose();
        } catch (const css::uno::Exception&) {
        }
    }
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;

    const css::uno::Reference<css::embed::XStorage>& operator->() const { return m_storage; }
    const css::uno::Reference<css::embed::XStorage>& get() const { return m_storage; }

private:
    css::uno::Reference<css::embed::XStorage> m_storage;
};

} // namespace

SavedView SavedView::of(const css::uno::Reference<css::frame::XModel>& document)
{
    SavedView view;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    css::uno::Reference<css::frame::XController> controller;
    if (document.is())
        controller = document->getCurrentController();
    css::uno::Reference<css::sheet::XSpreadsheetView> sheets(controller, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XViewFreezable> freezable(controller, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XViewSplitable> splitable(controller, css::uno::UNO_QUERY);
    if (!calc.is() || !sheets.is() || !freezable.is() || !splitable.is())
        return view;
    const auto active = sheets->getActiveSheet();
    view.activeSheet = toUtf8(CalcSheets::name(active));
    // The frozen panes are per sheet, the interfaces speak of the active one: visit each.
    for (sal_Int32 i = 0; i < CalcSheets::count(calc); ++i) {
        const auto sheet = CalcSheets::byIndex(calc, i);
        sheets->setActiveSheet(sheet);
        SheetView entry;
        entry.name = toUtf8(CalcSheets::name(sheet));
        if (freezable->hasFrozenPanes()) {
            std::tie(entry.frozenColumns, entry.frozenRows) = frozenAt(splitable);
        }
        view.sheets.push_back(entry);
    }
    sheets->setActiveSheet(active);
    // A hidden document's view does not freeze: what the commands asked for instead.
    for (const FrozenPanes::Request& request : FrozenPanes::requested(document))
        for (SheetView& entry : view.sheets)
            if (entry.name == toUtf8(request.sheetName) && entry.frozenRows == 0 && entry.frozenColumns == 0) {
                entry.frozenColumns = request.columns;
                entry.frozenRows = request.rows;
            }
    return view;
}

std::string SavedView::viewsXml() const
{
    // What Calc writes for a view (ScViewData::WriteUserDataSequence), the frozen panes per
    // sheet: split mode 2 is "frozen", the position is the first row/column below/right of it.
    std::ostringstream out;
    out << "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>";
    item(out, "ViewId", "string", "view1");
    out << "<config:config-item-map-named config:name=\"Tables\">";
    for (const SheetView& sheet : sheets) {
        const bool columns = sheet.frozenColumns > 0;
        const bool rows = sheet.frozenRows > 0;
        out << "<config:config-item-map-entry config:name=\"" << escaped(sheet.name) << "\">";
        item(out, "CursorPositionX", "int", sheet.frozenColumns);
        item(out, "CursorPositionY", "int", sheet.frozenRows);
        item(out, "HorizontalSplitMode", "short", columns ? 2 : 0);
        item(out, "VerticalSplitMode", "short", rows ? 2 : 0);
        item(out, "HorizontalSplitPosition", "int", sheet.frozenColumns);
        item(out, "VerticalSplitPosition", "int", sheet.frozenRows);
        // The pane with the cursor: 0 top left, 1 top right, 2 bottom left, 3 bottom right.
        item(out, "ActiveSplitRange", "short", rows ? (columns ? 3 : 2) : (columns ? 1 : 0));
        item(out, "PositionLeft", "int", 0);
        item(out, "PositionRight", "int", sheet.frozenColumns);
        item(out, "PositionTop", "int", 0);
        item(out, "PositionBottom", "int", sheet.frozenRows);
        item(out, "ZoomType", "short", 0);
        item(out, "ZoomValue", "int", 100);
        item(out, "PageViewZoomValue", "int", 60);
        item(out, "ShowGrid", "boolean", "true");
        out << "</config:config-item-map-entry>";
    }
    out << "</config:config-item-map-named>";
    item(out, "ActiveTable", "string", escaped(activeSheet));
    item(out, "ZoomType", "short", 0);
    item(out, "ZoomValue", "int", 100);
    item(out, "PageViewZoomValue", "int", 60);
    item(out, "ShowPageBreakPreview", "boolean", "false");
    out << "</config:config-item-map-entry></config:config-item-map-indexed>";
    return out.str();
}

std::string SavedView::addedTo(const std::string& settings) const
{
    if (sheets.empty())
        return settings;
    const std::size_t start = settings.find(viewSettingsStart);
    if (start == std::string::npos) {
        // No view settings at all: a set of our own at the start of the settings.
        const std::string open = "<office:settings>";
        const std::size_t at = settings.find(open);
        if (at == std::string::npos)
            return settings;
        return settings.substr(0, at + open.size()) + viewSettingsStart + ">" + viewsXml() + itemSetEnd
               + settings.substr(at + open.size());
    }
    const std::size_t tagEnd = settings.find('>', start);
    if (tagEnd == std::string::npos)
        return settings;
    if (settings[tagEnd - 1] == '/') // <config:config-item-set .../>: empty
        return settings.substr(0, tagEnd - 1) + ">" + viewsXml() + itemSetEnd + settings.substr(tagEnd + 1);
    const std::size_t end = settings.find(itemSetEnd, tagEnd);
    if (end == std::string::npos)
        return settings;
    if (settings.substr(tagEnd, end - tagEnd).find("config:name=\"Views\"") != std::string::npos)
        return settings; // stored from a visible window: the office's own view stays
    return settings.substr(0, end) + viewsXml() + settings.substr(end);
}

std::string SavedView::writeInto(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const rtl::OUString& url) const
{
    if (sheets.empty())
        return {};
    try {
        Storage storage(context, url);
        const rtl::OUString name = rtl::OUString::createFromAscii(settingsStream);
        std::string settings;
        if (storage->hasByName(name))
            settings = readAll(storage->openStreamElement(name, css::embed::ElementModes::READ)->getInputStream());
        else
            settings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-settings "
                       "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" "
                       "office:version=\"1.3\"><office:settings></office:settings></office:document-settings>";
        const std::string updated = addedTo(settings);
        if (updated == settings)
            return {};

        const auto stream = storage->openStreamElement(
            name, css::embed::ElementModes::WRITE | css::embed::ElementModes::TRUNCATE);
        css::uno::Reference<css::beans::XPropertySet> properties(stream, css::uno::UNO_QUERY);
        if (properties.is())
            properties->setPropertyValue("MediaType", css::uno::Any(rtl::OUString("text/xml")));
        const auto output = stream->getOutputStream();
        css::uno::Sequence<sal_Int8> bytes(static_cast<sal_Int32>(updated.size()));
        std::memcpy(bytes.getArray(), updated.data(), updated.size());
        output->writeBytes(bytes);
        output->closeOutput();
        css::uno::Reference<css::embed::XTransactedObject>(storage.get(), css::uno::UNO_QUERY_THROW)->commit();
        return {};
    } catch (const css::uno::Exception& error) {
        return toUtf8(error.Message);
    }
}

} // namespace salesprocess::extension
