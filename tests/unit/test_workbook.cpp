#include "TemplateFiles.hpp"
#include "core/Date.hpp"
#include "core/ProcessChecker.hpp"
#include "templates/CheckReport.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

/// What the Calc adapter would read back from freshly written sheets.
std::vector<RawSheet> asRead(const std::vector<Sheet>& sheets)
{
    std::vector<RawSheet> raw;
    for (const Sheet& s : sheets) {
        RawSheet r{s.table, s.name, {}};
        std::vector<Cell> header;
        for (const Column& c : s.columns)
            header.push_back(Cell{c.header, std::nullopt});
        r.cells.push_back(header);
        for (const auto& row : s.rows) {
            std::vector<Cell> cells;
            for (std::size_t c = 0; c < row.size(); ++c) {
                Cell cell{row[c], std::nullopt};
                if (s.columns[c].isDate && !row[c].empty()) // Calc stores real dates as numbers
                    cell = Cell{"", static_cast<double>(Date::parse(row[c])->toSerial())};
                cells.push_back(cell);
            }
            r.cells.push_back(cells);
        }
        raw.push_back(std::move(r));
    }
    return raw;
}

RawSheet& sheetOf(std::vector<RawSheet>& raw, const std::string& table)
{
    return *std::find_if(raw.begin(), raw.end(), [&](const RawSheet& r) { return r.table == table; });
}

int columnOf(const RawSheet& r, const std::string& header)
{
    for (std::size_t c = 0; c < r.cells[0].size(); ++c)
        if (r.cells[0][c].text == header)
            return static_cast<int>(c);
    FAIL("no column " << header);
    return -1;
}

std::vector<std::string> describe(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const Finding& f : findings)
        out.push_back(f.code + " " + f.toString());
    return out;
}

Workbook::ReadResult readAndCheck(const std::vector<RawSheet>& raw, const Process* previous,
                                  std::vector<Finding>& findings)
{
    Workbook::ReadResult r = Workbook::read(raw, previous);
    findings = r.load.findings;
    auto checked = ProcessChecker::check(r.load.process, CheckOptions{"2026-11-28"});
    r.cells.locate(checked);
    findings.insert(findings.end(), checked.begin(), checked.end());
    return r;
}

} // namespace

TEST_CASE("a Dutch workbook has Dutch sheets and headers", "[workbook]")
{
    const Process p = ProcessFile::load(templatePath("b2b-field-sales", "nl")).process;
    const auto sheets = Workbook::sheets(p);
    std::vector<std::string> names;
    for (const Sheet& s : sheets)
        names.push_back(s.name);
    CHECK(names == std::vector<std::string>{"Proces", "Fasen", "Teams", "Personen", "Stappen", "Pijlen", "Kanalen",
                                            "Routering", "Acties"});
    const Sheet& steps = sheets[4];
    CHECK(steps.columns[0].isId);
    CHECK(steps.columns[1].header == "Stap");
    CHECK(steps.rows.size() == p.steps.size());
    CHECK(steps.rows[14][1] == "Offerte opstellen");
    CHECK(steps.rows[14][4] == "Buitendienst"); // names, not ids
    CHECK(steps.columns[4].listRange == "sp_team_names");
    CHECK(steps.columns[2].listValues.front() == "activiteit");
    CHECK(Workbook::sheetName("routes", "en") == "Routing");
    CHECK(Workbook::tableOfSheetName("stappen") == "steps");
}

TEST_CASE("a workbook reads back to the same process", "[workbook]")
{
    for (const std::string& name : templateNames()) {
        for (const char* language : {"nl", "en"}) {
            INFO(name << "." << language);
            Process p = ProcessFile::load(templatePath(name, language)).process;
            p.actions = {{"Train the team", p.people[0].name, "2026-12-01", ActionStatus::Doing, "change 1"},
                         {"Update the CRM", p.teams[0].id, "2026-12-15", ActionStatus::Open, ""}};
            std::vector<Finding> findings;
            const auto r = readAndCheck(asRead(Workbook::sheets(p)), &p, findings);
            CHECK(describe(findings).empty());
            CHECK(r.renamed.empty());
            CHECK(ProcessFile::toJson(r.load.process) == ProcessFile::toJson(p));
        }
    }
}

