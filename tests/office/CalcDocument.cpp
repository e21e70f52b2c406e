#include "CalcDocument.hpp"

#include "office/UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <sstream>
#include <stdexcept>

namespace salesprocess::test {

namespace {

css::uno::Sequence<css::beans::PropertyValue> loadProperties(bool hidden)
{
    css::uno::Sequence<css::beans::PropertyValue> properties(1);
    properties.getArray()[0].Name = "Hidden";
    properties.getArray()[0].Value <<= hidden;
    return properties;
}

rtl::OUString urlOf(const std::filesystem::path& file)
{
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(std::filesystem::absolute(file).string()), url);
    return url;
}

css::uno::Reference<css::frame::XModel> load(OfficeSession& office, const rtl::OUString& url, bool hidden = true)
{
    css::uno::Reference<css::frame::XComponentLoader> loader(office.desktop(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::frame::XModel> model(
        loader->loadComponentFromURL(url, "_blank", 0, loadProperties(hidden)), css::uno::UNO_QUERY);
    if (!model.is())
        throw std::runtime_error("the office did not open " + toStdString(url));
    return model;
}

} // namespace

CalcDocument::CalcDocument(OfficeSession& office, Window window)
    : m_office(office), m_window(window),
      m_model(load(office, "private:factory/scalc", window == Window::Hidden))
{
}

CalcDocument::CalcDocument(OfficeSession& office, const std::filesystem::path& file, Window window)
    : m_office(office), m_window(window), m_model(load(office, urlOf(file), window == Window::Hidden))
{
}

CalcDocument::CalcDocument(OfficeSession& office, const css::uno::Reference<css::frame::XModel>& model)
    : m_office(office), m_model(model)
{
}

CalcDocument::~CalcDocument()
{
    if (m_window == Window::Shown)
        return;
    try {
        css::uno::Reference<css::util::XCloseable> closeable(m_model, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (const css::uno::Exception&) {
        // closed already, or the office is gone: nothing left to close
    }
}

css::uno::Reference<css::frame::XFrame> CalcDocument::frame() const
{
    return m_model->getCurrentController()->getFrame();
}

css::uno::Reference<css::sheet::XSpreadsheetDocument> CalcDocument::spreadsheets() const
{
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(m_model, css::uno::UNO_QUERY_THROW);
}

std::vector<std::string> CalcDocument::sheetNames() const
{
    std::vector<std::string> names;
    const auto all = spreadsheets()->getSheets()->getElementNames();
    for (sal_Int32 i = 0; i < all.getLength(); ++i)
        names.push_back(toStdString(all[i]));
    return names;
}

css::uno::Reference<css::sheet::XSpreadsheet> CalcDocument::sheet(const std::string& name) const
{
    const auto sheets = spreadsheets()->getSheets();
    if (!sheets->hasByName(toOUString(name)))
        throw std::runtime_error("no sheet \"" + name + "\"");
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(toOUString(name)),
                                                         css::uno::UNO_QUERY_THROW);
}

std::vector<std::vector<std::string>> CalcDocument::rows(const std::string& sheetName) const
{
    const auto table = sheet(sheetName);
    css::uno::Reference<css::sheet::XSheetCellCursor> cursor(table->createCursor(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    const auto area = css::uno::Reference<css::sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
                          ->getRangeAddress();
    // Text as shown: read the whole area at once (one call, not one per cell).
    const auto whole = table->getCellRangeByPosition(0, 0, area.EndColumn, area.EndRow);
    css::uno::Reference<css::sheet::XCellRangeData> data(whole, css::uno::UNO_QUERY_THROW);
    const auto values = data->getDataArray();
    std::vector<std::vector<std::string>> result;
    for (sal_Int32 r = 0; r < values.getLength(); ++r) {
        std::vector<std::string> row;
        for (sal_Int32 c = 0; c < values[r].getLength(); ++c) {
            rtl::OUString text;
            double number = 0;
            if (values[r][c] >>= text) {
                row.push_back(toStdString(text));
            } else if (values[r][c] >>= number) {
                row.push_back(this->text(sheetName, static_cast<int>(c), static_cast<int>(r)));
            } else {
                row.emplace_back();
            }
        }
        result.push_back(std::move(row));
    }
    return result;
}

std::string CalcDocument::text(const std::string& sheetName, int column, int row) const
{
    css::uno::Reference<css::text::XTextRange> cell(sheet(sheetName)->getCellByPosition(column, row),
                                                    css::uno::UNO_QUERY_THROW);
    return toStdString(cell->getString());
}

void CalcDocument::type(const std::string& sheetName, int column, int row, const std::string& input) const
{
    sheet(sheetName)->getCellByPosition(column, row)->setFormula(toOUString(input));
}

int CalcDocument::column(const std::string& sheetName, const std::string& header) const
{
    const auto all = rows(sheetName);
    if (all.empty())
        return -1;
    for (std::size_t c = 0; c < all[0].size(); ++c)
        if (all[0][c] == header)
            return static_cast<int>(c);
    return -1;
}

std::vector<std::pair<std::string, std::string>> CalcDocument::namedRanges() const
{
    css::uno::Reference<css::beans::XPropertySet> properties(m_model, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XNamedRanges> ranges(properties->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
    std::vector<std::pair<std::string, std::string>> result;
    const auto names = ranges->getElementNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        css::uno::Reference<css::sheet::XNamedRange> range(ranges->getByName(names[i]), css::uno::UNO_QUERY_THROW);
        result.emplace_back(toStdString(names[i]), toStdString(range->getContent()));
    }
    return result;
}

std::optional<std::string> CalcDocument::userProperty(const std::string& name) const
{
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(m_model, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> user(
        supplier->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
    if (!user->getPropertySetInfo()->hasPropertyByName(toOUString(name)))
        return std::nullopt;
    rtl::OUString value;
    user->getPropertyValue(toOUString(name)) >>= value;
    return toStdString(value);
}

std::string CalcDocument::snapshot() const
{
    std::ostringstream all;
    for (const std::string& name : sheetNames()) {
        all << "[" << name << "]\n";
        for (const auto& row : rows(name)) {
            for (const std::string& cell : row)
                all << cell << '\t';
            all << '\n';
        }
    }
    return all.str();
}

void CalcDocument::storeTo(const std::filesystem::path& file, const std::string& filter) const
{
    css::uno::Sequence<css::beans::PropertyValue> properties(2);
    properties.getArray()[0].Name = "FilterName";
    properties.getArray()[0].Value <<= toOUString(filter);
    properties.getArray()[1].Name = "Overwrite";
    properties.getArray()[1].Value <<= true;
    css::uno::Reference<css::frame::XStorable>(m_model, css::uno::UNO_QUERY_THROW)
        ->storeToURL(urlOf(file), properties);
}

} // namespace salesprocess::test
