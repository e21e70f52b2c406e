#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/ActionPlanner.hpp"
#include "core/Date.hpp"
#include "core/ProcessComparison.hpp"
#include "templates/ChangeReport.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salesprocess;
using salesprocess::test::smallProcess;
using salesprocess::test::step;
using salesprocess::test::stepById;

namespace {

using Row = std::vector<std::string>;

/// Today field sales qualifies, e-mails from customers land there, the quote is made at closing
/// and a telemarketing team exists; the desired process adds a step nobody owns yet.
std::vector<Change> smallChanges(const std::string& language)
{
    Process current = smallProcess();
    stepById(current, "qualify").team = "field";
    stepById(current, "quote").phase = "close";
    for (Route& r : current.routes)
        if (r.channel == "mail" && r.segment == "customer")
            r.team = "field";
    current.teams.push_back({"tele", "Telemarketing", "", "inside"});
    Process desired = smallProcess(language);
    desired.steps.push_back(step("archive", "Archive the file", "close", ""));
    return ProcessComparison::compare(current, desired);
}

std::vector<Row> sectionOf(const Sheet& sheet, const std::string& team)
{
    std::vector<Row> rows;
    for (const Row& row : sheet.rows)
        if (row.front() == team && !ChangeReport::isTeamHeader(row))
            rows.push_back({row[1], row[4]});
    return rows;
}

/// What the Calc adapter would read back from freshly written sheets (dates as serial numbers).
std::vector<RawSheet> asRead(const std::vector<Sheet>& sheets)
{
    std::vector<RawSheet> raw;
    for (const Sheet& s : sheets) {
        RawSheet r{s.table, s.name, {}};
        std::vector<Cell> header;
        for (const Column& c : s.columns)
            header.push_back(Cell{c.header, std::nullopt});
        r.cells.push_back(header);
        for (const Row& row : s.rows) {
            std::vector<Cell> cells;
            for (std::size_t c = 0; c < row.size(); ++c)
                cells.push_back(s.columns[c].isDate && !row[c].empty()
                                    ? Cell{"", static_cast<double>(Date::parse(row[c])->toSerial())}
                                    : Cell{row[c], std::nullopt});
            r.cells.push_back(cells);
        }
        raw.push_back(std::move(r));
    }
    return raw;
}

} // namespace

TEST_CASE("the Changes sheet in both languages", "[change-report]")
{
    const Sheet en = ChangeReport::sheet(smallChanges("en"), smallProcess("en"));
    CHECK(en.table == "changes");
    CHECK(en.name == "Changes");
    std::vector<std::string> headers;
    for (const Column& c : en.columns)
        headers.push_back(c.header);
    CHECK(headers == std::vector<std::string>{"Team", "Gains/Loses", "Change", "Kind", "Key"});

    const Sheet nl = ChangeReport::sheet(smallChanges("nl"), smallProcess("nl"));
    CHECK(nl.table == "changes");
    CHECK(nl.name == "Wijzigingen");
    headers.clear();
    for (const Column& c : nl.columns)
        headers.push_back(c.header);
    CHECK(headers == std::vector<std::string>{"Team", "Krijgt erbij/Raakt kwijt", "Wijziging", "Soort", "Sleutel"});
    for (const Row& row : nl.rows)
        CHECK(row.size() == nl.columns.size());
}

TEST_CASE("the Changes sheet is grouped by team: what it gains, what it loses", "[change-report]")
{
    const Sheet sheet = ChangeReport::sheet(smallChanges("en"), smallProcess("en"));
    CHECK(sheet.rows == std::vector<Row>{
        {"Inside sales", "", "", "", ""},
        {"Inside sales", "Gains", "\"Qualify the lead\" moves from Field sales to Inside sales.", "Other team",
         "step-moved-team:qualify:field->inside"},
        {"Inside sales", "Gains", "Contacts via E-mail (Customer) now go to Inside sales instead of Field sales.",
         "Routing: other team", "route-changed-team:mail:customer:field->inside"},
        {"Field sales", "", "", "", ""},
        {"Field sales", "Loses", "\"Qualify the lead\" moves from Field sales to Inside sales.", "Other team",
         "step-moved-team:qualify:field->inside"},
        {"Field sales", "Loses", "Contacts via E-mail (Customer) now go to Inside sales instead of Field sales.",
         "Routing: other team", "route-changed-team:mail:customer:field->inside"},
        {"Field sales", "Changes", "\"Prepare the quote\" moves from the phase Closing to Quotation.", "Other phase",
         "step-moved-phase:quote:close->quote"},
        {"Telemarketing", "", "", "", ""},
        {"Telemarketing", "Changes", "Team Telemarketing is discontinued.", "Team dropped", "team-removed:tele"},
        {"No team", "", "", "", ""},
        {"No team", "", "New step \"Archive the file\" in the phase Closing, without a team yet.", "New step",
         "step-added:archive"},
    });
}

