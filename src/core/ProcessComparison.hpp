#pragma once
#include "core/Change.hpp"
#include "core/Process.hpp"

#include <vector>

namespace salesprocess {

/// Step 5 of the method: what changes from today's process to the desired one.
class ProcessComparison {
public:
    /// The changes in the desired process's language. Teams, phases, segments and channels are
    /// matched by id, then by name; steps by id, then by name (exact, then similar wording) and
    /// finally by their neighbours (same predecessor and successor: a rename), so that two files
    /// that share no ids compare too. Arrows and routes follow the matched steps, channels,
    /// segments and teams. Arrows of an added or removed step are part of that step's change.
    ///
    /// Order: by the team that has to act (Change::receivingTeam) in the desired process's team
    /// order, then teams that disappear, then changes tied to no team; within a team the team's
    /// own change first, then steps and arrows in process order, then routes in channel order.
    static std::vector<Change> compare(const Process& current, const Process& desired);
};

} // namespace salesprocess
