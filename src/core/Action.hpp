#pragma once
#include <string>

namespace salesprocess {

enum class ActionStatus { Open, Doing, Done, Cancelled };

/// "open", "doing", "done", "cancelled".
const char* toString(ActionStatus status);
bool parseActionStatus(const std::string& text, ActionStatus& status);

/// Something to do to get from the current to the desired process.
struct Action {
    std::string description;
    std::string owner;    ///< a person's name or a team id
    std::string deadline; ///< ISO date YYYY-MM-DD
    ActionStatus status = ActionStatus::Open;
    std::string origin;   ///< the change it comes from
};

} // namespace salesprocess
