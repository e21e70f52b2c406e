#include "Action.hpp"

namespace salesprocess {

const char* toString(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return "open";
    case ActionStatus::Doing: return "doing";
    case ActionStatus::Done: return "done";
    case ActionStatus::Cancelled: return "cancelled";
    }
    return "open";
}

bool parseActionStatus(const std::string& text, ActionStatus& status)
{
    static const std::pair<const char*, ActionStatus> names[] = {
        {"open", ActionStatus::Open}, {"doing", ActionStatus::Doing},
        {"done", ActionStatus::Done}, {"cancelled", ActionStatus::Cancelled},
    };
    for (const auto& [name, value] : names) {
        if (text == name) {
            status = value;
            return true;
        }
    }
    return false;
}

} // namespace salesprocess
