#include "ProcessProbe.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <system_error>

#ifndef SALESPROCESS_TEST_AREA
#define SALESPROCESS_TEST_AREA "."
#endif

namespace salesprocess::test {

namespace {

std::string shellQuoted(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

CommandResult runCommand(const std::string& command)
{
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr)
        return result;
    std::array<char, 4096> buffer{};
    std::size_t got = 0;
    while ((got = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), got);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

int processesMentioning(const std::string& text)
{
    if (text.empty())
        return -1;
    // "[/]tmp/x" matches "/tmp/x" but not the shell's own command line that carries it.
    const std::string pattern = "[" + text.substr(0, 1) + "]" + text.substr(1);
    const CommandResult found = runCommand("pgrep -c -f -- " + shellQuoted(pattern));
    return found.exitCode <= 1 ? std::stoi("0" + found.output.substr(0, found.output.find('\n')))
                               : -1;
}

ScratchFolder::ScratchFolder(const std::string& name)
    : m_path(std::filesystem::path(SALESPROCESS_TEST_AREA) / name)
{
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

ScratchFolder::~ScratchFolder()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace salesprocess::test
