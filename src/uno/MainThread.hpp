#pragma once
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace salesprocess::extension {

/// Runs document work on the office's main thread and waits for it. A call from a remote
/// client arrives on a bridge thread, and document work from there can crash the office.
/// Must not be called from the main thread itself (it would wait for itself).
class MainThread {
public:
    /// Rethrows, on the calling thread, whatever the job threw.
    static void run(const css::uno::Reference<css::uno::XComponentContext>& context,
                    std::function<void()> job);
};

} // namespace salesprocess::extension
