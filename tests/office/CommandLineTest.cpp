// The command line end to end: `salesprocess render` and `salesprocess check` as a user runs
// them (as root here: the office then runs as nobody), with their exit codes, their refusal to
// overwrite what they did not write, and no office left behind however they end. The outputs
// are opened again in the shared test office.
#include "CalcDocument.hpp"
#include "ProcessProbe.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#ifndef SALESPROCESS_CLI
#error "SALESPROCESS_CLI names the built command line"
#endif

extern char** environ;

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

std::string quoted(const std::string& text)
{
    std::string result = "'";
    for (char c : text)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

std::string readAll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// A place for one test's command-line runs: its own TMPDIR (where the office's work folder
/// goes, so that a leftover office or folder is easy to find) and an output folder.
class CliArea {
public:
    explicit CliArea(const std::string& name) : m_scratch("cli-" + name)
    {
        std::filesystem::create_directories(temporary());
        std::filesystem::create_directories(out());
    }
    std::filesystem::path temporary() const { return m_scratch.path() / "tmp"; }
    std::filesystem::path out() const { return m_scratch.path() / "out"; }
    std::filesystem::path path() const { return m_scratch.path(); }

    CliRun run(const std::string& arguments, const std::string& environment = "") const
    {
        const std::filesystem::path out = m_scratch.path() / "stdout.txt";
        const std::filesystem::path err = m_scratch.path() / "stderr.txt";
        const CommandResult result = runCommand("(env TMPDIR=" + quoted(temporary().string()) + " " + environment
                                                + " " + quoted(SALESPROCESS_CLI) + " " + arguments + " >"
                                                + quoted(out.string()) + " 2>" + quoted(err.string()) + ")");
        return CliRun{result.exitCode, readAll(out), readAll(err)};
    }

    /// Nothing of an office is left: no process mentions our TMPDIR, and it is empty.
    void requireNoOfficeLeft() const
    {
        CHECK(processesMentioning(temporary().string()) == 0);
        CHECK(std::filesystem::is_empty(temporary()));
    }

private:
    ScratchFolder m_scratch;
};

std::string arguments(std::initializer_list<std::string> parts)
{
    std::string line;
    for (const std::string& part : parts)
        line += (line.empty() ? "" : " ") + quoted(part);
    return line;
}

} // namespace

TEST_CASE("render on the default template writes process.ods and leaves no office behind", "[cli]")
{
    CliArea area("default");
    const CliRun run = area.run(arguments({"render", "--today", "2026-02-01", "--out", area.out().string()}));
    INFO(run.out << run.err);
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("wrote " + (area.out() / "process.ods").string()));
    REQUIRE(std::filesystem::is_regular_file(area.out() / "process.ods"));
    // The swimlane diagram and the desk checklists of the same process.
    for (const char* drawing : {"swimlane.odg", "swimlane.pdf", "checklists.pdf"}) {
        INFO(drawing);
        CHECK_THAT(run.out, Catch::Contains("wrote " + (area.out() / drawing).string()));
        CHECK(std::filesystem::is_regular_file(area.out() / drawing));
    }
    area.requireNoOfficeLeft();

    // Opened again: the whole workbook of the default template, checked.
    auto& office = SharedOffice::session();
    CalcDocument written(office, area.out() / "process.ods");
    const Process process = ProcessFile::load(templatePath("b2b-field-sales", "en")).process;
    auto names = written.sheetNames();
    // The tables, the Check report, the task division, the routing matrix and its per-team view.
    REQUIRE(names.size() == Workbook::sheets(process).size() + 4);
    CHECK(names[4] == "Steps");
    for (const char* generated : {"Check report", "Task division", "Routing matrix", "Routing per team"})
        CHECK(std::find(names.begin(), names.end(), generated) != names.end());
    CHECK_THAT(written.snapshot(), Catch::Contains(process.name));
    CHECK(written.userProperty("SalesProcessModel"));

    SECTION("rendering again replaces its own file")
    {
        const CliRun again = area.run(arguments({"render", "--out", area.out().string()}));
        INFO(again.out << again.err);
        CHECK(again.exitCode == 0);
        area.requireNoOfficeLeft();
    }
}

