#pragma once
#include "templates/LoadResult.hpp"

#include <string>
#include <string_view>

namespace salesprocess {

/// The process as a JSON file (docs/process-format.md), read and written with Boost.Property_tree.
class ProcessFile {
public:
    static constexpr std::size_t maxBytes = 64u * 1024u * 1024u; ///< larger files are refused
    static constexpr int maxDepth = 32; ///< deeper nesting is refused before parsing

    /// Parses JSON text; fileName is only used in messages. Throws LoadError.
    static LoadResult parse(std::string_view text, const std::string& fileName);
    /// Reads and parses a file. Throws LoadError (also when it cannot be opened).
    static LoadResult load(const std::string& path);

    static std::string toJson(const Process& process);
    /// Writes atomically (temporary file, then rename). Throws std::runtime_error.
    static void save(const Process& process, const std::string& path);
};

} // namespace salesprocess
