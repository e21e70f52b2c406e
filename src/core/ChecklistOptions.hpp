#pragma once

namespace salesprocess {

/// Paper for the desk checklists, always portrait.
enum class ChecklistPaper { A4, A5 };

/// How the desk checklists are printed.
struct ChecklistOptions {
    ChecklistPaper paper = ChecklistPaper::A4;
    /// For a whole process: after the teams, a document per person (when people are known).
    bool perPerson = true;
};

} // namespace salesprocess
