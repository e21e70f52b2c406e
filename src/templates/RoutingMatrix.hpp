#pragma once
#include "templates/Grid.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace salesprocess {

/// One line of a team's routing cheat sheet: contacts that land with the team, as their owner or
/// as the fallback when the owner cannot take them.
struct CheatSheetRow {
    std::string channel;      ///< channel id
    std::string channelName;  ///< the channel's name (its id when unknown)
    std::string condition;    ///< as entered on the route; empty: always
    std::string segment;      ///< segment id
    std::string segmentName;  ///< the segment's name (its id when unknown)
    bool asOwner = true;      ///< true: the team owns these contacts; false: it is the fallback
    std::string otherTeam;    ///< as owner: the fallback team id; as fallback: the owner team id; may be empty
    std::string otherTeamName;
    std::string responseTime; ///< the route's response-time target, e.g. "binnen 4 uur"
    std::size_t route = 0;    ///< index in Process::routes
};

/// Where each inbound contact lands: inbound channels (a row per condition where routes have one)
/// x segments, each cell naming the owner team in its colour, the fallback and the response time.
///
/// Layout of build():
///   row 0   title: "Routeringsmatrix · <process> · versie <v> · <date>", merged across the
///           first page (from column 1, beside the repeated channel column, when more pages wide)
///   row 1   header: "Kanaal", the segment names
///   rows 2… per channel in Channels order (inbound ones, and others that have routes, then
///           unknown channel ids from routes): first the row without condition, then one per
///           condition in the order the routes give them, labelled "Telefoon (buiten kantooruren)".
///           A cell shows "<owner>\nvervanger: <fallback>\nreactie: <time>" in the owner's
///           "SalesProcess Route <id>" style; no owner: "— geen eigenaar —" (missingStyle); two
///           or more: "2 eigenaren: X, Y" (doubleStyle); a condition that does not apply to a
///           segment: "= standaardroute" (standardStyle). Cells that are findings of the check
///           are in Grid::highlights.
///   then    a blank row and the legend: every team in its colour with how many routes it owns
///           and backs up, and the problem styles that occur.
/// Columns are keyed "channel", "segment:<id>"; rows "title", "header", "channel:<id>",
/// "channel:<id>|<condition key>" (the condition normalised as the check compares it),
/// "legend", "legend:team:<id>", "legend:missing", "legend:double", "legend:standard".
class RoutingMatrix {
public:
    static constexpr const char* key = "routing-matrix";
    static constexpr const char* cheatSheetsKey = "routing-per-team";
    static constexpr const char* missingStyle = "SalesProcess Route Missing";
    static constexpr const char* doubleStyle = "SalesProcess Route Double";
    static constexpr const char* standardStyle = "SalesProcess Route Standard";

    static Grid build(const Process& process);

    /// The team's cheat sheet: first what it owns, then what it backs up; each in the matrix order
    /// (channel, condition, segment). Empty for a team without routes or an unknown id.
    static std::vector<CheatSheetRow> forTeam(const Process& process, const std::string& teamId);

    /// Every team's cheat sheet on one sheet, in Teams order, A4 portrait:
    ///   row 0 the title; per team a band in the team colour ("team:<id>"), a header row
    ///   ("header:<id>": Kanaal, Voorwaarde, Segment, Rol, Ander team, Reactietijd), one row per
    ///   CheatSheetRow ("team:<id>:owner:<route>" / "team:<id>:fallback:<route>") or one line
    ///   saying there are none ("team:<id>:none"), and a blank row.
    static Grid cheatSheets(const Process& process);

    /// "SalesProcess Route <id>": the owner team's colour on a routing cell (not bold).
    static std::string routeStyleName(const std::string& teamId);
};

} // namespace salesprocess
