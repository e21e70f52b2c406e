#include "CellMap.hpp"

namespace salesprocess {

void CellMap::addTable(const std::string& table, const std::string& sheetName)
{
    m_tables[table].sheetName = sheetName;
}

void CellMap::addColumn(const std::string& table, const std::string& field, int column)
{
    m_tables[table].columns.emplace(field, column);
}

void CellMap::addRow(const std::string& table, int sheetRow) { m_tables[table].rows.push_back(sheetRow); }

std::string CellMap::columnName(int column)
{
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::string CellMap::cellOf(const Location& where) const
{
    const auto table = m_tables.find(where.table);
    if (table == m_tables.end())
        return {};
    const TablePlace& place = table->second;
    const auto column = place.columns.find(where.field);
    if (where.index < 0 || static_cast<std::size_t>(where.index) >= place.rows.size()) {
        // The table as a whole: point at the header of the column, or at the sheet.
        return column == place.columns.end() ? place.sheetName
                                             : place.sheetName + "!" + columnName(column->second) + "1";
    }
    const int row = place.rows[static_cast<std::size_t>(where.index)] + 1;
    const int col = column == place.columns.end() ? 0 : column->second;
    return place.sheetName + "!" + columnName(col) + std::to_string(row);
}

void CellMap::locate(std::vector<Finding>& findings) const
{
    for (Finding& f : findings)
        if (f.where.cell.empty())
            f.where.cell = cellOf(f.where);
}

} // namespace salesprocess
