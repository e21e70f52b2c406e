#pragma once
#include <string>
#include <vector>

namespace salesprocess {

enum class Severity { Error, Warning, Info };
const char* toString(Severity severity);

/// Where a finding is: a table of the model, a row of it and a field.
/// A JSON file shows it as `steps[11].team`; the workbook adapter as `Steps!C14`.
struct Location {
    std::string table;  ///< "steps", "arrows", "routes", "process", ...
    int index = -1;     ///< row in the table, -1 for the table as a whole
    std::string field;  ///< "team", "name", ... or empty for the whole row
    std::string cell;   ///< set when read from a workbook: "Steps!C14"

    /// The cell when known, else the path `steps[11].team`.
    std::string toPath() const;
};

/// One thing the manager should look at, in the process language.
struct Finding {
    std::string code;     ///< stable, e.g. "duplicate-step", "unknown-team"
    Severity severity = Severity::Warning;
    std::vector<std::string> ids; ///< ids (or names, for people) of what is involved
    Location where;
    std::string message;  ///< one sentence a manager understands

    /// "steps[11].team: step "Offerte opstellen" refers to unknown team "buitendinst""
    std::string toString() const;
};

} // namespace salesprocess
