#pragma once
#include <string>

namespace salesprocess {

/// A group of customers whose path through the process may differ (prospect, customer).
struct Segment {
    std::string id;
    std::string name;
};

} // namespace salesprocess
