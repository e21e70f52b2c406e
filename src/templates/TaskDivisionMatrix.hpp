#pragma once
#include "templates/Grid.hpp"

#include <string>

namespace salesprocess {

/// The task division (taakverdeling): which team does which steps in which phase, and the
/// workload that gives.
///
/// Layout of the grid (P phases, T teams):
///   row 0          title: "Taakverdeling · <process> · versie <v> · <date>", merged across
///                  the first page; when the print is more pages wide, the title and the legend
///                  start in column 1, beside the team column that repeats on every page
///   row 1          band captions above the two blocks ("Stappen per fase", "Aantal stappen"),
///                  each merged over its block unless it prints over a page break
///   row 2          header: "Team", the phase names in process order, a narrow spacer column,
///                  the phase names again (vertical) over the counts, "Totaal"
///   rows 3..3+T-1  one per team in Teams order, the name in the team colour; a cell lists the
///                  team's steps in that phase, one per line, in step order. "(P)" marks a step
///                  for one segment only; the team that joins in on another team's step lists it
///                  marked "(+ ondersteunend)". Beside it the number of lines, and the team total.
///   row 3+T        totals per phase and in all
///   then           a blank row and the legend (segment markers, joint work, how to read counts)
/// Columns are keyed "team", "phase:<id>", "" (spacer), "count:<id>", "total"; rows "title",
/// "captions", "header", "team:<id>", "total", "legend", "legend:segment:<id>",
/// "legend:supporting", "legend:counts". Steps whose phase or team is unknown are left out
/// (the check reports them).
class TaskDivisionMatrix {
public:
    static constexpr const char* key = "task-division";
    static constexpr const char* countsLow = "#FFFFFF";  ///< colour scale: fewest steps
    static constexpr const char* countsHigh = "#FB9A29"; ///< colour scale: most steps

    static Grid build(const Process& process);

    /// " (P)" when the step is for some segments only ("(P/K)" for two of three); "" when for all.
    static std::string segmentMarker(const Process& process, const Step& step);
    /// The short name of a segment in markers: its initial ("P", "K", "C"), or the whole name
    /// when another segment has the same initial; an unknown id stands for itself.
    static std::string segmentAbbreviation(const Process& process, const std::string& segmentId);
};

} // namespace salesprocess
