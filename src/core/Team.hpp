#pragma once
#include <string>

namespace salesprocess {

/// Where work is done: inside sales (binnendienst), field sales (buitendienst), back office...
/// A lane of the swimlane.
struct Team {
    std::string id;
    std::string name;
    std::string colour; ///< "#rrggbb", empty: taken from the palette
    std::string kind;   ///< inside, field, marketing, support, finance, service, other
};

} // namespace salesprocess
