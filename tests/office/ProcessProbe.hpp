#pragma once
#include <filesystem>
#include <string>

namespace salesprocess::test {

/// How many processes mention `text` in their command line (pgrep -f): an office started with
/// a profile in some folder names that folder.
int processesMentioning(const std::string& text);

/// Runs a shell command; its exit code and everything it printed (stdout and stderr).
struct CommandResult {
    int exitCode = -1;
    std::string output;
};
CommandResult runCommand(const std::string& command);

/// A fresh empty folder under the build tree's test area, removed on destruction.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace salesprocess::test
