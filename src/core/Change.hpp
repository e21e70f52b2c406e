#pragma once
#include <string>
#include <vector>

namespace salesprocess {

/// What changes between the current and the desired process, in the manager's terms.
enum class ChangeKind {
    StepAdded,
    StepRemoved,
    StepMovedTeam,  ///< a responsibility changing hands
    StepMovedPhase,
    StepRenamed,
    ArrowAdded,
    ArrowRemoved,
    HandoverChanged,
    RouteChangedTeam, ///< a contact now lands with another team
    RouteChangedResponseTime,
    RouteAdded,
    RouteRemoved,
    TeamAdded,
    TeamRemoved,
};

/// "step-added", "step-moved-team", "route-changed-response-time", ...: the first part of a key.
inline const char* toString(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::StepAdded: return "step-added";
    case ChangeKind::StepRemoved: return "step-removed";
    case ChangeKind::StepMovedTeam: return "step-moved-team";
    case ChangeKind::StepMovedPhase: return "step-moved-phase";
    case ChangeKind::StepRenamed: return "step-renamed";
    case ChangeKind::ArrowAdded: return "arrow-added";
    case ChangeKind::ArrowRemoved: return "arrow-removed";
    case ChangeKind::HandoverChanged: return "handover-changed";
    case ChangeKind::RouteChangedTeam: return "route-changed-team";
    case ChangeKind::RouteChangedResponseTime: return "route-changed-response-time";
    case ChangeKind::RouteAdded: return "route-added";
    case ChangeKind::RouteRemoved: return "route-removed";
    case ChangeKind::TeamAdded: return "team-added";
    case ChangeKind::TeamRemoved: return "team-removed";
    }
    return "step-added";
}

/// One change from the current to the desired process.
///
/// Ids are those of the desired process wherever the item exists there; an item that only the
/// current process has (a removed step, team, channel) keeps its current id. What ids, names,
/// before and after hold per kind:
/// - step-*: ids {step}; added: after = phase name; removed: before = phase name;
///   moved-team: before/after = team names; moved-phase: before/after = phase names;
///   renamed: before/after = step names.
/// - arrow-added/-removed, handover-changed: ids {from step, to step}; before/after = the
///   handover criteria (added: after only; removed: before only).
/// - route-*: ids {channel, segment}, condition set; changed-team: before/after = team names;
///   changed-response-time: before/after = response times; added: after = response time;
///   removed: before = response time.
/// - team-added/-removed: ids {team}.
struct Change {
    ChangeKind kind = ChangeKind::StepAdded;
    std::vector<std::string> ids;
    std::vector<std::string> names; ///< what people read for each id, in the same order
    std::string condition;          ///< routes: the route's condition (empty: always)
    std::string before;
    std::string after;

    std::string gainingTeam;     ///< team id that takes the work or the contact on (or empty)
    std::string gainingTeamName;
    std::string losingTeam;      ///< team id that gives it up (or empty)
    std::string losingTeamName;
    std::string team;            ///< team id whose work changes without changing hands (or empty)
    std::string teamName;

    /// Identifies the change across runs, e.g. "step-moved-team:qualify:field->inside".
    /// An action whose origin is this key is the action for this change.
    std::string key;
    /// The change in the process language, naming things by name:
    /// "\"Lead kwalificeren\" gaat van Buitendienst naar Binnendienst."
    std::string sentence;

    /// The team that has to act: the gaining team, else the team concerned, else the losing one.
    const std::string& receivingTeam() const
    {
        return !gainingTeam.empty() ? gainingTeam : !team.empty() ? team : losingTeam;
    }
};

} // namespace salesprocess
