#pragma once
#include "CommandLine.hpp"
#include "SignalWatcher.hpp"

#include <filesystem>
#include <ostream>

namespace salesprocess {

/// `salesprocess render`: the extension's generator renders the outputs in a headless office;
/// they are then copied into the user's folder. Returns the exit code.
class RenderCommand {
public:
    static int run(const RenderRequest& request, const std::filesystem::path& extension,
                   SignalWatcher& signals, std::ostream& out, std::ostream& err);
};

} // namespace salesprocess
