#pragma once
#include "core/Action.hpp"
#include "core/Change.hpp"
#include "core/Process.hpp"
#include "templates/Sheet.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// The sheets of "Compare with current situation": the Changes sheet grouped by team, and the
/// Actions table with the proposed actions added.
class ChangeReport {
public:
    /// Table "changes" ("Wijzigingen" / "Changes"), columns Team, Gains/Loses (Krijgt erbij /
    /// Raakt kwijt / Wijzigt), Change, Kind, Key. Per team (the desired process's order, then
    /// teams that disappear) a header row with only the team name, then what the team gains,
    /// what it loses and what changes in its own work; changes tied to no team come last under
    /// "Geen team" / "No team". A change that moves work between teams shows under both.
    static Sheet sheet(const std::vector<Change>& changes, const Process& desired);

    /// A team's header row of the Changes sheet (only the Team cell filled): the adapter
    /// styles it as a heading.
    static bool isTeamHeader(const std::vector<std::string>& row);

    /// The workbook's Actions table as Workbook::sheets writes it: the desired process's actions
    /// as the user left them (order, text and status), then the proposed ones.
    static Sheet actionsSheet(const Process& desired, const std::vector<Action>& proposed);

    /// The kind as the manager reads it: "Ander team" / "Other team".
    static std::string kindName(ChangeKind kind, const std::string& language);
};

} // namespace salesprocess
