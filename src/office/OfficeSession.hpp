#pragma once
#include "office/ChildProcess.hpp"
#include "office/OfficeUser.hpp"
#include "office/SessionDetails.hpp"
#include "office/WorkFolder.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace salesprocess {

/// One headless LibreOffice for a client: a throw-away profile with the extension installed,
/// soffice running (as an unprivileged account when started by root), and a connection to it.
/// Destroying the session terminates that office and removes its folder: no office is ever left
/// behind, also when a step fails halfway.
class OfficeSession {
public:
    struct Options {
        std::filesystem::path extension;   ///< the .oxt to install; empty: a plain office
        std::string extensionIdentifier;   ///< when set, `unopkg list` must show it
        std::filesystem::path programFolder; ///< LibreOffice's program/; empty: the one built against
        /// An X display (":93"): soffice then runs with real windows there (VCL plug-in "gen")
        /// instead of --headless. Empty: headless. Documents on a display may be loaded visible.
        std::string display;
        std::chrono::seconds startTimeout{90};
        std::chrono::seconds stopTimeout{30};
        /// Set from another thread (a signal watcher) to give up starting: the constructor then
        /// throws OfficeError at its next poll and leaves nothing behind.
        const std::atomic<bool>* cancelled = nullptr;
    };
    enum class Ownership {
        Borrowed, ///< someone else stops the office (tests using the fixture's office)
        Owned     ///< destroying this session stops it (the fixture's stop step)
    };

    /// Installs the extension into a new profile, starts soffice and connects. Throws OfficeError.
    explicit OfficeSession(const Options& options);
    /// Connects to an office another program started and detached. Throws OfficeError.
    OfficeSession(const SessionDetails& details, Ownership ownership,
                  std::chrono::seconds connectTimeout = std::chrono::seconds(30));
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    /// The office's component context (remote).
    const css::uno::Reference<css::uno::XComponentContext>& context() const { return m_remote; }
    css::uno::Reference<css::lang::XMultiComponentFactory> serviceManager() const;
    css::uno::Reference<css::frame::XDesktop2> desktop() const;

    SessionDetails details() const;
    const OfficeUser& user() const { return m_user; }
    /// A new folder inside the work folder that the office's account may read and write
    /// (the command line hands files to the office through it).
    std::filesystem::path makeExchangeFolder(const std::string& name) const;
    /// What soffice printed (for error messages).
    std::string officeLog() const;

    /// Leaves the office running and its folder in place (the test fixture's start step).
    void detach();
    /// Terminates the office (Desktop::terminate, then the process group is killed if it does
    /// not end in time) and removes the work folder. Idempotent; done by the destructor.
    void stop() noexcept;
    /// Kills the office at once; callable from another thread (a signal watcher). The call in
    /// progress then fails and the session unwinds as usual.
    void abort() noexcept;

private:
    void installExtension(const Options& options);
    void writeClientIni(const std::filesystem::path& programFolder);
    void startOffice(const std::filesystem::path& programFolder);
    void connect(std::chrono::seconds timeout);
    std::string runAsOfficeUser(const std::vector<std::string>& command, const std::string& what);
    void throwIfCancelled() const;
    std::map<std::string, std::string> officeEnvironment() const;

    OfficeUser m_user;
    std::optional<WorkFolder> m_folder;
    std::optional<ChildProcess> m_office;
    std::atomic<pid_t> m_abortGroup{-1};
    int m_port = 0;
    std::string m_display;
    bool m_owner = true;
    std::chrono::seconds m_stopTimeout{30};
    const std::atomic<bool>* m_cancelled = nullptr;
    css::uno::Reference<css::uno::XComponentContext> m_local;
    css::uno::Reference<css::uno::XComponentContext> m_remote;
};

} // namespace salesprocess
