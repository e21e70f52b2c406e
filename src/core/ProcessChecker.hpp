#pragma once
#include "core/Finding.hpp"
#include "core/Process.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// What a check needs besides the process.
struct CheckOptions {
    std::string today; ///< ISO date taken as today (never the clock); empty: skip overdue checks
};

/// The manager's review (docs/checks.md): duplicate and superfluous steps, broken references,
/// flow problems and routing gaps, as findings in the process language.
class ProcessChecker {
public:
    static std::vector<Finding> check(const Process& process, const CheckOptions& options);
};

} // namespace salesprocess