TEST_CASE("columns are found by header: reordered and added columns, blank rows", "[workbook]")
{
    const Process p = ProcessFile::load(templatePath("b2b-field-sales", "en")).process;
    auto raw = asRead(Workbook::sheets(p));
    RawSheet& steps = sheetOf(raw, "steps");
    for (auto& row : steps.cells) {
        std::reverse(row.begin(), row.end());
        row.insert(row.begin() + 2, Cell{"my note", std::nullopt});
    }
    steps.cells[0][2].text = "Notes";
    steps.cells.insert(steps.cells.begin() + 5, std::vector<Cell>(steps.cells[0].size()));
    // A Dutch header in an English workbook is understood too.
    steps.cells[0][static_cast<std::size_t>(columnOf(steps, "Team"))].text = "Team";
    steps.cells[0][static_cast<std::size_t>(columnOf(steps, "Phase"))].text = "Fase";
    std::vector<Finding> findings;
    const auto r = readAndCheck(raw, &p, findings);
    CHECK(describe(findings).empty());
    CHECK(ProcessFile::toJson(r.load.process) == ProcessFile::toJson(p));
}

TEST_CASE("a team renamed in the Teams sheet is recognised and its references follow", "[workbook]")
{
    const Process p = ProcessFile::load(templatePath("b2b-field-sales", "nl")).process;
    auto raw = asRead(Workbook::sheets(p));
    RawSheet& teams = sheetOf(raw, "teams");
    const int nameColumn = columnOf(teams, "Team");
    auto row = std::find_if(teams.cells.begin(), teams.cells.end(), [](const auto& r) { return r[0].text == "field"; });
    REQUIRE(row != teams.cells.end());
    (*row)[static_cast<std::size_t>(nameColumn)].text = "Accountmanagers";

    std::vector<Finding> findings;
    const auto r = readAndCheck(raw, &p, findings);
    CHECK(describe(findings).empty());
    CHECK(r.load.process.findTeam("field")->name == "Accountmanagers");
    CHECK(r.load.process.steps[14].team == "field");
    REQUIRE(!r.renamed.empty());
    CHECK(std::all_of(r.renamed.begin(), r.renamed.end(),
                      [](const Workbook::RenamedReference& x) { return x.newText == "Accountmanagers"; }));
    CHECK(std::any_of(r.renamed.begin(), r.renamed.end(), [](const Workbook::RenamedReference& x) {
        return x.sheetName == "Stappen" && x.row == 15 && x.column == 4;
    }));

    SECTION("an old name that equals the id is a rename too")
    {
        auto marketing = std::find_if(teams.cells.begin(), teams.cells.end(),
                                      [](const auto& cells) { return cells[0].text == "marketing"; });
        REQUIRE(marketing != teams.cells.end());
        (*marketing)[static_cast<std::size_t>(nameColumn)].text = "Marketing & Communicatie";
        const auto again = readAndCheck(raw, &p, findings);
        CHECK(describe(findings).empty());
        CHECK(std::any_of(again.renamed.begin(), again.renamed.end(), [](const Workbook::RenamedReference& x) {
            return x.newText == "Marketing & Communicatie";
        }));
    }
    SECTION("without the previous model the old name is an unknown team")
    {
        const auto again = readAndCheck(raw, nullptr, findings);
        CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.code == "unknown-team"; }));
    }
}

TEST_CASE("bad workbooks give findings located by sheet and cell", "[workbook][bad-input]")
{
    const Process p = ProcessFile::load(templatePath("b2b-field-sales", "nl")).process;
    auto raw = asRead(Workbook::sheets(p));
    std::vector<Finding> findings;

    SECTION("a misspelled team")
    {
        RawSheet& steps = sheetOf(raw, "steps");
        steps.cells[15][4].text = "Buitendinst";
        readAndCheck(raw, &p, findings);
        CHECK(describe(findings) ==
              std::vector<std::string>{"unknown-team Stappen!E16: stap \"Offerte opstellen\" verwijst naar onbekend "
                                       "team \"Buitendinst\"."});
    }
    SECTION("an empty Steps sheet")
    {
        RawSheet& steps = sheetOf(raw, "steps");
        steps.cells.resize(1);
        readAndCheck(raw, &p, findings);
        REQUIRE(!findings.empty());
        CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
            return f.code == "arrow-to-missing-step" && f.where.cell.rfind("Pijlen!", 0) == 0;
        }));
        CHECK(std::any_of(findings.begin(), findings.end(),
                          [](const Finding& f) { return f.code == "phase-without-steps" && f.where.cell == "Fasen!A2"; }));
    }
    SECTION("text in a date column")
    {
        Process withAction = p;
        withAction.actions = {{"Train", p.people[0].name, "2026-12-01", ActionStatus::Open, ""}};
        raw = asRead(Workbook::sheets(withAction));
        RawSheet& actions = sheetOf(raw, "actions");
        actions.cells[1][2] = Cell{"volgende week", std::nullopt};
        readAndCheck(raw, &withAction, findings);
        CHECK(describe(findings) ==
              std::vector<std::string>{"invalid-date Acties!C2: \"volgende week\" is geen datum.",
                                       "action-without-deadline Acties!C2: Actie \"Train\" heeft geen deadline."});
    }
    SECTION("a Dutch date typed as text is understood")
    {
        Process withAction = p;
        withAction.actions = {{"Train", p.people[0].name, "2026-12-01", ActionStatus::Open, ""}};
        raw = asRead(Workbook::sheets(withAction));
        sheetOf(raw, "actions").cells[1][2] = Cell{"1-12-2026", std::nullopt};
        const auto r = readAndCheck(raw, &withAction, findings);
        CHECK(findings.empty());
        CHECK(r.load.process.actions[0].deadline == "2026-12-01");
    }
    SECTION("an unknown kind")
    {
        sheetOf(raw, "steps").cells[2][2].text = "telefoontje";
        readAndCheck(raw, &p, findings);
        REQUIRE(!findings.empty());
        CHECK(findings[0].toString() ==
              "Stappen!C3: \"telefoontje\" is niet een van: activiteit, beslissing, start, einde gewonnen, einde verloren.");
    }
    SECTION("no sheets at all")
    {
        readAndCheck({}, nullptr, findings);
        CHECK(findings.empty()); // nothing to read is not a crash; the adapter says the workbook is empty
    }
}

