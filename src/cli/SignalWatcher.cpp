#include "SignalWatcher.hpp"

#include <pthread.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace salesprocess {

namespace {
// Wakes the watcher when the program ends normally.
constexpr int wakeUp = SIGUSR1;
} // namespace

SignalWatcher::SignalWatcher()
{
    sigemptyset(&m_signals);
    sigaddset(&m_signals, SIGINT);
    sigaddset(&m_signals, SIGTERM);
    sigaddset(&m_signals, SIGHUP);
    sigaddset(&m_signals, SIGQUIT);
    sigaddset(&m_signals, wakeUp);
    // A closed output pipe (`salesprocess check x.ods | head -1`) must fail a write, not end
    // the program with the office still running.
    m_previousPipeAction = std::signal(SIGPIPE, SIG_IGN);
    pthread_sigmask(SIG_BLOCK, &m_signals, &m_previousMask);
    m_thread = std::thread([this] { watch(); });
}

SignalWatcher::~SignalWatcher()
{
    m_stopping = true;
    pthread_kill(m_thread.native_handle(), wakeUp);
    m_thread.join();
    setEmergencyStop(nullptr);
    // A signal that comes after the watcher ended stays pending and acts once the mask is
    // restored: by then the office is gone, so its default action is what the sender wants.
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
    std::signal(SIGPIPE, m_previousPipeAction);
}

void SignalWatcher::setEmergencyStop(std::function<void()> stop)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_emergencyStop = std::move(stop);
}

void SignalWatcher::watch()
{
    for (;;) {
        int received = 0;
        if (sigwait(&m_signals, &received) != 0)
            continue;
        if (received == wakeUp) {
            if (m_stopping)
                return;
            continue;
        }
        if (m_interrupted.exchange(true)) {
            // Asked twice: stop waiting for the cleanup.
            std::_Exit(128 + received);
        }
        m_signal = received;
        static const char message[] = "salesprocess: interrupted, stopping the office\n";
        [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_emergencyStop)
            m_emergencyStop();
    }
}

} // namespace salesprocess