TEST_CASE("render takes the template and language asked for, and writes a checklist per team", "[cli]")
{
    CliArea area("options");
    const std::string templateFile = templatePath("webshop", "nl");
    const CliRun run = area.run(arguments({"render", "--template", templateFile, "--lang", "nl", "--per-team",
                                           "--current", templatePath("inside-sales", "nl"), "--out",
                                           area.out().string()}));
    INFO(run.out << run.err);
    CHECK(run.exitCode == 0);
    // --per-team: a desk checklist PDF per team beside the one of all teams.
    CHECK(std::filesystem::is_regular_file(area.out() / "checklists.pdf"));
    for (const Team& team : ProcessFile::load(templateFile).process.teams)
        CHECK(std::filesystem::is_regular_file(area.out() / ("checklists-" + team.id + ".pdf")));
    // --current: the changes against today's process and an action per change.
    CHECK_THAT(run.err, Catch::Contains("wijzigingen ten opzichte van"));
    area.requireNoOfficeLeft();

    auto& office = SharedOffice::session();
    CalcDocument written(office, area.out() / "process.ods");
    CHECK(written.sheetNames()[4] == "Stappen");
    CHECK_THAT(written.snapshot(), Catch::Contains(ProcessFile::load(templateFile).process.name));
    const auto writtenNames = written.sheetNames();
    CHECK(std::find(writtenNames.begin(), writtenNames.end(), "Wijzigingen") != writtenNames.end());
    CHECK(written.rows("Acties").size() > 10);

    const CliRun named = area.run(arguments({"render", "--template", "inside-sales", "--lang", "en", "--force",
                                             "--out", area.out().string()}));
    INFO(named.out << named.err);
    CHECK(named.exitCode == 0);
    CalcDocument insideSales(office, area.out() / "process.ods");
    CHECK(insideSales.sheetNames()[4] == "Steps");
    CHECK_THAT(insideSales.snapshot(),
               Catch::Contains(ProcessFile::load(templatePath("inside-sales", "en")).process.name));
}

TEST_CASE("render refuses to overwrite a file it did not write, unless --force", "[cli]")
{
    CliArea area("foreign");
    const std::filesystem::path foreign = area.out() / "process.ods";
    std::ofstream(foreign) << "the manager's own file";

    const CliRun refused = area.run(arguments({"render", "--out", area.out().string()}));
    INFO(refused.out << refused.err);
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("--force"));
    CHECK(readAll(foreign) == "the manager's own file");
    area.requireNoOfficeLeft();

    const CliRun forced = area.run(arguments({"render", "--force", "--out", area.out().string()}));
    INFO(forced.out << forced.err);
    CHECK(forced.exitCode == 0);
    CHECK(readAll(foreign).rfind("PK", 0) == 0); // an .ods (zip) now
    area.requireNoOfficeLeft();
}

TEST_CASE("a workbook with errors: render and check report them at the cell and exit 1", "[cli]")
{
    CliArea area("errors");
    auto& office = SharedOffice::session();
    const std::filesystem::path exchange = office.makeExchangeFolder("cli-errors");
    {
        ProcessWorkbook workbook(office, "b2b-field-sales", "en");
        workbook.document().type("Steps", workbook.column("steps", "team"), 3, "Feild sales");
        workbook.document().storeTo(exchange / "workbook.ods", "calc8");
    }
    const std::filesystem::path input = area.path() / "workbook.ods";
    std::filesystem::copy_file(exchange / "workbook.ods", input);

    const CliRun check = area.run(arguments({"check", "--today", "2026-02-01", input.string()}));
    INFO(check.out << check.err);
    CHECK(check.exitCode == 1);
    CHECK_THAT(check.out, Catch::Contains(input.string() + ": error [unknown-team]")
                              && Catch::Contains("Feild sales") && Catch::Contains("1 finding(s)"));
    area.requireNoOfficeLeft();

    const CliRun render = area.run(arguments({"render", "--workbook", input.string(), "--out", area.out().string()}));
    INFO(render.out << render.err);
    CHECK(render.exitCode == 1);
    CHECK_THAT(render.out, Catch::Contains("[unknown-team]"));
    CHECK(std::filesystem::is_regular_file(area.out() / "process.ods"));
    area.requireNoOfficeLeft();
}