TEST_CASE("team headers", "[change-report]")
{
    CHECK(ChangeReport::isTeamHeader({"Binnendienst", "", "", "", ""}));
    CHECK_FALSE(ChangeReport::isTeamHeader({"Binnendienst", "Krijgt erbij", "x", "y", "z"}));
    CHECK_FALSE(ChangeReport::isTeamHeader({"", "", "", "", ""}));
    CHECK_FALSE(ChangeReport::isTeamHeader({}));
    CHECK(ChangeReport::sheet({}, smallProcess()).rows.empty());
}

TEST_CASE("the Changes sheet of the realistic before, in Dutch", "[change-report]")
{
    const Process desired = ProcessFile::load(test::templatePath("b2b-field-sales", "nl")).process;
    Process current = desired;
    stepById(current, "qualify").team = "field";
    stepById(current, "plan-visit").team = "field";
    current.routes.erase(std::remove_if(current.routes.begin(), current.routes.end(),
                                        [](const Route& r) { return r.channel == "webform"; }),
                         current.routes.end());
    for (Arrow& a : current.arrows)
        a.handover.clear();
    const Sheet sheet = ChangeReport::sheet(ProcessComparison::compare(current, desired), desired);

    std::vector<std::string> teams;
    for (const Row& row : sheet.rows)
        if (ChangeReport::isTeamHeader(row))
            teams.push_back(row.front());
    CHECK(teams == std::vector<std::string>{"Marketing", "Binnendienst", "Buitendienst", "Orderverwerking",
                                            "Financiën", "Klantenservice"});
    CHECK(sectionOf(sheet, "Binnendienst") == std::vector<Row>{
                                                  {"Krijgt erbij", "step-moved-team:qualify:field->inside"},
                                                  {"Krijgt erbij", "step-moved-team:plan-visit:field->inside"},
                                                  {"Krijgt erbij", "route-added:webform:prospect"},
                                                  {"Krijgt erbij", "route-added:webform:customer"},
                                                  {"Wijzigt", "handover-changed:lead-collect->d-known"},
                                                  {"Wijzigt", "handover-changed:nurture->qualify"},
                                                  {"Wijzigt", "handover-changed:send-quote->follow-quote"},
                                              });
    CHECK(sectionOf(sheet, "Buitendienst") == std::vector<Row>{
                                                  {"Raakt kwijt", "step-moved-team:qualify:field->inside"},
                                                  {"Raakt kwijt", "step-moved-team:plan-visit:field->inside"},
                                                  {"Wijzigt", "handover-changed:plan-visit->visit"},
                                                  {"Wijzigt", "handover-changed:follow-quote->d-response"},
                                                  {"Wijzigt", "handover-changed:reference->keep-customer"},
                                              });
    const auto row = std::find_if(sheet.rows.begin(), sheet.rows.end(), [](const Row& r) {
        return r[1] == "Krijgt erbij" && r[4] == "step-moved-team:qualify:field->inside";
    });
    REQUIRE(row != sheet.rows.end());
    CHECK((*row)[2] == "\"Lead kwalificeren\" gaat van Buitendienst naar Binnendienst.");
    CHECK((*row)[3] == "Ander team");
}

