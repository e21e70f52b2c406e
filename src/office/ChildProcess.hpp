#pragma once
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace salesprocess {

/// A program run in a process group of its own (soffice execs oosplash, whose child is
/// soffice.bin: the group holds them all), with stdin from /dev/null and its output in a file.
/// Destroying it kills whatever is left of the group, unless released.
class ChildProcess {
public:
    /// Starts `argv` (searched in PATH) with `environment` overriding this process's variables.
    static ChildProcess start(const std::vector<std::string>& argv,
                              const std::map<std::string, std::string>& environment,
                              const std::filesystem::path& output);
    /// The group of a process another program started. Only processes whose command line
    /// contains `marker` count as members, so that a reused process id is never signalled.
    static ChildProcess adopt(pid_t leader, std::string marker);

    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    pid_t pid() const { return m_leader; }
    /// True while any process of the group lives (zombies do not count).
    bool running();
    /// The leader's exit status once it ended (only for a process started here).
    std::optional<int> exitCode() const { return m_exitCode; }
    /// Polls until the whole group has ended; false on timeout.
    bool waitForExit(std::chrono::milliseconds timeout);
    /// Sends `signal` to every member (safe from any thread).
    void signal(int signalNumber) const noexcept;
    /// SIGTERM, then SIGKILL after `grace`; waits until the group is gone (bounded).
    void kill(std::chrono::milliseconds grace) noexcept;
    /// Stop caring: the group keeps running after destruction.
    void release() { m_released = true; }

private:
    ChildProcess(pid_t leader, bool ownChild, std::string marker);
    std::vector<pid_t> members() const;
    void reap(bool block);

    pid_t m_leader = -1;
    bool m_ownChild = false;
    bool m_released = false;
    std::string m_marker;
    std::optional<int> m_exitCode;
};

} // namespace salesprocess
