#include "office/OfficeSession.hpp"

#include "office/OfficeError.hpp"
#include "office/UnoStrings.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/thePathSettings.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#ifndef SALESPROCESS_OFFICE_PROGRAM_DIR
#define SALESPROCESS_OFFICE_PROGRAM_DIR "/usr/lib/libreoffice/program"
#endif

namespace salesprocess {

namespace {

constexpr auto pollInterval = std::chrono::milliseconds(100);
constexpr auto unopkgTimeout = std::chrono::seconds(120);
constexpr auto killGrace = std::chrono::seconds(3);
constexpr const char* clientIniName = "client.ini";
constexpr const char* officeLogName = "office.log";

std::string fileUrl(const std::filesystem::path& path)
{
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOUString(path.string()), url)
        != osl::FileBase::E_None)
        throw OfficeError("cannot express " + path.string() + " as a file URL");
    return toStdString(url);
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// A port nobody listens on now. soffice binds it a moment later; connect() then checks that the
/// office answering is ours, so a port taken in between fails loudly instead of silently.
int freeLoopbackPort()
{
    const int probe = socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0)
        throw OfficeError(std::string("cannot open a socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool ok = bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
                    && getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    close(probe);
    if (!ok)
        throw OfficeError(std::string("cannot find a free port: ") + std::strerror(errno));
    return ntohs(address.sin_port);
}

std::filesystem::path programFolderOf(const OfficeSession::Options& options)
{
    return options.programFolder.empty() ? std::filesystem::path(SALESPROCESS_OFFICE_PROGRAM_DIR)
                                         : options.programFolder;
}

} // namespace

OfficeSession::OfficeSession(const Options& options)
    : m_user(OfficeUser::forThisProcess()),
      m_display(options.display),
      m_stopTimeout(options.stopTimeout),
      m_cancelled(options.cancelled)
{
    const std::filesystem::path programFolder = programFolderOf(options);
    if (!std::filesystem::exists(programFolder / "soffice"))
        throw OfficeError("LibreOffice is missing: no " + (programFolder / "soffice").string());
    m_folder.emplace(m_user);
    if (!options.extension.empty())
        installExtension(options);
    writeClientIni(programFolder);
    startOffice(programFolder);
    connect(options.startTimeout);
}

OfficeSession::OfficeSession(const SessionDetails& details, Ownership ownership,
                             std::chrono::seconds connectTimeout)
    : m_user(OfficeUser::withIds(details.uid, details.gid)),
      m_port(details.port),
      m_owner(ownership == Ownership::Owned)
{
    m_folder.emplace(WorkFolder::adopt(details.workFolder));
    m_office.emplace(ChildProcess::adopt(details.pid, details.workFolder.string()));
    if (!m_owner) {
        m_folder->keep();
        m_office->release();
    }
    if (!m_office->running())
        throw OfficeError("the office of " + details.workFolder.string() + " (pid "
                          + std::to_string(details.pid) + ") is not running");
    connect(connectTimeout);
}

OfficeSession::~OfficeSession()
{
    stop();
}

std::map<std::string, std::string> OfficeSession::officeEnvironment() const
{
    std::map<std::string, std::string> environment{{"HOME", m_folder->home().string()},
                                                   {"TMPDIR", m_folder->tmp().string()}};
    if (!m_display.empty()) {
        environment["DISPLAY"] = m_display;
        environment["SAL_USE_VCLPLUGIN"] = "gen"; // plain X11: no desktop session needed
    }
    if (m_user.isSwitched()) {
        environment["USER"] = m_user.name();
        environment["LOGNAME"] = m_user.name();
    }
    return environment;
}

std::string OfficeSession::runAsOfficeUser(const std::vector<std::string>& command,
                                           const std::string& what)
{
    const std::filesystem::path output = m_folder->root() / "unopkg.log";
    ChildProcess process =
        ChildProcess::start(m_user.commandLine(command), officeEnvironment(), output);
    const auto deadline = std::chrono::steady_clock::now() + unopkgTimeout;
    while (!process.waitForExit(pollInterval)) {
        throwIfCancelled();
        if (std::chrono::steady_clock::now() >= deadline)
            throw OfficeError(what + " did not finish within "
                              + std::to_string(unopkgTimeout.count()) + " s");
    }
    const std::string printed = readFile(output);
    if (process.exitCode().value_or(-1) != 0)
        throw OfficeError(what + " failed (exit code "
                          + std::to_string(process.exitCode().value_or(-1)) + "):\n" + printed);
    return printed;
}

void OfficeSession::installExtension(const Options& options)
{
    if (!std::filesystem::is_regular_file(options.extension))
        throw OfficeError("the extension " + options.extension.string()
                          + " does not exist (build the oxt target, or pass --oxt)");
    // The office's account may not be able to read the build tree: give it a copy of its own.
    const std::filesystem::path copy = m_folder->root() / options.extension.filename();
    std::filesystem::copy_file(options.extension, copy);
    m_user.takeOwnership(copy);

    const std::filesystem::path unopkg = programFolderOf(options) / "unopkg";
    const std::string profile = "-env:UserInstallation=" + m_folder->profileUrl();
    runAsOfficeUser({unopkg.string(), "add", "--suppress-license", profile, copy.string()},
                    "unopkg add " + options.extension.filename().string());
    // unopkg add exits 0 also when it registered nothing (a wrong platform): ask what is there.
    const std::string listed =
        runAsOfficeUser({unopkg.string(), "list", profile}, "unopkg list");
    const bool found = options.extensionIdentifier.empty()
                           ? listed.find("Identifier:") != std::string::npos
                           : listed.find("Identifier: " + options.extensionIdentifier + "\n")
                                 != std::string::npos;
    if (!found || listed.find("is registered: no") != std::string::npos)
        throw OfficeError("unopkg did not register " + options.extension.filename().string()
                          + ":\n" + listed);
}

void OfficeSession::writeClientIni(const std::filesystem::path& programFolder)
{
    // The client needs every type it will see on the wire, the extension's own included:
    // a missing type crashes it at the first call that carries one.
    std::string types = fileUrl(programFolder / "types.rdb") + " "
                        + fileUrl(programFolder / "types" / "offapi.rdb");
    const std::filesystem::path unpacked =
        m_folder->profile() / "user" / "uno_packages" / "cache" / "uno_packages";
    if (std::filesystem::exists(unpacked))
        for (const auto& entry : std::filesystem::recursive_directory_iterator(unpacked))
            if (entry.is_regular_file() && entry.path().extension() == ".rdb")
                types += " " + fileUrl(entry.path());

    const std::filesystem::path ini = m_folder->root() / clientIniName;
    std::ofstream out(ini, std::ios::trunc);
    out << "[Bootstrap]\n"
        << "URE_INTERNAL_LIB_DIR=" << fileUrl(programFolder) << '\n'
        << "UNO_TYPES=" << types << '\n'
        << "UNO_SERVICES=" << fileUrl(programFolder / "services.rdb") << '\n';
    if (!out.flush())
        throw OfficeError("cannot write " + ini.string());
}

void OfficeSession::startOffice(const std::filesystem::path& programFolder)
{
    m_port = freeLoopbackPort();
    std::vector<std::string> command{
        (programFolder / "soffice").string(), "--headless", "--invisible", "--norestore",
        "--nologo", "--nodefault", "--nolockcheck",
        "-env:UserInstallation=" + m_folder->profileUrl(),
        "--accept=socket,host=127.0.0.1,port=" + std::to_string(m_port)
            + ";urp;StarOffice.ComponentContext"};
    if (!m_display.empty())
        command.erase(command.begin() + 1); // real windows on that display: not --headless
    m_office.emplace(ChildProcess::start(m_user.commandLine(command), officeEnvironment(),
                                         m_folder->root() / officeLogName));
    m_abortGroup = m_office->pid();
}

void OfficeSession::connect(std::chrono::seconds timeout)
{
    const std::filesystem::path ini = m_folder->root() / clientIniName;
    try {
        m_local = cppu::defaultBootstrap_InitialComponentContext(toOUString(fileUrl(ini)));
    } catch (const css::uno::Exception& error) {
        throw OfficeError("cannot start the UNO client from " + ini.string() + ": "
                          + toStdString(error.Message));
    }
    const auto resolver = css::bridge::UnoUrlResolver::create(m_local);
    const rtl::OUString url = toOUString("uno:socket,host=127.0.0.1,port=" + std::to_string(m_port)
                                         + ";urp;StarOffice.ComponentContext");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_remote.is()) {
        try {
            m_remote.set(resolver->resolve(url), css::uno::UNO_QUERY_THROW);
            break;
        } catch (const css::connection::NoConnectException&) {
            // not listening yet
        }
        throwIfCancelled();
        if (!m_office->running())
            throw OfficeError("soffice ended before it accepted a connection:\n" + officeLog());
        if (std::chrono::steady_clock::now() >= deadline)
            throw OfficeError("soffice did not accept a connection on port " + std::to_string(m_port)
                              + " within " + std::to_string(timeout.count()) + " s:\n"
                              + officeLog());
        std::this_thread::sleep_for(pollInterval);
    }
    // The port was free a moment before soffice took it: make sure the office is ours.
    const std::string userConfig =
        toStdString(css::util::thePathSettings::get(m_remote)->getUserConfig());
    if (userConfig.rfind(m_folder->profileUrl(), 0) != 0) {
        m_remote.clear();
        throw OfficeError("port " + std::to_string(m_port) + " is answered by another office ("
                          + userConfig + ")");
    }
}

