#pragma once
#include <atomic>

namespace salesprocess::extension {

/// One command at a time: progress output lets the office process events (another menu click,
/// another Generator call) while a command runs. The second one is refused, not interleaved.
class ReentryGuard {
public:
    ReentryGuard();
    ~ReentryGuard();
    ReentryGuard(const ReentryGuard&) = delete;
    ReentryGuard& operator=(const ReentryGuard&) = delete;

    /// False when another command was running: the caller must not start.
    bool acquired() const { return m_acquired; }

private:
    static std::atomic<bool> s_busy;
    bool m_acquired;
};

} // namespace salesprocess::extension
