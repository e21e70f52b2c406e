#include "CheckCommand.hpp"

#include "FindingPrinter.hpp"
#include "core/ProcessChecker.hpp"
#include "templates/ProcessFile.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

#ifdef SALESPROCESS_WITH_OFFICE
#include "OfficeGenerator.hpp"
#include "office/UnoStrings.hpp"
#endif

namespace salesprocess {

namespace {

int checkProcessFile(const CheckRequest& request, std::ostream& out)
{
    LoadResult loaded = ProcessFile::load(request.file.string());
    std::vector<Finding> findings = loaded.findings;
    for (Finding& finding : ProcessChecker::check(loaded.process, CheckOptions{request.today}))
        findings.push_back(std::move(finding));
    FindingPrinter printer(out, request.file.string());
    for (const Finding& finding : findings)
        printer.print(finding);
    printer.printSummary();
    return printer.anyError() ? 1 : 0;
}

} // namespace

bool CheckCommand::needsOffice(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".ods";
}

int CheckCommand::run(const CheckRequest& request, const std::filesystem::path& extension,
                      SignalWatcher* signals, std::ostream& out, std::ostream& err)
{
    if (!needsOffice(request.file))
        return checkProcessFile(request, out);
    std::error_code error;
    if (!std::filesystem::is_regular_file(request.file, error))
        throw LoadError(request.file.string() + ": no such file");
#ifdef SALESPROCESS_WITH_OFFICE
    OfficeGenerator generator(extension, *signals);
    std::vector<OfficeGenerator::Option> options;
    options.emplace_back("File", css::uno::Any(toOUString(generator.handOver(request.file).string())));
    if (!request.today.empty())
        options.emplace_back("Today", css::uno::Any(toOUString(request.today)));
    const GeneratorOutcome outcome = generator.run("check", options);
    FindingPrinter printer(out, request.file.string());
    for (const std::string& finding : outcome.findings)
        printer.print(generator.inUserTerms(finding));
    printer.printSummary();
    for (const std::string& message : outcome.messages)
        err << "salesprocess: " << generator.inUserTerms(message) << '\n';
    return outcome.exitCode;
#else
    (void)extension;
    (void)signals;
    err << "salesprocess: this build has no LibreOffice support; a workbook needs it\n";
    return 4;
#endif
}

} // namespace salesprocess
