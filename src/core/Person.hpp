#pragma once
#include <string>

namespace salesprocess {

/// An employee who gets a desk checklist. The name is unique within a process.
struct Person {
    std::string name;
    std::string team; ///< team id
    std::string role;
    bool lead = false; ///< lead of the team: owner of the team's action items
};

} // namespace salesprocess