TEST_CASE("check on a process file works offline; broken and missing input exits 3", "[cli]")
{
    CliArea area("offline");
    const std::string sound = templatePath("b2b-field-sales", "en");
    CliRun run = area.run(arguments({"check", sound}));
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("0 finding(s)"));

    std::string text = readAll(sound);
    const std::size_t team = text.find("\"team\": \"field\"", text.find("\"steps\""));
    REQUIRE(team != std::string::npos);
    text.replace(team, 15, "\"team\": \"feild\"");
    const std::filesystem::path typo = area.path() / "typo.json";
    std::ofstream(typo) << text;
    run = area.run(arguments({"check", typo.string()}));
    INFO(run.out << run.err);
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.out, Catch::Contains("error [unknown-team] steps["));

    const std::filesystem::path broken = area.path() / "broken.json";
    std::ofstream(broken) << "{ \"process\": { \"name\": ";
    run = area.run(arguments({"check", broken.string()}));
    CHECK(run.exitCode == 3);
    CHECK_THAT(run.err, Catch::Contains("broken.json"));

    run = area.run(arguments({"check", (area.path() / "missing.json").string()}));
    CHECK(run.exitCode == 3);
    run = area.run(arguments({"check", (area.path() / "missing.ods").string()}));
    CHECK(run.exitCode == 3);
    CHECK_THAT(run.err, Catch::Contains("missing.ods"));
    run = area.run(arguments({"render", "--workbook", (area.path() / "missing.ods").string(), "--out",
                              area.out().string()}));
    CHECK(run.exitCode == 3);
    area.requireNoOfficeLeft();
}

TEST_CASE("usage errors exit 2 and print the usage, before any office starts", "[cli]")
{
    CliArea area("usage");
    const std::string out = area.out().string();
    for (const std::string& line :
         {std::string(""), arguments({"render"}), arguments({"render", "--lang", "de", "--out", out}),
          arguments({"render", "--today", "2026-13-01", "--out", out}),
          arguments({"render", "--today", "tomorrow", "--out", out}),
          arguments({"render", "--template", "webshop", "--workbook", "x.ods", "--out", out}),
          arguments({"render", "--colour", "blue", "--out", out}), arguments({"render", "--out"}),
          arguments({"check"}), arguments({"check", "a.json", "b.json"}), arguments({"publish"})}) {
        INFO("salesprocess " << line);
        const CliRun run = area.run(line);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::Contains("usage: salesprocess render"));
    }
    const CliRun help = area.run(arguments({"--help"}));
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("usage: salesprocess render"));
    area.requireNoOfficeLeft();
}

TEST_CASE("without the extension the office is missing: exit 4", "[cli]")
{
    CliArea area("no-extension");
    CliRun run = area.run(arguments({"render", "--oxt", (area.path() / "none.oxt").string(), "--out",
                                     area.out().string()}));
    CHECK(run.exitCode == 4);
    CHECK_THAT(run.err, Catch::Contains("none.oxt"));
    run = area.run(arguments({"render", "--out", area.out().string()}),
                   "SALESPROCESS_OXT=" + quoted((area.path() / "elsewhere.oxt").string()));
    CHECK(run.exitCode == 4);
    CHECK_THAT(run.err, Catch::Contains("elsewhere.oxt"));
    area.requireNoOfficeLeft();
}

TEST_CASE("Ctrl-C during a render stops the office and leaves nothing behind", "[cli]")
{
    CliArea area("interrupted");
    const std::string temporary = "TMPDIR=" + area.temporary().string();
    std::vector<std::string> environment{temporary};
    for (char** entry = environ; *entry != nullptr; ++entry)
        if (std::string(*entry).rfind("TMPDIR=", 0) != 0)
            environment.emplace_back(*entry);
    std::vector<char*> envp;
    for (std::string& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::string cli = SALESPROCESS_CLI, render = "render", outOption = "--out", out = area.out().string();
    std::vector<char*> argv{cli.data(), render.data(), outOption.data(), out.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string log = (area.path() / "interrupted.log").string();
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    REQUIRE(posix_spawn(&pid, cli.c_str(), &actions, nullptr, argv.data(), envp.data()) == 0);
    posix_spawn_file_actions_destroy(&actions);

    // Wait until soffice runs (its command line names the work folder in our TMPDIR).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    bool officeRunning = false;
    while (!officeRunning && std::chrono::steady_clock::now() < deadline) {
        officeRunning = processesMentioning("soffice.bin -env:UserInstallation=file://" + area.temporary().string())
                        > 0;
        if (!officeRunning)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK(officeRunning);
    kill(pid, SIGINT);
    int status = 0;
    const auto waitDeadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    pid_t ended = 0;
    while ((ended = waitpid(pid, &status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < waitDeadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (ended == 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        FAIL("the command line did not end within a minute of Ctrl-C");
    }
    INFO(readAll(log));
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 128 + SIGINT);
    CHECK_THAT(readAll(log), Catch::Contains("interrupted"));
    area.requireNoOfficeLeft();
}
