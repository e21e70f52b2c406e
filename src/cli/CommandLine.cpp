#include "CommandLine.hpp"

#include "UsageError.hpp"
#include "core/Date.hpp"

#include <vector>

namespace salesprocess {

namespace {

/// The arguments after the command, with `--name=value` split into two.
std::vector<std::string> splitArguments(int argc, const char* const argv[])
{
    std::vector<std::string> arguments;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        const std::size_t equals = argument.find('=');
        if (argument.rfind("--", 0) == 0 && equals != std::string::npos) {
            arguments.push_back(argument.substr(0, equals));
            arguments.push_back(argument.substr(equals + 1));
        } else {
            arguments.push_back(argument);
        }
    }
    return arguments;
}

class ArgumentReader {
public:
    explicit ArgumentReader(std::vector<std::string> arguments) : m_arguments(std::move(arguments)) {}
    bool done() const { return m_next >= m_arguments.size(); }
    const std::string& next() { return m_arguments[m_next++]; }
    std::string valueOf(const std::string& option)
    {
        if (done() || m_arguments[m_next].empty())
            throw UsageError(option + " needs a value");
        return next();
    }

private:
    std::vector<std::string> m_arguments;
    std::size_t m_next = 0;
};

std::string checkedToday(const std::string& value)
{
    if (value.size() != 10 || !Date::parse(value))
        throw UsageError("--today takes a date as YYYY-MM-DD, not \"" + value + "\"");
    return value;
}

std::string checkedLanguage(const std::string& value)
{
    if (value != "nl" && value != "en")
        throw UsageError("--lang is nl or en, not \"" + value + "\"");
    return value;
}

bool looksLikeFile(const std::string& value)
{
    const std::filesystem::path path(value);
    return value.find('/') != std::string::npos || path.extension() == ".json";
}

void parseRender(ArgumentReader& reader, CommandLine& line)
{
    RenderRequest& render = line.render;
    bool haveTemplate = false;
    while (!reader.done()) {
        const std::string option = reader.next();
        if (option == "--template") {
            const std::string value = reader.valueOf(option);
            if (looksLikeFile(value))
                render.templateFile = value;
            else
                render.templateName = value;
            haveTemplate = true;
        } else if (option == "--workbook") {
            render.workbook = reader.valueOf(option);
        } else if (option == "--current") {
            render.current = reader.valueOf(option);
        } else if (option == "--lang") {
            render.language = checkedLanguage(reader.valueOf(option));
        } else if (option == "--today") {
            render.today = checkedToday(reader.valueOf(option));
        } else if (option == "--per-team") {
            render.perTeam = true;
        } else if (option == "--force") {
            render.force = true;
        } else if (option == "--out") {
            render.outFolder = reader.valueOf(option);
        } else if (option == "--oxt") {
            line.extension = reader.valueOf(option);
        } else {
            throw UsageError("render does not know \"" + option + "\"");
        }
    }
    if (haveTemplate && !render.workbook.empty())
        throw UsageError("give --template or --workbook, not both");
    if (render.outFolder.empty())
        throw UsageError("render needs --out DIR");
}

void parseCheck(ArgumentReader& reader, CommandLine& line)
{
    while (!reader.done()) {
        const std::string argument = reader.next();
        if (argument == "--today")
            line.check.today = checkedToday(reader.valueOf(argument));
        else if (argument == "--oxt")
            line.extension = reader.valueOf(argument);
        else if (!argument.empty() && argument[0] != '-' && line.check.file.empty())
            line.check.file = argument;
        else
            throw UsageError("check does not know \"" + argument + "\"");
    }
    if (line.check.file.empty())
        throw UsageError("check needs a FILE");
}

} // namespace

CommandLine CommandLine::parse(int argc, const char* const argv[])
{
    CommandLine line;
    if (argc < 2)
        throw UsageError("no command given");
    const std::string command = argv[1];
    ArgumentReader reader(splitArguments(argc, argv));
    if (command == "--help" || command == "-h" || command == "help") {
        line.command = Command::Help;
    } else if (command == "render") {
        line.command = Command::Render;
        parseRender(reader, line);
    } else if (command == "check") {
        line.command = Command::Check;
        parseCheck(reader, line);
    } else {
        throw UsageError("unknown command \"" + command + "\"");
    }
    return line;
}

const char* CommandLine::usage()
{
    return "usage: salesprocess render [--template NAME|FILE | --workbook FILE] [--current FILE]\n"
           "                           [--lang nl|en] [--today YYYY-MM-DD] [--per-team] [--force]\n"
           "                           [--oxt FILE] --out DIR\n"
           "       salesprocess check [--today YYYY-MM-DD] [--oxt FILE] FILE\n"
           "\n"
           "render writes process.ods (and, as they arrive, swimlane.odg, swimlane.pdf,\n"
           "checklists.pdf) into DIR through a headless LibreOffice with the extension installed.\n"
           "check prints the findings of a process file (.json, offline) or workbook (.ods).\n"
           "Exit codes: 0 done, 1 findings of error severity, 2 usage, 3 unreadable input,\n"
           "4 office missing or failed. The extension comes from --oxt, else $SALESPROCESS_OXT,\n"
           "else the build tree.\n";
}

} // namespace salesprocess
