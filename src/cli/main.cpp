// salesprocess: the command-line front end. `check` on a JSON process file works without an office.
#include "core/ProcessChecker.hpp"
#include "templates/ProcessFile.hpp"

#include <iostream>
#include <string>

namespace {

int usage()
{
    std::cerr << "usage: salesprocess check FILE.json\n"
                 "       salesprocess render [--template NAME|FILE | --workbook FILE] [--current FILE]\n"
                 "                           [--lang nl|en] [--today YYYY-MM-DD] [--per-team] [--force] --out DIR\n";
    return 2;
}

int check(const std::string& path, const std::string& today)
{
    using namespace salesprocess;
    LoadResult loaded = ProcessFile::load(path);
    std::vector<Finding> findings = loaded.findings;
    for (Finding& f : ProcessChecker::check(loaded.process, CheckOptions{today}))
        findings.push_back(std::move(f));
    bool error = false;
    for (const Finding& f : findings) {
        std::cout << path << ": " << toString(f.severity) << " [" << f.code << "] " << f.toString() << "\n";
        error = error || f.severity == Severity::Error;
    }
    std::cout << findings.size() << " finding(s)\n";
    return error ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage();
    const std::string command = argv[1];
    try {
        if (command == "check") {
            std::string file, today;
            for (int i = 2; i < argc; ++i) {
                const std::string arg = argv[i];
                if (arg == "--today" && i + 1 < argc)
                    today = argv[++i];
                else if (!arg.empty() && arg[0] != '-' && file.empty())
                    file = arg;
                else
                    return usage();
            }
            if (file.empty())
                return usage();
            return check(file, today);
        }
        return usage();
    } catch (const salesprocess::LoadError& e) {
        std::cerr << "salesprocess: " << e.what() << "\n";
        return 3;
    } catch (const std::exception& e) {
        std::cerr << "salesprocess: " << e.what() << "\n";
        return 3;
    }
}
