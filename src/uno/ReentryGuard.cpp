#include "ReentryGuard.hpp"

namespace salesprocess::extension {

std::atomic<bool> ReentryGuard::s_busy{false};

ReentryGuard::ReentryGuard() : m_acquired(!s_busy.exchange(true)) {}

ReentryGuard::~ReentryGuard()
{
    if (m_acquired)
        s_busy.store(false);
}

} // namespace salesprocess::extension
