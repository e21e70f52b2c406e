#include "VirtualDisplay.hpp"

#include <chrono>
#include <stdexcept>
#include <thread>

namespace salesprocess::test {

namespace {

constexpr int firstDisplay = 90;
constexpr int lastDisplay = 190;
constexpr auto startTimeout = std::chrono::seconds(15);

std::filesystem::path socketOf(int display)
{
    return "/tmp/.X11-unix/X" + std::to_string(display);
}

/// Taken: an X server (or its leftovers) holds the number.
bool taken(int display)
{
    return std::filesystem::exists(socketOf(display))
           || std::filesystem::exists("/tmp/.X" + std::to_string(display) + "-lock");
}

bool onPath(const std::string& program)
{
    for (const char* folder : {"/usr/bin", "/usr/local/bin", "/bin"})
        if (std::filesystem::exists(std::filesystem::path(folder) / program))
            return true;
    return false;
}

} // namespace

VirtualDisplay::VirtualDisplay(const std::filesystem::path& logFolder)
{
    if (!onPath("Xvfb"))
        throw std::runtime_error("Xvfb is missing: the tests with a real window need it (bash .ci/setup "
                                 "installs xvfb)");
    std::filesystem::create_directories(logFolder);
    for (int display = firstDisplay; display <= lastDisplay; ++display) {
        if (taken(display))
            continue;
        const std::string name = ":" + std::to_string(display);
        ChildProcess server = ChildProcess::start(
            {"Xvfb", name, "-screen", "0", "1400x900x24", "-nolisten", "tcp"},
            {}, logFolder / ("xvfb-" + std::to_string(display) + ".log"));
        const auto deadline = std::chrono::steady_clock::now() + startTimeout;
        bool ready = false;
        while (std::chrono::steady_clock::now() < deadline) {
            if (std::filesystem::exists(socketOf(display))) {
                ready = true;
                break;
            }
            if (!server.running())
                break; // another server took the number meanwhile: try the next one
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (ready) {
            m_server.emplace(std::move(server));
            m_name = name;
            return;
        }
        server.kill(std::chrono::seconds(2));
    }
    throw std::runtime_error("Xvfb did not start on any display from :" + std::to_string(firstDisplay) + " to :"
                             + std::to_string(lastDisplay));
}

VirtualDisplay::~VirtualDisplay()
{
    if (m_server)
        m_server->kill(std::chrono::seconds(3)); // SIGTERM: Xvfb removes its socket and lock
}

} // namespace salesprocess::test
