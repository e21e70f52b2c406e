#include "RenderCommand.hpp"

#include "FindingPrinter.hpp"
#include "OfficeGenerator.hpp"
#include "office/UnoStrings.hpp"
#include "templates/LoadResult.hpp"

#include <system_error>

namespace salesprocess {

namespace {

/// The generator's list of the files it wrote into a folder (so it overwrites only those).
constexpr const char* writtenList = ".salesprocess";

/// The files render may write, and its list of them: the generator decides whether it may
/// overwrite one, so it sees those that exist.
bool isOutputName(const std::string& name)
{
    return name == writtenList || name == "process.ods" || name == "swimlane.odg" || name == "swimlane.pdf"
           || name == "checklists.pdf"
           || (name.rfind("checklists-", 0) == 0 && name.size() > 15
               && name.compare(name.size() - 4, 4, ".pdf") == 0);
}

std::vector<std::filesystem::path> existingOutputs(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && isOutputName(entry.path().filename().string()))
            found.push_back(entry.path());
    return found;
}

void requireReadable(const std::filesystem::path& file)
{
    std::error_code error;
    if (!file.empty() && !std::filesystem::is_regular_file(file, error))
        throw LoadError(file.string() + ": no such file");
}

/// Copies a file the office wrote into the user's folder without ever leaving half a file.
void deliver(const std::filesystem::path& written, const std::filesystem::path& destination)
{
    const std::filesystem::path partial = destination.string() + ".partial";
    std::error_code error;
    std::filesystem::copy_file(written, partial, std::filesystem::copy_options::overwrite_existing,
                               error);
    if (!error)
        std::filesystem::rename(partial, destination, error);
    if (error) {
        std::filesystem::remove(partial, error);
        throw LoadError("cannot write " + destination.string() + ": " + error.message());
    }
}

std::string sourceName(const RenderRequest& request)
{
    if (!request.workbook.empty())
        return request.workbook.string();
    if (!request.templateFile.empty())
        return request.templateFile.string();
    return "template " + (request.templateName.empty() ? std::string("(default)")
                                                       : request.templateName);
}

} // namespace

int RenderCommand::run(const RenderRequest& request, const std::filesystem::path& extension,
                       SignalWatcher& signals, std::ostream& out, std::ostream& err)
{
    requireReadable(request.templateFile);
    requireReadable(request.workbook);
    requireReadable(request.current);
    std::error_code error;
    std::filesystem::create_directories(request.outFolder, error);
    if (error || !std::filesystem::is_directory(request.outFolder))
        throw LoadError("cannot create the folder " + request.outFolder.string()
                        + (error ? ": " + error.message() : std::string()));

    OfficeGenerator generator(extension, signals);
    std::vector<OfficeGenerator::Option> options;
    const auto text = [](const std::string& value) { return css::uno::Any(toOUString(value)); };
    if (!request.templateName.empty())
        options.emplace_back("Template", text(request.templateName));
    if (!request.templateFile.empty())
        options.emplace_back("Template", text(generator.handOver(request.templateFile).string()));
    if (!request.workbook.empty())
        options.emplace_back("Workbook", text(generator.handOver(request.workbook).string()));
    if (!request.current.empty())
        options.emplace_back("Current", text(generator.handOver(request.current).string()));
    if (!request.language.empty())
        options.emplace_back("Language", text(request.language));
    if (!request.today.empty())
        options.emplace_back("Today", text(request.today));
    if (request.perTeam)
        options.emplace_back("PerTeam", css::uno::Any(true));
    if (request.force)
        options.emplace_back("Force", css::uno::Any(true));
    const std::filesystem::path staging = generator.outputFolder(existingOutputs(request.outFolder));
    options.emplace_back("OutDir", text(staging.string()));

    const GeneratorOutcome outcome = generator.run("render", options);

    for (const std::filesystem::path& written : outcome.filesWritten) {
        if (written.parent_path() != staging) {
            err << "salesprocess: ignored " << written.string() << " (outside the output folder)\n";
            continue;
        }
        const std::filesystem::path destination = request.outFolder / written.filename();
        deliver(written, destination);
        out << "wrote " << destination.string() << '\n';
    }
    if (!outcome.filesWritten.empty() && std::filesystem::exists(staging / writtenList))
        deliver(staging / writtenList, request.outFolder / writtenList);
    FindingPrinter findings(out, sourceName(request));
    for (const std::string& finding : outcome.findings)
        findings.print(generator.inUserTerms(finding));
    if (!outcome.findings.empty())
        findings.printSummary();
    for (const std::string& message : outcome.messages)
        err << "salesprocess: " << generator.inUserTerms(message) << '\n';
    return outcome.exitCode;
}

} // namespace salesprocess
