#pragma once
#include "core/Finding.hpp"

#include <map>
#include <string>
#include <vector>

namespace salesprocess {

/// Where each row and field of the model was read from in a workbook, so that a finding about
/// `steps[11].team` can say `Steps!C14`.
class CellMap {
public:
    void addTable(const std::string& table, const std::string& sheetName);
    void addColumn(const std::string& table, const std::string& field, int column);
    /// The model row index (in order of addition) was read from this 0-based sheet row.
    void addRow(const std::string& table, int sheetRow);

    /// "Steps!C14"; the sheet alone when the table has no such row; "" for unknown tables.
    std::string cellOf(const Location& where) const;
    /// Fills Location::cell of every finding that can be located.
    void locate(std::vector<Finding>& findings) const;

    /// "A", "B", ... "Z", "AA" for a 0-based column.
    static std::string columnName(int column);

private:
    struct TablePlace {
        std::string sheetName;
        std::map<std::string, int> columns;
        std::vector<int> rows;
    };
    std::map<std::string, TablePlace> m_tables;
};

} // namespace salesprocess
