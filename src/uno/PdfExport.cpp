#include "PdfExport.hpp"

#include "Strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <algorithm>
#include <vector>

namespace salesprocess::extension {

namespace {
css::beans::PropertyValue value(const char* name, const css::uno::Any& any)
{
    css::beans::PropertyValue property;
    property.Name = rtl::OUString::createFromAscii(name);
    property.Value = any;
    return property;
}
} // namespace

void PdfExport::write(const css::uno::Reference<css::frame::XModel>& document, const std::string& path,
                      const std::string& pageRange)
{
    std::vector<css::beans::PropertyValue> filterData;
    filterData.push_back(value("EmbedStandardFonts", css::uno::Any(true)));
    filterData.push_back(value("ExportNotesPages", css::uno::Any(false)));
    if (!pageRange.empty())
        filterData.push_back(value("PageRange", css::uno::Any(toOUString(pageRange))));
    css::uno::Sequence<css::beans::PropertyValue> data(static_cast<sal_Int32>(filterData.size()));
    std::copy(filterData.begin(), filterData.end(), data.getArray());
    css::uno::Sequence<css::beans::PropertyValue> properties(3);
    properties.getArray()[0] = value("FilterName", css::uno::Any(rtl::OUString("draw_pdf_Export")));
    properties.getArray()[1] = value("Overwrite", css::uno::Any(true));
    properties.getArray()[2] = value("FilterData", css::uno::Any(data));
    css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(toFileUrl(path), properties);
}

void PdfExport::writeDrawing(const css::uno::Reference<css::frame::XModel>& document, const std::string& path)
{
    css::uno::Sequence<css::beans::PropertyValue> properties(2);
    properties.getArray()[0] = value("FilterName", css::uno::Any(rtl::OUString("draw8")));
    properties.getArray()[1] = value("Overwrite", css::uno::Any(true));
    css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->storeToURL(toFileUrl(path), properties);
}

} // namespace salesprocess::extension
