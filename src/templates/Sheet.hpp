#pragma once
#include <optional>
#include <string>
#include <vector>

namespace salesprocess {

/// A column of one of our workbook tables, with what the Calc adapter needs to format it.
struct Column {
    std::string field;  ///< stable key: "id", "name", "team", "deadline" ...
    std::string header; ///< in the workbook language
    int width = 4000;   ///< 1/100 mm
    bool isId = false;  ///< the narrow id column
    bool isDate = false;
    bool wrap = false;  ///< long text: wrap in the cell
    /// Drop-down: the named range whose cells are the choices (e.g. "sp_team_names"), or
    /// fixed choices in listValues.
    std::string listRange;
    std::vector<std::string> listValues;
};

/// One table of the process workbook as text: what the adapter writes into a sheet.
struct Sheet {
    std::string table; ///< stable key: "process", "phases", "teams", "people", "steps", ...
    std::string name;  ///< sheet name in the workbook language: "Stappen" / "Steps"
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows; ///< [row][column] below the header row
};

/// A cell as read back from Calc: text, or a number (dates arrive as serial numbers).
struct Cell {
    std::string text;
    std::optional<double> number;
};

/// One of our sheets as found in a workbook: header row first, then the data rows.
struct RawSheet {
    std::string table;     ///< which table (the adapter knows it from our mark)
    std::string sheetName; ///< the name it has now, for locations
    std::vector<std::vector<Cell>> cells;
};

} // namespace salesprocess
