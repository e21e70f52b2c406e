#pragma once
#include "core/Action.hpp"
#include "core/Change.hpp"
#include "core/Process.hpp"

#include <set>
#include <string>
#include <vector>

namespace salesprocess {

/// When proposed actions are due.
struct PlanSettings {
    std::string today; ///< ISO date taken as today (never the clock)
    int weeks = 4;     ///< deadline = today + weeks
};

/// What a planning run gives.
struct ActionPlan {
    std::vector<Action> actions;         ///< the new actions only, in the order of the changes
    std::set<std::string> proposedKeys;  ///< every change key ever proposed, this run's included
};

/// Step 6 of the method: an action item for every change that has none yet.
class ActionPlanner {
public:
    /// One open action per change that has no action yet: a change has one when an existing
    /// action's origin is its key (whatever the action's status, text or position now), and it
    /// had one when its key is in proposedBefore (an action the user deleted never comes back).
    /// Throws std::invalid_argument (in the process language) when settings.today is no date or
    /// settings.weeks is negative.
    static ActionPlan plan(const std::vector<Change>& changes, const Process& desired,
                           const std::vector<Action>& existing, const std::set<std::string>& proposedBefore,
                           const PlanSettings& settings);

    /// What to do, usable as it is: "Overdracht van "Lead kwalificeren" naar Binnendienst regelen:
    /// werkinstructie bijwerken en team instrueren".
    static std::string description(const Change& change, const std::string& language);

    /// The lead of the team that has to act (Change::receivingTeam), else that team's id. When
    /// no team involved exists in the desired process (a team that disappears), the process
    /// owner if that is a person, else nobody: the checker then asks for an owner.
    static std::string owner(const Change& change, const Process& desired);
};

} // namespace salesprocess
