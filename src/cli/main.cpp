// salesprocess: the command-line front end. `check` on a JSON process file works without an
// office; `render` and `check` on a workbook run the extension in a headless LibreOffice.
#include "CheckCommand.hpp"
#include "CommandLine.hpp"
#include "RenderCommand.hpp"
#include "SignalWatcher.hpp"
#include "UsageError.hpp"
#include "templates/LoadResult.hpp"

#ifdef SALESPROCESS_WITH_OFFICE
#include "office/OfficeError.hpp"
#endif

#include <cstdlib>
#include <iostream>

#ifndef SALESPROCESS_BUILT_OXT
#define SALESPROCESS_BUILT_OXT ""
#endif

namespace {

using namespace salesprocess;

/// --oxt, else $SALESPROCESS_OXT, else the package of the build tree.
std::filesystem::path extensionPackage(const CommandLine& line)
{
    if (!line.extension.empty())
        return line.extension;
    if (const char* fromEnvironment = std::getenv("SALESPROCESS_OXT"))
        if (*fromEnvironment != '\0')
            return fromEnvironment;
    return SALESPROCESS_BUILT_OXT;
}

int runCommand(const CommandLine& line, SignalWatcher& signals)
{
    switch (line.command) {
    case CommandLine::Command::Help:
        std::cout << CommandLine::usage();
        return 0;
    case CommandLine::Command::Check:
        return CheckCommand::run(line.check, extensionPackage(line), &signals, std::cout, std::cerr);
    case CommandLine::Command::Render:
#ifdef SALESPROCESS_WITH_OFFICE
        return RenderCommand::run(line.render, extensionPackage(line), signals, std::cout,
                                  std::cerr);
#else
        std::cerr << "salesprocess: this build has no LibreOffice support; render needs it\n";
        return 4;
#endif
    }
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    // First: the office and the UNO bridge start threads later, which must not take signals.
    SignalWatcher signals;
    int exitCode = 4;
    try {
        exitCode = runCommand(CommandLine::parse(argc, argv), signals);
    } catch (const UsageError& error) {
        std::cerr << "salesprocess: " << error.what() << "\n" << CommandLine::usage();
        exitCode = 2;
    } catch (const LoadError& error) {
        std::cerr << "salesprocess: " << error.what() << "\n";
        exitCode = 3;
#ifdef SALESPROCESS_WITH_OFFICE
    } catch (const OfficeError& error) {
        if (!signals.interrupted())
            std::cerr << "salesprocess: LibreOffice: " << error.what() << "\n";
        exitCode = 4;
#endif
    } catch (const std::exception& error) {
        std::cerr << "salesprocess: " << error.what() << "\n";
        exitCode = 4;
    }
    return signals.interrupted() ? signals.exitCode() : exitCode;
}
