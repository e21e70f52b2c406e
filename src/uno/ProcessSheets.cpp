#include "ProcessSheets.hpp"

#include "CalcSheets.hpp"
#include "Strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/table/CellAddress.hpp>

#include <algorithm>

namespace salesprocess::extension {

css::uno::Reference<css::sheet::XNamedRanges>
ProcessSheets::namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    css::uno::Reference<css::beans::XPropertySet> properties(document, css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::sheet::XNamedRanges>(properties->getPropertyValue("NamedRanges"),
                                                         css::uno::UNO_QUERY_THROW);
}

std::optional<ProcessSheets::Marked>
ProcessSheets::marked(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& markName)
{
    auto ranges = namedRanges(document);
    const rtl::OUString name = toOUString(markName);
    if (!ranges->hasByName(name))
        return std::nullopt;
    try {
        css::uno::Reference<css::sheet::XCellRangeReferrer> referrer(ranges->getByName(name),
                                                                     css::uno::UNO_QUERY_THROW);
        auto cells = referrer->getReferredCells(); // null or throws when the sheet is gone
        css::uno::Reference<css::sheet::XCellRangeAddressable> address(cells, css::uno::UNO_QUERY);
        if (!address.is())
            return std::nullopt;
        Marked result;
        result.index = address->getRangeAddress().Sheet;
        result.sheet = CalcSheets::byIndex(document, result.index);
        result.sheetName = CalcSheets::name(result.sheet);
        return result;
    } catch (const css::uno::RuntimeException&) {
        return std::nullopt;
    }
}

std::vector<ProcessSheets::Marked>
ProcessSheets::tables(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
{
    std::vector<Marked> result;
    const std::string prefix = tablePrefix;
    for (const rtl::OUString& name : namedRanges(document)->getElementNames()) {
        const std::string text = toUtf8(name);
        if (text.rfind(prefix, 0) != 0)
            continue;
        if (auto found = marked(document, text)) {
            found->table = text.substr(prefix.size());
            result.push_back(*found);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Marked& a, const Marked& b) { return a.index < b.index; });
    return result;
}

void ProcessSheets::mark(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const std::string& markName, const rtl::OUString& sheetName,
                         const css::table::CellRangeAddress& range)
{
    auto ranges = namedRanges(document);
    const rtl::OUString name = toOUString(markName);
    if (ranges->hasByName(name))
        ranges->removeByName(name);
    css::table::CellAddress base;
    base.Sheet = range.Sheet;
    base.Column = range.StartColumn;
    base.Row = range.StartRow;
    ranges->addNewByName(name, CalcSheets::absoluteReference(sheetName, range), base, 0);
}

void ProcessSheets::unmark(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const std::string& markName)
{
    auto ranges = namedRanges(document);
    const rtl::OUString name = toOUString(markName);
    if (ranges->hasByName(name))
        ranges->removeByName(name);
}

void ProcessSheets::unmarkAll(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& prefix)
{
    auto ranges = namedRanges(document);
    for (const rtl::OUString& name : ranges->getElementNames())
        if (toUtf8(name).rfind(prefix, 0) == 0)
            ranges->removeByName(name);
}

} // namespace salesprocess::extension
