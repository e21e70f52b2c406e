#pragma once
#include "office/ChildProcess.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace salesprocess::test {

/// A private X server (Xvfb) for an office with real windows: undo on a hidden document has
/// crashed LibreOffice 7.4, and view state (frozen panes) is only saved from a visible one.
/// Started on a display number nobody uses, stopped (by its own process id) when destroyed.
class VirtualDisplay {
public:
    /// Throws std::runtime_error when Xvfb is missing or does not start. Its output goes to
    /// `logFolder`/xvfb-<number>.log.
    explicit VirtualDisplay(const std::filesystem::path& logFolder);
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    /// ":93", for DISPLAY.
    const std::string& name() const { return m_name; }

private:
    std::optional<ChildProcess> m_server;
    std::string m_name;
};

} // namespace salesprocess::test
