#include "AutoFilters.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace salesprocess::extension {

namespace {

css::uno::Reference<css::sheet::XDatabaseRanges> rangesOf(const css::uno::Reference<css::frame::XModel>& document)
{
    css::uno::Reference<css::beans::XPropertySet> properties(document, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XDatabaseRanges> ranges;
    if (properties.is() && properties->getPropertySetInfo()->hasPropertyByName("DatabaseRanges"))
        properties->getPropertyValue("DatabaseRanges") >>= ranges; // a spreadsheet; a drawing has none
    return ranges;
}

} // namespace

std::vector<AutoFilters::Range> AutoFilters::of(const css::uno::Reference<css::frame::XModel>& document)
{
    std::vector<Range> result;
    const auto ranges = rangesOf(document);
    if (!ranges.is())
        return result;
    for (const rtl::OUString& name : ranges->getElementNames()) {
        css::uno::Reference<css::sheet::XDatabaseRange> range(ranges->getByName(name), css::uno::UNO_QUERY);
        css::uno::Reference<css::beans::XPropertySet> properties(range, css::uno::UNO_QUERY);
        if (!range.is() || !properties.is())
            continue;
        Range entry;
        entry.name = name;
        entry.area = range->getDataArea();
        properties->getPropertyValue("AutoFilter") >>= entry.autoFilter;
        result.push_back(entry);
    }
    return result;
}

void AutoFilters::restore(const css::uno::Reference<css::frame::XModel>& document, const std::vector<Range>& wanted)
{
    const auto ranges = rangesOf(document);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    if (!ranges.is() || !calc.is())
        return;
    const sal_Int32 sheets = calc->getSheets()->getElementNames().getLength();
    for (const Range& range : wanted) {
        if (ranges->hasByName(range.name) || range.area.Sheet >= sheets)
            continue;
        ranges->addNewByName(range.name, range.area);
        if (range.autoFilter) {
            css::uno::Reference<css::beans::XPropertySet> added(ranges->getByName(range.name), css::uno::UNO_QUERY_THROW);
            added->setPropertyValue("AutoFilter", css::uno::Any(true));
        }
    }
}

void AutoFilters::recordAll(const css::uno::Reference<css::frame::XModel>& document)
{
    const auto ranges = rangesOf(document);
    if (!ranges.is() || !ranges->hasElements())
        return;
    // Setting a range's area to what it is makes the office record all ranges in its undo.
    css::uno::Reference<css::sheet::XDatabaseRange> first(ranges->getByName(ranges->getElementNames()[0]),
                                                          css::uno::UNO_QUERY_THROW);
    first->setDataArea(first->getDataArea());
}

} // namespace salesprocess::extension
