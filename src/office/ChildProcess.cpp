#include "office/ChildProcess.hpp"

#include "office/OfficeError.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace salesprocess {

namespace {

constexpr std::chrono::milliseconds pollInterval{20};

/// The process group of a process from /proc/<pid>/stat, or -1 (gone, or a zombie).
pid_t liveGroupOf(const std::filesystem::path& statFile)
{
    std::ifstream in(statFile);
    std::string stat;
    std::getline(in, stat);
    // "pid (command) state ppid pgrp ...": the command may hold spaces and parentheses.
    const std::size_t end = stat.rfind(')');
    if (end == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(end + 1));
    char state = '?';
    long parent = 0;
    long group = -1;
    fields >> state >> parent >> group;
    if (!fields || state == 'Z' || state == 'X')
        return -1;
    return static_cast<pid_t>(group);
}

std::string commandLineOf(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/cmdline");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class SpawnAttributes {
public:
    SpawnAttributes()
    {
        posix_spawnattr_init(&m_attributes);
        posix_spawn_file_actions_init(&m_actions);
    }
    ~SpawnAttributes()
    {
        posix_spawn_file_actions_destroy(&m_actions);
        posix_spawnattr_destroy(&m_attributes);
    }
    SpawnAttributes(const SpawnAttributes&) = delete;
    SpawnAttributes& operator=(const SpawnAttributes&) = delete;

    posix_spawnattr_t m_attributes;
    posix_spawn_file_actions_t m_actions;
};

} // namespace

ChildProcess::ChildProcess(pid_t leader, bool ownChild, std::string marker)
    : m_leader(leader), m_ownChild(ownChild), m_marker(std::move(marker))
{
}

ChildProcess ChildProcess::start(const std::vector<std::string>& argv,
                                 const std::map<std::string, std::string>& environment,
                                 const std::filesystem::path& output)
{
    std::map<std::string, std::string> variables;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const std::size_t equals = text.find('=');
        if (equals != std::string::npos)
            variables[text.substr(0, equals)] = text.substr(equals + 1);
    }
    for (const auto& [name, value] : environment)
        variables[name] = value;
    std::vector<std::string> envText;
    for (const auto& [name, value] : variables)
        envText.push_back(name + "=" + value);

    std::vector<char*> args;
    for (const std::string& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (std::string& text : envText)
        env.push_back(text.data());
    env.push_back(nullptr);

    SpawnAttributes spawn;
    // A group of its own (to stop soffice.bin with its launcher), default signal handling and an
    // empty signal mask (the command line blocks SIGINT/SIGTERM for its signal thread).
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGHUP);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setpgroup(&spawn.m_attributes, 0);
    posix_spawnattr_setsigmask(&spawn.m_attributes, &none);
    posix_spawnattr_setsigdefault(&spawn.m_attributes, &defaults);
    posix_spawnattr_setflags(&spawn.m_attributes,
                             POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawn_file_actions_addopen(&spawn.m_actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&spawn.m_actions, 1, output.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&spawn.m_actions, 1, 2);
    // No other descriptor of ours (a test runner's pipes) may keep the office attached to us.
    posix_spawn_file_actions_addclosefrom_np(&spawn.m_actions, 3);

    pid_t pid = -1;
    const int failure =
        posix_spawnp(&pid, args[0], &spawn.m_actions, &spawn.m_attributes, args.data(), env.data());
    if (failure != 0)
        throw OfficeError("cannot start " + argv.front() + ": " + std::strerror(failure));
    return ChildProcess(pid, true, std::string());
}

ChildProcess ChildProcess::adopt(pid_t leader, std::string marker)
{
    return ChildProcess(leader, false, std::move(marker));
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : m_leader(other.m_leader), m_ownChild(other.m_ownChild), m_released(other.m_released),
      m_marker(std::move(other.m_marker)), m_exitCode(other.m_exitCode)
{
    other.m_leader = -1;
}

ChildProcess::~ChildProcess()
{
    if (m_leader > 0 && !m_released)
        kill(std::chrono::seconds(3));
}

void ChildProcess::reap(bool block)
{
    if (!m_ownChild || m_exitCode)
        return;
    int status = 0;
    if (waitpid(m_leader, &status, block ? 0 : WNOHANG) == m_leader)
        m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::vector<pid_t> ChildProcess::members() const
{
    std::vector<pid_t> found;
    if (m_leader <= 0)
        return found;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        if (liveGroupOf(entry.path() / "stat") != m_leader)
            continue;
        const auto pid = static_cast<pid_t>(std::stol(name));
        if (!m_marker.empty() && commandLineOf(pid).find(m_marker) == std::string::npos)
            continue;
        found.push_back(pid);
    }
    return found;
}

bool ChildProcess::running()
{
    reap(false);
    if (!members().empty())
        return true;
    // The leader may have ended between the two looks: collect its exit status (it is a
    // zombie or gone, so this does not wait).
    reap(true);
    return false;
}

bool ChildProcess::waitForExit(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(pollInterval);
    }
    return true;
}

void ChildProcess::signal(int signalNumber) const noexcept
{
    if (m_leader <= 0)
        return;
    if (m_marker.empty()) {
        ::kill(-m_leader, signalNumber);
        return;
    }
    try {
        for (pid_t member : members())
            ::kill(member, signalNumber);
    } catch (...) {
        // /proc unreadable: nothing we may safely signal.
    }
}

void ChildProcess::kill(std::chrono::milliseconds grace) noexcept
{
    try {
        if (!running())
            return;
        signal(SIGTERM);
        if (waitForExit(grace))
            return;
        signal(SIGKILL);
        waitForExit(std::chrono::seconds(10));
    } catch (...) {
        signal(SIGKILL);
    }
}

} // namespace salesprocess