TEST_CASE("the check report lists each finding with its place", "[workbook]")
{
    Finding f;
    f.code = "unknown-team";
    f.severity = Severity::Error;
    f.where.cell = "Stappen!E16";
    f.message = "stap \"Offerte opstellen\" verwijst naar onbekend team \"Buitendinst\".";
    const Sheet sheet = CheckReport::sheet({f}, "nl");
    CHECK(sheet.name == "Controle");
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0] == std::vector<std::string>{"Fout", "Stappen!E16", f.message, "unknown-team"});
    CHECK(CheckReport::summary({f}, "nl") == "1 fout, 0 waarschuwingen, 0 opmerkingen");
    CHECK(CheckReport::summary({}, "en") == "No findings: the process is in order.");
}

TEST_CASE("the Process sheet carries the deadline weeks and the reference date of the action plan", "[workbook]")
{
    const Process p = ProcessFile::load(templatePath("b2b-field-sales", "nl")).process;

    SECTION("written with their defaults and read back")
    {
        const auto sheets = Workbook::sheets(p);
        const auto& rows = sheets.front().rows;
        REQUIRE(rows.size() >= 2);
        CHECK(rows[rows.size() - 2] == std::vector<std::string>{"deadlineWeeks", "Deadline nieuwe acties (weken)", "4"});
        CHECK(rows.back() == std::vector<std::string>{"today", "Peildatum (leeg: vandaag)", ""});
        const auto r = Workbook::read(asRead(sheets), &p);
        CHECK(r.settings.deadlineWeeks == 4);
        CHECK(r.settings.today.empty());
        CHECK(r.load.findings.empty());
    }
    SECTION("set by the user: a number and a real date")
    {
        auto raw = asRead(Workbook::sheets(p, Workbook::Settings{6, ""}));
        RawSheet& process = sheetOf(raw, "process");
        process.cells[process.cells.size() - 2][2] = Cell{"", 6.0};
        process.cells.back()[2] = Cell{"", static_cast<double>(Date::parse("2026-03-02")->toSerial())};
        const auto r = Workbook::read(raw, &p);
        CHECK(r.settings.deadlineWeeks == 6);
        CHECK(r.settings.today == "2026-03-02");
        CHECK(ProcessFile::toJson(r.load.process) == ProcessFile::toJson(p)); // not part of the process
    }
    SECTION("nonsense is a finding on its cell and leaves the default")
    {
        auto raw = asRead(Workbook::sheets(p));
        RawSheet& process = sheetOf(raw, "process");
        process.cells[process.cells.size() - 2][2] = Cell{"vier", std::nullopt};
        process.cells.back()[2] = Cell{"morgen", std::nullopt};
        const auto r = Workbook::read(raw, &p);
        CHECK(r.settings.deadlineWeeks == 4);
        CHECK(describe(r.load.findings) ==
              std::vector<std::string>{"invalid-value Proces!C9: \"vier\" is geen aantal weken (0 tot 520).",
                                       "invalid-date Proces!C10: \"morgen\" is geen datum."});
    }
}