void OfficeSession::throwIfCancelled() const
{
    if (m_cancelled != nullptr && m_cancelled->load())
        throw OfficeError("interrupted while starting the office");
}

css::uno::Reference<css::lang::XMultiComponentFactory> OfficeSession::serviceManager() const
{
    return m_remote->getServiceManager();
}

css::uno::Reference<css::frame::XDesktop2> OfficeSession::desktop() const
{
    return css::frame::Desktop::create(m_remote);
}

SessionDetails OfficeSession::details() const
{
    SessionDetails details;
    details.port = m_port;
    details.pid = m_office ? m_office->pid() : -1;
    details.uid = m_user.uid();
    details.gid = m_user.gid();
    details.workFolder = m_folder ? m_folder->root() : std::filesystem::path();
    return details;
}

std::filesystem::path OfficeSession::makeExchangeFolder(const std::string& name) const
{
    const std::filesystem::path folder = m_folder->root() / name;
    std::filesystem::create_directories(folder);
    m_user.takeOwnership(folder);
    return folder;
}

std::string OfficeSession::officeLog() const
{
    return m_folder ? readFile(m_folder->root() / officeLogName) : std::string();
}

void OfficeSession::detach()
{
    m_owner = false;
    m_abortGroup = -1;
    if (m_office)
        m_office->release();
    if (m_folder)
        m_folder->keep();
}

