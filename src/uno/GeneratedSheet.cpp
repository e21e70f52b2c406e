#include "GeneratedSheet.hpp"

#include "CalcSheets.hpp"
#include "ContentHash.hpp"
#include "DocumentProperties.hpp"
#include "ProcessSheets.hpp"
#include "Strings.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace salesprocess::extension {

GeneratedSheet::GeneratedSheet(const css::uno::Reference<css::frame::XModel>& document, const Kind& kind,
                               const std::string& wantedName, UndoAction& undo)
    : m_document(document), m_kind(kind), m_undo(undo)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY_THROW);
    auto container = calc->getSheets();
    rtl::OUString name = toOUString(wantedName);
    sal_Int16 position = static_cast<sal_Int16>(CalcSheets::count(calc));
    if (auto previous = ProcessSheets::marked(calc, kind.mark)) {
        const std::optional<std::string> hash = DocumentProperties::read(document, kind.hashProperty);
        if (hash && *hash == ContentHash::of(previous->sheet)) {
            // Ours and untouched: the new one takes its place and its name.
            position = previous->index;
            name = previous->sheetName;
            container->removeByName(previous->sheetName);
        } else {
            // Edited since: it is the user's now; the new one goes beside it.
            position = static_cast<sal_Int16>(previous->index + 1);
            ProcessSheets::unmark(calc, kind.mark);
            m_besideEdited = true;
        }
    }
    m_name = CalcSheets::freeName(calc, name);
    container->insertNewByName(m_name, position);
    m_sheet = CalcSheets::byName(calc, m_name);
}

std::string GeneratedSheet::name() const { return toUtf8(m_name); }

void GeneratedSheet::finish(const css::table::CellRangeAddress& content)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(m_document, css::uno::UNO_QUERY_THROW);
    css::table::CellRangeAddress range = content;
    range.Sheet = CalcSheets::index(m_sheet);
    ProcessSheets::mark(calc, m_kind.mark, m_name, range);
    DocumentProperties::change(m_document, m_kind.hashProperty, ContentHash::of(m_sheet), m_undo);
}

std::string GeneratedSheet::currentName(const css::uno::Reference<css::frame::XModel>& document, const Kind& kind)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY_THROW);
    const auto found = ProcessSheets::marked(calc, kind.mark);
    return found ? toUtf8(found->sheetName) : std::string();
}

} // namespace salesprocess::extension
