#pragma once
#include <atomic>
#include <csignal>
#include <functional>
#include <mutex>
#include <thread>

namespace salesprocess {

/// Catches Ctrl-C, SIGTERM, SIGHUP and SIGQUIT on a thread of its own, so that the office is stopped and
/// its folder removed however the command line is interrupted. Construct it first in main():
/// the signals are blocked in every thread started afterwards (the UNO bridge's included).
class SignalWatcher {
public:
    SignalWatcher();
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

    /// What to do at once on a signal (kill the office); empty to clear. A second signal ends
    /// the program at once.
    void setEmergencyStop(std::function<void()> stop);
    /// Set once a signal came; polled by whatever waits.
    const std::atomic<bool>& interrupted() const { return m_interrupted; }
    /// The exit code for the signal that came (128 + its number).
    int exitCode() const { return 128 + m_signal.load(); }

private:
    void watch();

    sigset_t m_signals{};
    sigset_t m_previousMask{};
    void (*m_previousPipeAction)(int) = SIG_DFL;
    std::atomic<bool> m_interrupted{false};
    std::atomic<int> m_signal{0};
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::function<void()> m_emergencyStop;
    std::thread m_thread;
};

} // namespace salesprocess