TEST_CASE("the kinds as the manager reads them", "[change-report]")
{
    CHECK(ChangeReport::kindName(ChangeKind::RouteChangedResponseTime, "nl") == "Routering: reactietijd");
    CHECK(ChangeReport::kindName(ChangeKind::RouteChangedResponseTime, "en") == "Routing: response time");
    std::set<std::string> names;
    for (int k = 0; k <= static_cast<int>(ChangeKind::TeamRemoved); ++k)
        names.insert(ChangeReport::kindName(static_cast<ChangeKind>(k), "nl"));
    CHECK(names.size() == 14);
}

TEST_CASE("the Actions sheet is the workbook's, with the proposed actions after the user's", "[change-report]")
{
    Process desired = smallProcess("nl");
    desired.teams.push_back({"tele", "Telemarketing", "", "inside"}); // a team without people
    desired.actions = {{"Eigen actie", "Bram", "2026-02-01", ActionStatus::Doing, ""}};
    Process current = smallProcess();
    current.teams.push_back(desired.teams.back());
    stepById(current, "qualify").team = "field";
    stepById(current, "lost").team = "tele";
    const ActionPlan plan = ActionPlanner::plan(ProcessComparison::compare(current, desired), desired,
                                                desired.actions, {}, PlanSettings{"2026-03-02", 2});
    REQUIRE(plan.actions.size() == 2);

    const Sheet sheet = ChangeReport::actionsSheet(desired, plan.actions);
    const auto workbook = Workbook::sheets(desired);
    const Sheet& expected = *std::find_if(workbook.begin(), workbook.end(),
                                          [](const Sheet& s) { return s.table == "actions"; });
    CHECK(sheet.table == "actions");
    CHECK(sheet.name == "Acties");
    REQUIRE(sheet.columns.size() == expected.columns.size());
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
        CHECK(sheet.columns[c].field == expected.columns[c].field);
        CHECK(sheet.columns[c].header == expected.columns[c].header);
        CHECK(sheet.columns[c].isDate == expected.columns[c].isDate);
        CHECK(sheet.columns[c].listValues == expected.columns[c].listValues);
    }
    CHECK(sheet.rows == std::vector<Row>{
        {"Eigen actie", "Bram", "2026-02-01", "bezig", ""},
        {"Overdracht van \"Qualify the lead\" naar Inside sales regelen: werkinstructie bijwerken en team "
         "instrueren",
         "Anna", "2026-03-16", "open", "step-moved-team:qualify:field->inside"},
        {"Overdracht van \"Lead lost\" naar Inside sales regelen: werkinstructie bijwerken en team instrueren",
         "Anna", "2026-03-16", "open", "step-moved-team:lost:tele->inside"},
    });

    // Read back as the workbook would be: the actions are what was proposed, origins included.
    std::vector<Sheet> written = workbook;
    std::replace_if(written.begin(), written.end(), [](const Sheet& s) { return s.table == "actions"; }, sheet);
    const auto read = Workbook::read(asRead(written), &desired);
    CHECK(read.load.findings.empty());
    const auto& actions = read.load.process.actions;
    REQUIRE(actions.size() == 3);
    for (std::size_t i = 0; i < plan.actions.size(); ++i) {
        CHECK(actions[i + 1].description == plan.actions[i].description);
        CHECK(actions[i + 1].owner == plan.actions[i].owner);
        CHECK(actions[i + 1].deadline == plan.actions[i].deadline);
        CHECK(actions[i + 1].status == ActionStatus::Open);
        CHECK(actions[i + 1].origin == plan.actions[i].origin);
    }
}

TEST_CASE("an action owned by a team shows the team's name", "[change-report]")
{
    Process desired = smallProcess();
    desired.people.clear();
    Process current = smallProcess();
    stepById(current, "qualify").team = "field";
    const ActionPlan plan = ActionPlanner::plan(ProcessComparison::compare(current, desired), desired, {}, {},
                                                PlanSettings{"2026-03-02", 4});
    REQUIRE(plan.actions.size() == 1);
    CHECK(plan.actions[0].owner == "inside");
    const Sheet sheet = ChangeReport::actionsSheet(desired, plan.actions);
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0][1] == "Inside sales");
    CHECK(sheet.rows[0][3] == "open");
}
