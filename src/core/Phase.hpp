#pragma once
#include <string>

namespace salesprocess {

/// A stage of the process (first contact ... aftercare); a column of the swimlane.
/// Phases are kept in process order: their position in Process::phases is the order.
struct Phase {
    std::string id;
    std::string name;
};

} // namespace salesprocess
