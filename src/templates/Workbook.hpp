#pragma once
#include "templates/CellMap.hpp"
#include "templates/LoadResult.hpp"
#include "templates/Sheet.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// The process workbook's tables: from a process to sheets, and back from what a user edited.
/// Cells show names, not ids; every table has an id column so that renames are recognised.
class Workbook {
public:
    /// A reference cell that still shows an old name (a team renamed in the Teams sheet):
    /// the adapter writes newText into it so that the reference follows the rename.
    struct RenamedReference {
        std::string sheetName;
        int row = 0;    ///< 0-based, the header row is row 0
        int column = 0; ///< 0-based
        std::string newText;
    };
    /// Settings on the Process sheet that belong to the workbook, not to the process.
    struct Settings {
        int deadlineWeeks = 4; ///< a proposed action is due this many weeks after today
        std::string today;     ///< ISO date taken as today (overdue actions); empty: the system date
    };
    struct ReadResult {
        LoadResult load; ///< findings of reading already carry their cell
        Settings settings;
        std::vector<RenamedReference> renamed;
        CellMap cells;   ///< locates the checker's findings: cells.locate(findings)
    };

    /// The sheets of a process workbook in the process language, in workbook order
    /// (Process, Phases, Teams, People, Steps, Arrows, Channels, Routing, Actions).
    static std::vector<Sheet> sheets(const Process& process);
    /// The same, with the settings of the Process sheet (sheets(process) writes the defaults).
    static std::vector<Sheet> sheets(const Process& process, const Settings& settings);

    /// Named ranges of the value lists used for drop-downs: name -> (table, field).
    /// The adapter defines them over the data rows of that column.
    struct ListRange {
        std::string name;  ///< e.g. "sp_team_names"
        std::string table; ///< e.g. "teams"
        std::string field; ///< e.g. "name"
    };
    static std::vector<ListRange> listRanges();

    /// Reads the process back. Columns are found by their header in either language; unknown
    /// columns are ignored; findings are located as "Steps!C14". previous (may be null) is the
    /// process as last written into this workbook: it recognises old names of renamed items.
    static ReadResult read(const std::vector<RawSheet>& sheets, const Process* previous);

    /// Sheet name of a table in a language ("steps", "nl" -> "Stappen").
    static std::string sheetName(const std::string& table, const std::string& language);
    /// The table a sheet name stands for in either language, or "" (used only as a fallback
    /// when a sheet carries no mark of ours).
    static std::string tableOfSheetName(const std::string& sheetName);
};

} // namespace salesprocess
