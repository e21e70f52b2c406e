#include "ChangesWriter.hpp"

#include "CalcStyles.hpp"
#include "GeneratedSheet.hpp"
#include "GridStyles.hpp"
#include "Strings.hpp"
#include "TableWriter.hpp"
#include "UndoAction.hpp"
#include "templates/ChangeReport.hpp"
#include "templates/Grid.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>

namespace salesprocess::extension {

ChangesWriter::ChangesWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo)
    : m_document(document), m_undo(undo)
{
}

std::string ChangesWriter::write(const std::vector<Change>& changes, const Process& desired)
{
    const Sheet report = ChangeReport::sheet(changes, desired);
    CalcStyles::ensureHeader(m_document, &m_undo);
    CalcStyles::ensureTablePage(m_document, desired.language, &m_undo);

    // Heading rows: the team's own colour where the team still exists, else a neutral band.
    std::vector<CellLook> looks{Grid::look(Grid::bandStyle)};
    for (const Team& team : desired.teams)
        looks.push_back(Grid::teamLook(desired, team.id));
    GridStyles::ensureCellStyles(m_document, looks, &m_undo);
    GridStyles::followLooks(m_document, looks, m_undo);

    GeneratedSheet generated(m_document, GeneratedSheet::changes, report.name, m_undo);
    const auto sheet = generated.sheet();
    TableWriter writer(m_document, desired.language, &m_undo);
    const css::table::CellRangeAddress covered = writer.write(sheet, report);
    const sal_Int32 lastColumn = covered.EndColumn;
    for (std::size_t r = 0; r < report.rows.size(); ++r) {
        const auto& row = report.rows[r];
        if (!ChangeReport::isTeamHeader(row))
            continue;
        std::string style = Grid::bandStyle;
        for (const Team& team : desired.teams)
            if (team.name == row.front())
                style = Grid::teamStyleName(team.id);
        const sal_Int32 sheetRow = static_cast<sal_Int32>(r) + 1;
        css::uno::Reference<css::beans::XPropertySet> heading(
            sheet->getCellRangeByPosition(0, sheetRow, lastColumn, sheetRow), css::uno::UNO_QUERY_THROW);
        heading->setPropertyValue("CellStyle", css::uno::Any(toOUString(style)));
    }
    writer.addAutoFilter(sheet, report, covered);
    writer.freezeHeader(sheet);
    generated.finish(covered);
    return generated.name();
}

} // namespace salesprocess::extension
