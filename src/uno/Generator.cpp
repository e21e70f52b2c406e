#include "Generator.hpp"

#include "CheckProcessCommand.hpp"
#include "CommandError.hpp"
#include "CompareCommand.hpp"
#include "DocumentCloser.hpp"
#include "DrawingBenchmark.hpp"
#include "DrawingOutputs.hpp"
#include "MainThread.hpp"
#include "MatrixCommand.hpp"
#include "NewWorkbookCommand.hpp"
#include "OfficeLanguage.hpp"
#include "ProcessSource.hpp"
#include "ReentryGuard.hpp"
#include "SavedView.hpp"
#include "Strings.hpp"
#include "core/Date.hpp"
#include "core/ProcessChecker.hpp"
#include "templates/LoadResult.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

#include <algorithm>
#include <exception>
#include <fstream>
#include <set>

namespace salesprocess::extension {

/// Built up during a run, turned into the GeneratorResult at the end.
struct Generator::Outcome {
    int exitCode = 0;
    std::vector<std::string> files;
    std::vector<Finding> findings;
    std::vector<std::string> messages;

    void fail(int code, const std::string& message)
    {
        exitCode = code;
        messages.push_back(message);
    }
};

namespace {
/// Exit codes (docs/uno-adapter.md, DESIGN.md section 10).
constexpr int usage = 2;
constexpr int unreadable = 3;
constexpr int officeFailed = 4;

/// Names of the files this generator wrote into an output folder, one per line.
const char* const markerFile = ".salesprocess";

std::string joined(const std::string& folder, const std::string& name)
{
    return folder.empty() || folder.back() == '/' ? folder + name : folder + "/" + name;
}

bool exists(const std::string& path)
{
    osl::DirectoryItem item;
    return osl::DirectoryItem::get(toFileUrl(path), item) == osl::FileBase::E_None;
}

std::set<std::string> filesWeWrote(const std::string& folder)
{
    std::set<std::string> names;
    std::ifstream in(joined(folder, markerFile));
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            names.insert(line);
    return names;
}

void rememberWritten(const std::string& folder, const std::string& name)
{
    std::set<std::string> names = filesWeWrote(folder);
    names.insert(name);
    std::ofstream out(joined(folder, markerFile), std::ios::trunc);
    for (const std::string& entry : names)
        out << entry << '\n';
}

std::string oneLine(std::string text)
{
    std::replace_if(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return text;
}

css::uno::Sequence<css::beans::PropertyValue> properties(
    std::initializer_list<std::pair<const char*, css::uno::Any>> values)
{
    css::uno::Sequence<css::beans::PropertyValue> result(static_cast<sal_Int32>(values.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : values) {
        result.getArray()[i].Name = rtl::OUString::createFromAscii(name);
        result.getArray()[i].Value = value;
        ++i;
    }
    return result;
}

/// A hidden document that is closed again whatever happens.
class HiddenDocument {
public:
    HiddenDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                   bool readOnly)
    {
        auto component = css::frame::Desktop::create(context)->loadComponentFromURL(
            url, "_blank", 0,
            properties({{"Hidden", css::uno::Any(true)}, {"ReadOnly", css::uno::Any(readOnly)}}));
        m_model.set(component, css::uno::UNO_QUERY);
        if (!m_model.is())
            throw CommandError("The office could not open " + toUtf8(url));
    }
    ~HiddenDocument() { DocumentCloser::close(m_model); }
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;

    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }
    css::uno::Reference<css::frame::XFrame> frame() const
    {
        auto controller = m_model->getCurrentController();
        return controller.is() ? controller->getFrame() : css::uno::Reference<css::frame::XFrame>();
    }

private:
    css::uno::Reference<css::frame::XModel> m_model;
};

bool hasErrors(const std::vector<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}
} // namespace

Generator::Generator(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

rtl::OUString Generator::implementationName() { return "org.salesprocess.comp.Generator"; }

css::uno::Sequence<rtl::OUString> Generator::serviceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "org.salesprocess.Generator";
    return names;
}

css::uno::Reference<css::uno::XInterface> Generator::create(
    const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new Generator(context));
}

