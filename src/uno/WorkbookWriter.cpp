#include "WorkbookWriter.hpp"

#include "CalcSheets.hpp"
#include "CalcStyles.hpp"
#include "DocumentProperties.hpp"
#include "ProcessSheets.hpp"
#include "Progress.hpp"
#include "Strings.hpp"
#include "TableWriter.hpp"
#include "UndoAction.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/CellInsertMode.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

#include <algorithm>

namespace salesprocess::extension {

namespace {
/// Keeps the views from repainting while we write; unlocks even when writing fails.
class ControllerLock {
public:
    explicit ControllerLock(const css::uno::Reference<css::frame::XModel>& document) : m_document(document)
    {
        m_document->lockControllers();
    }
    ~ControllerLock()
    {
        try {
            m_document->unlockControllers();
        } catch (const css::uno::Exception&) {
        }
    }
    ControllerLock(const ControllerLock&) = delete;
    ControllerLock& operator=(const ControllerLock&) = delete;

private:
    css::uno::Reference<css::frame::XModel> m_document;
};

} // namespace

WorkbookWriter::WorkbookWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo,
                               Progress& progress)
    : m_document(document), m_undo(undo), m_progress(progress)
{
}

int WorkbookWriter::write(const Process& process, Placement placement)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document(m_document, css::uno::UNO_QUERY_THROW);
    const std::vector<Sheet> tables = Workbook::sheets(process);
    const std::string& language = process.language;

    CalcStyles::ensureHeader(m_document, &m_undo);
    CalcStyles::ensureTablePage(m_document, language, &m_undo);

    std::vector<css::uno::Reference<css::sheet::XSpreadsheet>> sheets;
    std::vector<css::table::CellRangeAddress> covered;
    {
        ControllerLock lock(m_document);
        auto container = document->getSheets();
        const std::vector<ProcessSheets::Marked> ours = ProcessSheets::tables(document);
        sal_Int16 position = 0;
        if (placement == Placement::Replace && !ours.empty()) {
            position = ours.front().index;
            for (const auto& old : ours)
                container->removeByName(old.sheetName);
        } else if (placement == Placement::Beside && !ours.empty()) {
            position = static_cast<sal_Int16>(ours.back().index + 1);
        }
        ProcessSheets::unmarkAll(document, ProcessSheets::tablePrefix);
        for (const Workbook::ListRange& list : Workbook::listRanges())
            ProcessSheets::unmark(document, list.name);

        TableWriter writer(m_document, language, &m_undo);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            const Sheet& table = tables[i];
            m_progress.advance(table.name);
            const rtl::OUString wanted = toOUString(table.name);
            css::uno::Reference<css::sheet::XSpreadsheet> sheet;
            if (i == 0 && placement == Placement::Fill) {
                sheet = CalcSheets::byIndex(document, 0);
                css::uno::Reference<css::container::XNamed> named(sheet, css::uno::UNO_QUERY_THROW);
                if (named->getName() != wanted)
                    named->setName(CalcSheets::freeName(document, wanted));
                // The office's undo of a write into empty cells leaves the values (7.4); its undo
                // of inserted rows takes them away with the rows.
                css::uno::Reference<css::sheet::XCellRangeMovement> rows(sheet, css::uno::UNO_QUERY_THROW);
                css::table::CellRangeAddress block;
                block.Sheet = CalcSheets::index(sheet);
                block.EndColumn = static_cast<sal_Int32>(table.columns.size()) - 1;
                block.EndRow = static_cast<sal_Int32>(table.rows.size());
                rows->insertCells(block, css::sheet::CellInsertMode_ROWS);
            } else {
                const rtl::OUString name = CalcSheets::freeName(document, wanted);
                const sal_Int32 offset = static_cast<sal_Int32>(i);
                const auto at = static_cast<sal_Int16>(placement == Placement::Fill ? offset : position + offset);
                container->insertNewByName(name, at);
                sheet = CalcSheets::byName(document, name);
            }
            covered.push_back(writer.write(sheet, table));
            ProcessSheets::mark(document, ProcessSheets::tablePrefix + table.table, CalcSheets::name(sheet),
                                covered.back());
            sheets.push_back(sheet);
        }

        // Lists for the drop-downs: the data rows of a column, plus spare rows for additions.
        for (const Workbook::ListRange& list : Workbook::listRanges()) {
            for (std::size_t i = 0; i < tables.size(); ++i) {
                if (tables[i].table != list.table)
                    continue;
                const auto& columns = tables[i].columns;
                auto column = std::find_if(columns.begin(), columns.end(),
                                           [&](const Column& c) { return c.field == list.field; });
                if (column == columns.end())
                    continue;
                css::table::CellRangeAddress range = covered[i];
                range.StartColumn = range.EndColumn = static_cast<sal_Int32>(column - columns.begin());
                range.StartRow = 1;
                range.EndRow = static_cast<sal_Int32>(tables[i].rows.size()) + TableWriter::spareRows;
                ProcessSheets::mark(document, list.name, CalcSheets::name(sheets[i]), range);
            }
        }
        for (std::size_t i = 0; i < tables.size(); ++i) {
            writer.addDropDowns(sheets[i], tables[i], language);
            writer.addAutoFilter(sheets[i], tables[i], covered[i]);
        }

    }

    // View state after the lock: freeze each header row, then show the first table.
    TableWriter writer(m_document, language, &m_undo);
    for (const auto& sheet : sheets)
        writer.freezeHeader(sheet);
    css::uno::Reference<css::sheet::XSpreadsheetView> view(m_document->getCurrentController(),
                                                           css::uno::UNO_QUERY);
    if (view.is() && !sheets.empty())
        view->setActiveSheet(sheets.front());

    DocumentProperties::change(m_document, DocumentProperties::model, ProcessFile::toJson(process), m_undo);
    return static_cast<int>(tables.size());
}

} // namespace salesprocess::extension
