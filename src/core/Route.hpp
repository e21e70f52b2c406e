#pragma once
#include <string>

namespace salesprocess {

/// Who owns an inbound contact on a channel from a segment (under an optional condition).
struct Route {
    std::string channel;   ///< channel id
    std::string segment;   ///< segment id
    std::string condition; ///< empty: always; else e.g. "outside office hours"
    std::string team;      ///< the one owner team
    std::string fallback;  ///< team that takes over when the owner cannot
    std::string responseTime; ///< e.g. "4 h", "1 working day"
};

} // namespace salesprocess