org::salesprocess::GeneratorResult Generator::run(const rtl::OUString& command,
                                                  const css::uno::Sequence<css::beans::NamedValue>& options)
{
    Outcome outcome;
    try {
        ReentryGuard guard;
        if (!guard.acquired())
            outcome.fail(officeFailed, "The office is busy with another Sales Process command.");
        else if (command == "render")
            render(Arguments(options), outcome);
        else if (command == "check")
            check(Arguments(options), outcome);
        else if (command == "benchmark") {
            // Drawing swimlane diagrams timed inside the office (tests/bench/draw_bench).
            bool ran = false;
            MainThread::run(m_context,
                            [&] { ran = DrawingBenchmark(m_context).run(Arguments(options), outcome.messages); });
            if (!ran)
                outcome.exitCode = usage;
        } else
            outcome.fail(usage, "Unknown command \"" + toUtf8(command) + "\" (render, check).");
    } catch (const LoadError& error) {
        outcome.fail(unreadable, error.what());
    } catch (const CommandError& error) {
        outcome.fail(usage, error.what());
    } catch (const css::uno::Exception& error) {
        const rtl::OUString kind = cppu::getCaughtException().getValueTypeName();
        outcome.fail(officeFailed, "The office failed: " + toUtf8(kind + " " + error.Message));
    } catch (const std::exception& error) {
        outcome.fail(officeFailed, error.what());
    } catch (...) {
        outcome.fail(officeFailed, "The office failed for an unknown reason.");
    }
    if (outcome.exitCode == 0 && hasErrors(outcome.findings))
        outcome.exitCode = 1;

    org::salesprocess::GeneratorResult result;
    result.ExitCode = outcome.exitCode;
    result.FilesWritten.realloc(static_cast<sal_Int32>(outcome.files.size()));
    for (std::size_t i = 0; i < outcome.files.size(); ++i)
        result.FilesWritten.getArray()[i] = toOUString(outcome.files[i]);
    result.Findings.realloc(static_cast<sal_Int32>(outcome.findings.size()));
    for (std::size_t i = 0; i < outcome.findings.size(); ++i) {
        const Finding& f = outcome.findings[i];
        result.Findings.getArray()[i] = toOUString(std::string(toString(f.severity)) + "\t" + f.code + "\t" +
                                                   oneLine(f.where.toPath()) + "\t" + oneLine(f.message));
    }
    result.Messages.realloc(static_cast<sal_Int32>(outcome.messages.size()));
    for (std::size_t i = 0; i < outcome.messages.size(); ++i)
        result.Messages.getArray()[i] = toOUString(outcome.messages[i]);
    return result;
}

