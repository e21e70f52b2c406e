#pragma once
#include "core/Finding.hpp"
#include "templates/Sheet.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// The Check report sheet: one row per finding (severity, code, where, message), and a summary.
class CheckReport {
public:
    static Sheet sheet(const std::vector<Finding>& findings, const std::string& language);
    /// "3 errors, 2 warnings, 1 note" / "3 fouten, 2 waarschuwingen, 1 opmerking"; or "no findings".
    static std::string summary(const std::vector<Finding>& findings, const std::string& language);
};

} // namespace salesprocess
