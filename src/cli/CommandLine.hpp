#pragma once
#include <filesystem>
#include <string>

namespace salesprocess {

/// `salesprocess render ...`: what to render from and where to.
struct RenderRequest {
    std::string templateName;            ///< a shipped template ("b2b-field-sales"), or
    std::filesystem::path templateFile;  ///< a process file of the user's, or
    std::filesystem::path workbook;      ///< a process workbook (.ods); none of them: the default
    std::filesystem::path current;       ///< the current situation to compare with (optional)
    std::string language;                ///< "nl" / "en"; empty: the template's own
    std::string today;                   ///< ISO date taken as today; empty: the office's clock
    bool perTeam = false;
    bool force = false;                  ///< overwrite files we did not write ourselves
    std::filesystem::path outFolder;
};

/// `salesprocess check FILE`: a process file (offline) or a workbook (through the office).
struct CheckRequest {
    std::filesystem::path file;
    std::string today;
};

/// The parsed command line. Options take their value as `--name VALUE` or `--name=VALUE`.
struct CommandLine {
    enum class Command { Help, Render, Check };
    Command command = Command::Help;
    RenderRequest render;
    CheckRequest check;
    std::filesystem::path extension; ///< --oxt: the extension to install into the office

    /// Throws UsageError naming what is wrong.
    static CommandLine parse(int argc, const char* const argv[]);
    static const char* usage();
};

} // namespace salesprocess