void Generator::render(const Arguments& options, Outcome& outcome) const
{
    static const char* const known[] = {"Template", "Workbook", "Current", "Language", "Today",
                                        "PerTeam",  "OutDir",   "Force"};
    for (const std::string& name : options.names())
        if (std::none_of(std::begin(known), std::end(known), [&](const char* k) { return name == k; }))
            return outcome.fail(usage, "Unknown option " + name + " for render.");
    const std::optional<std::string> outDir = options.text("OutDir");
    if (!outDir)
        return outcome.fail(usage, "render needs OutDir, the folder to write into.");
    const std::optional<std::string> workbook = options.text("Workbook");
    if (workbook && options.has("Template"))
        return outcome.fail(usage, "Give a template or a workbook, not both.");
    std::string language = OfficeLanguage::ui(m_context);
    if (auto given = options.text("Language")) {
        language = OfficeLanguage::normalise(*given);
        if (language.empty())
            return outcome.fail(usage, "Language must be nl or en, not \"" + *given + "\".");
    }
    const std::string today = CheckProcessCommand::today(options);

    const std::string folder = toSystemPath(toOUString(*outDir));
    if (osl::Directory::createPath(toFileUrl(folder)) != osl::FileBase::E_None && !exists(folder))
        return outcome.fail(usage, "Cannot create the output folder " + folder + ".");
    const std::string target = joined(folder, "process.ods");
    if (exists(target) && !options.flag("Force", false) && filesWeWrote(folder).count("process.ods") == 0)
        return outcome.fail(usage, target + " exists and was not written by salesprocess: not overwritten "
                                            "(use --force to overwrite it).");

    NewWorkbookCommand newWorkbook(m_context);
    Process process;
    Process drawn; // read back from the workbook: what the drawings show
    if (!workbook)
        process = newWorkbook.loadTemplate(options.text("Template").value_or(TemplateCatalog::defaultName), language);

    MainThread::run(m_context, [&] {
        const rtl::OUString source = workbook ? toFileUrl(*workbook) : rtl::OUString("private:factory/scalc");
        HiddenDocument document(m_context, source, false);
        if (!workbook)
            outcome.messages.push_back(
                newWorkbook.write(document.model(), document.frame(), process, WorkbookWriter::Placement::Fill));
        // The change report and the proposed actions first, so that Check sees the action plan.
        if (const auto current = options.text("Current")) {
            CompareCommand::Request request{*current, std::nullopt, today};
            outcome.messages.push_back(CompareCommand(m_context).compare(document.model(), document.frame(), request));
        }
        for (const auto matrix : {MatrixCommand::Matrix::TaskDivision, MatrixCommand::Matrix::Routing})
            outcome.messages.push_back(MatrixCommand(m_context, matrix).write(document.model(), document.frame()));
        const auto checked = CheckProcessCommand(m_context).check(document.model(), document.frame(), today, true);
        outcome.findings = checked.findings;
        outcome.messages.push_back(checked.summary);
        css::uno::Reference<css::frame::XStorable> storable(document.model(), css::uno::UNO_QUERY_THROW);
        storable->storeToURL(toFileUrl(target), properties({{"FilterName", css::uno::Any(rtl::OUString("calc8"))},
                                                            {"Overwrite", css::uno::Any(true)}}));
        // A hidden document stores no view: the frozen header rows go into the file here.
        const std::string unfrozen = SavedView::of(document.model()).writeInto(m_context, toFileUrl(target));
        if (!unfrozen.empty())
            outcome.messages.push_back("The header rows of process.ods are not frozen: " + unfrozen);
        drawn = ProcessSource::fromWorkbook(document.model(), language);
    });
    rememberWritten(folder, "process.ods");
    outcome.files.push_back(target);

    // The swimlane diagram and the desk checklists of the process as the workbook holds it.
    const auto mayWrite = [&](const std::string& name) {
        return !exists(joined(folder, name)) || options.flag("Force", false) || filesWeWrote(folder).count(name) != 0;
    };
    DrawingOutputs::Written drawings;
    MainThread::run(m_context, [&] {
        drawings = DrawingOutputs(m_context).write(drawn, folder, options.flag("PerTeam", false), mayWrite);
    });
    for (const std::string& file : drawings.files) {
        rememberWritten(folder, file.substr(file.find_last_of('/') + 1));
        outcome.files.push_back(file);
    }
    outcome.messages.insert(outcome.messages.end(), drawings.messages.begin(), drawings.messages.end());
}

void Generator::check(const Arguments& options, Outcome& outcome) const
{
    const std::optional<std::string> file = options.text("File");
    if (!file)
        return outcome.fail(usage, "check needs File, the process file (.json) or workbook (.ods).");
    const std::string today = CheckProcessCommand::today(options);
    const std::string path = toSystemPath(toOUString(*file));
    if (!exists(path))
        return outcome.fail(unreadable, path + ": no such file.");
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0) {
        const LoadResult loaded = ProcessFile::load(path);
        outcome.findings = loaded.findings;
        CheckOptions checkOptions;
        checkOptions.today = today;
        const auto review = ProcessChecker::check(loaded.process, checkOptions);
        outcome.findings.insert(outcome.findings.end(), review.begin(), review.end());
        return;
    }
    try {
        MainThread::run(m_context, [&] {
            HiddenDocument document(m_context, toFileUrl(path), true);
            const auto checked = CheckProcessCommand(m_context).check(document.model(), document.frame(), today, false);
            outcome.findings = checked.findings;
            outcome.messages.push_back(checked.summary);
        });
    } catch (const CommandError& error) {
        outcome.fail(unreadable, path + ": " + error.what());
    }
}

rtl::OUString Generator::getImplementationName() { return implementationName(); }

sal_Bool Generator::supportsService(const rtl::OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<rtl::OUString> Generator::getSupportedServiceNames() { return serviceNames(); }

} // namespace salesprocess::extension
