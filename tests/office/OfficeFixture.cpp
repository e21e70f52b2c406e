// The CTest fixture around the office tests: `start` installs the extension into a throw-away
// profile, starts one headless office for the whole run and writes how to reach it;
// `stop` terminates that office (also after failed tests) and removes its folder.
#include "office/ExtensionIdentity.hpp"
#include "office/OfficeError.hpp"
#include "office/OfficeSession.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

using salesprocess::OfficeSession;
using salesprocess::SessionDetails;

int usage()
{
    std::cerr << "usage: salesprocess_office_fixture start DETAILS-FILE [OXT [IDENTIFIER]]\n"
                 "       salesprocess_office_fixture stop DETAILS-FILE\n";
    return 2;
}

/// Stops the office a details file names; false when there was one and it would not stop.
bool stopOffice(const std::filesystem::path& detailsFile)
{
    if (!std::filesystem::exists(detailsFile))
        return true;
    bool stopped = true;
    try {
        const SessionDetails details = SessionDetails::load(detailsFile);
        OfficeSession office(details, OfficeSession::Ownership::Owned, std::chrono::seconds(10));
        office.stop();
    } catch (const std::exception& error) {
        // Not reachable any more: what is left of it has been killed and removed on the way out.
        std::cerr << "office_stop: " << error.what() << '\n';
    }
    try {
        const SessionDetails details = SessionDetails::load(detailsFile);
        stopped = !std::filesystem::exists(details.workFolder);
    } catch (const std::exception&) {
        stopped = false;
    }
    std::filesystem::remove(detailsFile);
    return stopped;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        return usage();
    const std::string command = argv[1];
    const std::filesystem::path detailsFile = argv[2];
    try {
        if (command == "stop" && argc == 3)
            return stopOffice(detailsFile) ? 0 : 1;
        if (command != "start" || argc > 5)
            return usage();

        stopOffice(detailsFile); // left over from an interrupted run
        const auto started = std::chrono::steady_clock::now();
        OfficeSession::Options options;
        if (argc >= 4)
            options.extension = argv[3]; // without: a plain office
        options.extensionIdentifier = argc >= 5 ? argv[4] : salesprocess::extensionIdentifier;
        OfficeSession office(options);
        office.details().save(detailsFile);
        office.detach();
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        std::cout << "office started in " << took.count() << " ms: port " << office.details().port
                  << ", pid " << office.details().pid << ", profile "
                  << office.details().profile().string() << '\n';
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "office_" << command << ": " << error.what() << '\n';
        return 1;
    }
}
