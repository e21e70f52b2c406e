#pragma once
#include "CommandLine.hpp"
#include "SignalWatcher.hpp"

#include <filesystem>
#include <ostream>

namespace salesprocess {

/// `salesprocess check FILE`: a process file (JSON) is checked here without an office; a
/// workbook (.ods) is read and checked by the extension in a headless office.
/// Returns the exit code: 1 when a finding has error severity.
class CheckCommand {
public:
    static int run(const CheckRequest& request, const std::filesystem::path& extension,
                   SignalWatcher* signals, std::ostream& out, std::ostream& err);
    /// True for the files that need the office (workbooks).
    static bool needsOffice(const std::filesystem::path& file);
};

} // namespace salesprocess