void OfficeSession::abort() noexcept
{
    const pid_t group = m_abortGroup.load();
    if (group > 0)
        ::kill(-group, SIGKILL);
}

void OfficeSession::stop() noexcept
{
    if (m_owner && m_office) {
        // terminate() may not return before the connection drops, or hang on a dialog nobody
        // sees: ask on a thread of its own and watch the processes meanwhile.
        std::future<bool> terminated;
        if (m_remote.is()) {
            const auto remote = m_remote;
            terminated = std::async(std::launch::async, [remote]() -> bool {
                try {
                    return css::frame::Desktop::create(remote)->terminate();
                } catch (const css::uno::Exception&) {
                    return true; // the connection went down with the office
                } catch (...) {
                    return true;
                }
            });
        }
        const auto deadline = std::chrono::steady_clock::now() + m_stopTimeout;
        while (m_office->running() && std::chrono::steady_clock::now() < deadline) {
            const bool vetoed =
                terminated.valid()
                && terminated.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready
                && !terminated.get();
            if (vetoed)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        m_abortGroup = -1;
        m_office->kill(killGrace);
        if (terminated.valid())
            terminated.wait();
    }
    m_remote.clear();
    if (m_local.is()) {
        try {
            css::uno::Reference<css::lang::XComponent>(m_local, css::uno::UNO_QUERY_THROW)->dispose();
        } catch (...) {
            // disposing the client's own context only frees memory
        }
        m_local.clear();
    }
    m_office.reset();
    if (m_owner && m_folder)
        m_folder->remove();
    m_folder.reset();
}

} // namespace salesprocess
