// Task division matrix and Routing matrix on real workbooks: the generated sheets cell by cell
// against the core's grids, team colours, counts and their colour scale, the routing findings,
// regeneration (edited sheets kept, renamed teams followed), one undo step, and the printed PDF
// (mechanical checks of DESIGN.md section 12; PNGs kept in the build tree to be looked at).
#include "CheckReportReader.hpp"
#include "GeneratedSheetProbe.hpp"
#include "ProcessProbe.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/RoutingMatrix.hpp"
#include "templates/TaskDivisionMatrix.hpp"
#include "core/TeamPalette.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntry.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <set>
#include <sstream>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* taskDivisionCommand = "vnd.salesprocess:TaskDivisionMatrix";
constexpr const char* routingCommand = "vnd.salesprocess:RoutingMatrix";

/// Runs both matrix commands on a workbook; fails the test when one does not succeed.
void buildMatrices(ProcessWorkbook& workbook)
{
    for (const char* url : {taskDivisionCommand, routingCommand}) {
        const DispatchOutcome outcome = workbook.run(url, {});
        INFO(url << ": " << outcome.message);
        REQUIRE(outcome.succeeded());
    }
}

/// The conditional format of a cell: (operator, formula, style) per entry.
struct FormatEntry {
    css::sheet::ConditionOperator condition = css::sheet::ConditionOperator_NONE;
    std::string formula;
    std::string style;
    bool operator==(const FormatEntry& other) const
    {
        return condition == other.condition && formula == other.formula && style == other.style;
    }
};

std::ostream& operator<<(std::ostream& out, const FormatEntry& entry)
{
    return out << static_cast<int>(entry.condition) << " " << entry.formula << " -> " << entry.style;
}

std::vector<FormatEntry> formatEntries(const CalcDocument& document, const std::string& sheet, int column, int row)
{
    css::uno::Reference<css::beans::XPropertySet> cell(document.sheet(sheet)->getCellByPosition(column, row),
                                                       css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> entries(cell->getPropertyValue("ConditionalFormat"),
                                                              css::uno::UNO_QUERY_THROW);
    std::vector<FormatEntry> found;
    for (sal_Int32 i = 0; i < entries->getCount(); ++i) {
        css::uno::Reference<css::sheet::XSheetConditionalEntry> entry(entries->getByIndex(i), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSheetCondition> condition(entry, css::uno::UNO_QUERY_THROW);
        found.push_back(FormatEntry{condition->getOperator(), toStdString(condition->getFormula1()),
                                    toStdString(entry->getStyleName())});
    }
    return found;
}

/// A threshold as the extension writes it: at most two decimals.
std::string number(double value)
{
    std::ostringstream out;
    out << std::round(value * 100) / 100;
    return out.str();
}

bool isMerged(const CalcDocument& document, const std::string& sheet, const CellRange& range)
{
    css::uno::Reference<css::util::XMergeable> cells(
        document.sheet(sheet)->getCellRangeByPosition(range.firstColumn, range.firstRow, range.lastColumn, range.lastRow),
        css::uno::UNO_QUERY_THROW);
    return cells->getIsMerged();
}

std::vector<std::string> undoTitles(const CalcDocument& document)
{
    std::vector<std::string> titles;
    const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(document.model(), css::uno::UNO_QUERY_THROW)
                          ->getUndoManager();
    for (const rtl::OUString& title : undo->getAllUndoActionTitles())
        titles.push_back(toStdString(title));
    return titles;
}

/// The default template with one channel nobody owns (web form, prospects) and one owned twice
/// (phone, prospects: inside sales and field sales), as a workbook.
Process withRoutingProblems(const std::string& language)
{
    Process p = ProcessFile::load(templatePath("b2b-field-sales", language)).process;
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(),
                                  [](const Route& r) { return r.channel == "webform" && r.segment == "prospect"; }),
                   p.routes.end());
    p.routes.push_back(Route{"phone", "prospect", "", "field", "inside", "1 working day"});
    return p;
}

/// The default template grown to 15 teams and 20 inbound channels, each new team with work in
/// several phases and routes of its own: the large case for the printed matrices.
Process enlarged()
{
    Process p = ProcessFile::load(templatePath("b2b-field-sales", "en")).process;
    const char* const teamNames[] = {"Key accounts",   "Partner channel",  "Pre-sales engineering", "Tenders",
                                     "Export desk",    "Service contracts", "Installation",         "Training",
                                     "Quality and returns"};
    for (std::size_t t = 0; t < std::size(teamNames); ++t) {
        const std::string id = "team" + std::to_string(t + 7);
        p.teams.push_back(Team{id, teamNames[t], "", "other"});
        for (std::size_t k = 0; k < 3; ++k) {
            const Phase& phase = p.phases[(t + 2 * k) % p.phases.size()];
            Step step;
            step.id = id + "-step" + std::to_string(k + 1);
            step.name = std::string(k == 0 ? "Prepare " : k == 1 ? "Review " : "Follow up ") + teamNames[t];
            step.phase = phase.id;
            step.team = id;
            if (k == 2)
                step.segments = {"customer"};
            p.steps.push_back(step);
        }
    }
    const char* const channelNames[] = {"WhatsApp Business", "Customer portal", "Dealer network", "Tender platform",
                                        "Webinar",           "Newsletter reply", "Partner referral", "Service app",
                                        "Marketplace",       "Field visit request", "Installer hotline", "Fax",
                                        "Video call"};
    for (std::size_t c = 0; c < std::size(channelNames); ++c) {
        const std::string id = "channel" + std::to_string(c + 8);
        p.channels.push_back(Channel{id, channelNames[c], true, std::nullopt});
        const Team& owner = p.teams[6 + c % 9];
        const Team& fallback = p.teams[c % 6];
        p.routes.push_back(Route{id, "prospect", "", owner.id, fallback.id, "1 working day"});
        p.routes.push_back(Route{id, "customer", "", fallback.id, owner.id, "within 4 hours"});
    }
    return p;
}

} // namespace

TEST_CASE("both matrices for every shipped template: contents, colours, counts, print setup", "[matrices]")
{
    auto& office = SharedOffice::session();
    const std::string name = GENERATE("b2b-field-sales", "inside-sales", "webshop");
    const std::string language = GENERATE("en", "nl");
    INFO(name << "." << language);
    ProcessWorkbook workbook(office, name, language);
    CalcDocument& document = workbook.document();
    const std::size_t before = document.sheetNames().size();
    const std::size_t undoBefore = undoTitles(document).size();
    buildMatrices(workbook);

    // Each command is one undo step, titled in the office's language.
    const auto titles = undoTitles(document);
    REQUIRE(titles.size() == undoBefore + 2);
    CHECK(titles[0] == "Routing matrix");
    CHECK(titles[1] == "Task division matrix");

    const Process process = GeneratedSheetProbe::asWorkbookReadsIt(workbook.process());
    const Grid taskDivision = TaskDivisionMatrix::build(process);
    const Grid routing = RoutingMatrix::build(process);
    const Grid perTeam = RoutingMatrix::cheatSheets(process);
    CHECK(document.sheetNames().size() == before + 3);
    CHECK(GeneratedSheetProbe::markedSheet(document, "sp_report_task_division") == taskDivision.sheetName);
    CHECK(GeneratedSheetProbe::markedSheet(document, "sp_report_routing_matrix") == routing.sheetName);
    CHECK(GeneratedSheetProbe::markedSheet(document, "sp_report_routing_per_team") == perTeam.sheetName);

    for (const Grid* grid : {&taskDivision, &routing, &perTeam}) {
        INFO("sheet " << grid->sheetName);
        // Cell contents, every cell: what the core describes is what the sheet shows.
        CHECK(GeneratedSheetProbe::differences(document, *grid).empty());
        // Looks per range: every cell has the style the grid gives it.
        CHECK(GeneratedSheetProbe::styleDifferences(document, *grid).empty());
        // The title row is one merged cell; the sheet prints with its own page style.
        CHECK(isMerged(document, grid->sheetName, grid->merged.front()));
        css::uno::Reference<css::beans::XPropertySet> sheet(document.sheet(grid->sheetName), css::uno::UNO_QUERY_THROW);
        rtl::OUString pageStyle;
        sheet->getPropertyValue("PageStyle") >>= pageStyle;
        CHECK(toStdString(pageStyle) == grid->print.pageStyle);
        const auto page = GeneratedSheetProbe::style(document, "PageStyles", grid->print.pageStyle);
        bool landscape = false;
        page->getPropertyValue("IsLandscape") >>= landscape;
        CHECK(landscape == grid->print.landscape);
        sal_Int16 pagesWide = 0;
        page->getPropertyValue("ScaleToPagesX") >>= pagesWide;
        CHECK(pagesWide == grid->print.pagesWide);
        css::uno::Reference<css::sheet::XPrintAreas> print(sheet, css::uno::UNO_QUERY_THROW);
        CHECK(print->getPrintTitleRows() == !grid->print.repeatRows.empty());
        if (!grid->print.repeatRows.empty())
            CHECK(print->getTitleRows().StartRow == grid->print.repeatRows.first);
    }

    // Team colours: the row headers of the task division carry each team's own style and colour.
    for (const Team& team : process.teams) {
        INFO("team " << team.id);
        const int row = taskDivision.rowOf("team:" + team.id);
        REQUIRE(row >= 0);
        CHECK(GeneratedSheetProbe::cellStyle(document, taskDivision.sheetName, 0, row) == Grid::teamStyleName(team.id));
        CHECK(GeneratedSheetProbe::fillOf(document, Grid::teamStyleName(team.id)) ==
              GeneratedSheetProbe::colour(TeamPalette::fillOf(process, team.id)));
    }
    // Routing cells in the owner's colour, and the legend names every team.
    for (const Route& route : process.routes) {
        if (!route.condition.empty())
            continue;
        const int row = routing.rowOf("channel:" + route.channel);
        const int column = routing.columnOf("segment:" + route.segment);
        REQUIRE(row >= 0);
        REQUIRE(column >= 0);
        CHECK(GeneratedSheetProbe::cellStyle(document, routing.sheetName, column, row) ==
              RoutingMatrix::routeStyleName(route.team));
        CHECK(GeneratedSheetProbe::fillOf(document, RoutingMatrix::routeStyleName(route.team)) ==
              GeneratedSheetProbe::colour(TeamPalette::fillOf(process, route.team)));
    }
    for (const Team& team : process.teams)
        CHECK(routing.rowOf("legend:team:" + team.id) >= 0);

    // Counts: one per line in each cell, totals per team and per phase, in all every step once
    // plus every team joining in.
    const int totalRow = taskDivision.rowOf("total");
    const int totalColumn = taskDivision.columnOf("total");
    std::size_t lines = 0;
    for (const Step& step : process.steps)
        if (process.findTeam(step.team) && process.findPhase(step.phase)) {
            std::set<std::string> supporters(step.supportingTeams.begin(), step.supportingTeams.end());
            supporters.erase(step.team);
            lines += 1 + static_cast<std::size_t>(std::count_if(supporters.begin(), supporters.end(), [&](const std::string& id) {
                         return process.findTeam(id) != nullptr;
                     }));
        }
    CHECK(document.text(taskDivision.sheetName, totalColumn, totalRow) == std::to_string(lines));
    for (const Phase& phase : process.phases) {
        const int column = taskDivision.columnOf("count:" + phase.id);
        int sum = 0;
        for (const Team& team : process.teams)
            sum += std::stoi(document.text(taskDivision.sheetName, column, taskDivision.rowOf("team:" + team.id)));
        CHECK(document.text(taskDivision.sheetName, column, totalRow) == std::to_string(sum));
    }

    // The counts' colour scale, in five levels from white (fewest steps) to orange (most), and the
    // cells without steps greyed out: one conditional format over exactly the count cells.
    REQUIRE(taskDivision.colourScales.size() == 1);
    const ColourScale& scale = taskDivision.colourScales.front();
    CHECK(scale.range == CellRange{taskDivision.rowOf("team:" + process.teams.front().id),
                                   taskDivision.columnOf("count:" + process.phases.front().id),
                                   taskDivision.rowOf("team:" + process.teams.back().id),
                                   taskDivision.columnOf("count:" + process.phases.back().id)});
    std::vector<FormatEntry> expected;
    for (int level = 5; level >= 1; --level)
        expected.push_back(FormatEntry{css::sheet::ConditionOperator_GREATER,
                                       number(scale.lowest + (scale.highest - scale.lowest) * (level - 1) / 5),
                                       "SalesProcess Count " + std::to_string(level)});
    expected.push_back(FormatEntry{css::sheet::ConditionOperator_EQUAL, "0", "SalesProcess Count None"});
    for (const auto& [row, column] : {std::pair{scale.range.firstRow, scale.range.firstColumn},
                                      std::pair{scale.range.lastRow, scale.range.lastColumn}})
        CHECK(formatEntries(document, taskDivision.sheetName, column, row) == expected);
    CHECK(formatEntries(document, taskDivision.sheetName, totalColumn, totalRow).empty());
    for (int level = 1; level <= 5; ++level)
        CHECK(GeneratedSheetProbe::fillOf(document, "SalesProcess Count " + std::to_string(level)) ==
              GeneratedSheetProbe::colour(scale.colourOf(scale.lowest + (scale.highest - scale.lowest) * level / 5)));
    CHECK(GeneratedSheetProbe::fillOf(document, "SalesProcess Count 5") ==
          GeneratedSheetProbe::colour(TaskDivisionMatrix::countsHigh));
}

TEST_CASE("an unrouted channel and a doubly routed one stand out in the routing matrix and are findings of the check",
          "[matrices]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("routing-problems");
    const Process problems = withRoutingProblems("en");
    ProcessFile::save(problems, (folder / "problems.json").string());
    ProcessWorkbook workbook(office, folder / "problems.json");
    CalcDocument& document = workbook.document();

    const DispatchOutcome outcome = workbook.run(routingCommand, {});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("without an owner: 1; with two or more owners: 1"));

    const Grid routing = RoutingMatrix::build(GeneratedSheetProbe::asWorkbookReadsIt(problems));
    const int webform = routing.rowOf("channel:webform");
    const int phone = routing.rowOf("channel:phone");
    const int prospects = routing.columnOf("segment:prospect");
    REQUIRE(webform >= 0);
    REQUIRE(phone >= 0);
    REQUIRE(prospects >= 0);
    const std::string& sheet = routing.sheetName;
    CHECK(document.text(sheet, prospects, webform) == "— no owner —");
    CHECK(GeneratedSheetProbe::cellStyle(document, sheet, prospects, webform) == RoutingMatrix::missingStyle);
    CHECK(document.text(sheet, prospects, phone) == "2 owners: Inside sales, Field sales");
    CHECK(GeneratedSheetProbe::cellStyle(document, sheet, prospects, phone) == RoutingMatrix::doubleStyle);
    CHECK(GeneratedSheetProbe::fillOf(document, RoutingMatrix::missingStyle) == 0xF8D7DA);
    CHECK(GeneratedSheetProbe::fillOf(document, RoutingMatrix::doubleStyle) == 0xFFF3CD);
    // Each problem cell says what to do in its comment; the legend explains both looks.
    CHECK_THAT(GeneratedSheetProbe::comment(document, sheet, prospects, webform), Catch::Contains("add a route"));
    CHECK_THAT(GeneratedSheetProbe::comment(document, sheet, prospects, phone), Catch::Contains("choose one"));
    CHECK(routing.rowOf("legend:missing") >= 0);
    CHECK(routing.rowOf("legend:double") >= 0);
    CHECK(GeneratedSheetProbe::differences(document, routing).empty());

    // Check process reports both, on the Routing sheet.
    const DispatchOutcome checked = workbook.check();
    REQUIRE(checked.succeeded());
    const auto findings = CheckReportReader::findings(document, CheckReportReader::markedSheet(document));
    const auto unrouted = CheckReportReader::withCode(findings, "unrouted-contact");
    const auto doubled = CheckReportReader::withCode(findings, "double-route");
    REQUIRE(unrouted.size() == 1);
    REQUIRE(doubled.size() == 1);
    CHECK_THAT(unrouted[0].message, Catch::Contains("Web form"));
    CHECK_THAT(doubled[0].where, Catch::StartsWith("Routing!"));
}

TEST_CASE("a regeneration replaces its own unedited sheet and writes beside an edited one", "[matrices]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    buildMatrices(workbook);
    buildMatrices(workbook);
    const auto names = document.sheetNames();
    CHECK(std::count(names.begin(), names.end(), "Task division") == 1);
    CHECK(std::count(names.begin(), names.end(), "Routing matrix") == 1);
    CHECK(names.size() == workbook.expectedSheets().size() + 3);

    // The manager writes a note into the task division: from now on it is theirs.
    document.type("Task division", 0, 12, "Discussed on Monday: back office is overloaded");
    const DispatchOutcome again = workbook.run(taskDivisionCommand, {});
    INFO(again.message);
    REQUIRE(again.succeeded());
    CHECK_THAT(again.message, Catch::Contains("Task division (2)") && Catch::Contains("is kept"));
    const auto after = document.sheetNames();
    REQUIRE(after.size() == names.size() + 1);
    CHECK(document.text("Task division", 0, 12) == "Discussed on Monday: back office is overloaded");
    CHECK(GeneratedSheetProbe::markedSheet(document, "sp_report_task_division") == "Task division (2)");
    // The new sheet stands right beside the edited one.
    const auto edited = std::find(after.begin(), after.end(), "Task division");
    REQUIRE(edited + 1 != after.end());
    CHECK(*(edited + 1) == "Task division (2)");

    // The new one is ours: another run replaces it and leaves the edited one alone.
    REQUIRE(workbook.run(taskDivisionCommand, {}).succeeded());
    CHECK(document.sheetNames() == after);
    CHECK(document.text("Task division", 0, 12) == "Discussed on Monday: back office is overloaded");
}

TEST_CASE("a team renamed in the Teams sheet is renamed in both matrices", "[matrices]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    buildMatrices(workbook);

    const int row = workbook.row("teams", "name", "Field sales");
    REQUIRE(row > 0);
    document.type(workbook.sheetName("teams"), workbook.column("teams", "name"), row, "Account managers");
    buildMatrices(workbook);

    for (const std::string sheet : {"Task division", "Routing matrix", "Routing per team"}) {
        INFO(sheet);
        const std::string contents = GeneratedSheetProbe::contents(document, sheet);
        CHECK_THAT(contents, Catch::Contains("Account managers"));
        CHECK_THAT(contents, !Catch::Contains("Field sales"));
    }
    const int teamRow = TaskDivisionMatrix::build(workbook.process()).rowOf("team:field");
    CHECK(document.text("Task division", 0, teamRow) == "Account managers");
    // The phone's prospects keep their fallback, now under the new name.
    const Grid routing = RoutingMatrix::build(workbook.process());
    CHECK(document.text("Routing matrix", routing.columnOf("segment:prospect"), routing.rowOf("channel:phone")) ==
          "Inside sales\nfallback: Account managers\nresponse: immediately");
    CHECK(GeneratedSheetProbe::cellStyle(document, "Task division", 0, teamRow) == Grid::teamStyleName("field"));
}

TEST_CASE("a team colour changed in the Teams sheet recolours the matrices, unless the user restyled it",
          "[matrices]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    buildMatrices(workbook);

    const std::string teams = workbook.sheetName("teams");
    const int colour = workbook.column("teams", "colour");
    document.type(teams, colour, workbook.row("teams", "name", "Field sales"), "#A6CEE3");
    document.type(teams, colour, workbook.row("teams", "name", "Inside sales"), "#CAB2D6");
    // The manager gave the inside sales row header a colour of their own, in the style.
    GeneratedSheetProbe::style(document, "CellStyles", Grid::teamStyleName("inside"))
        ->setPropertyValue("CellBackColor", css::uno::Any(sal_Int32(0x123456)));
    buildMatrices(workbook);

    CHECK(GeneratedSheetProbe::fillOf(document, Grid::teamStyleName("field")) == 0xA6CEE3);
    CHECK(GeneratedSheetProbe::fillOf(document, RoutingMatrix::routeStyleName("field")) == 0xA6CEE3);
    CHECK(GeneratedSheetProbe::fillOf(document, Grid::teamStyleName("inside")) == 0x123456);
    CHECK(GeneratedSheetProbe::fillOf(document, RoutingMatrix::routeStyleName("inside")) == 0xCAB2D6);
    // Untouched teams keep their palette colour.
    CHECK(GeneratedSheetProbe::fillOf(document, Grid::teamStyleName("marketing")) ==
          GeneratedSheetProbe::colour(TeamPalette::fill(0)));
}

TEST_CASE("a workbook without process sheets gets a clear message and no matrix", "[matrices]")
{
    auto& office = SharedOffice::session();
    CalcDocument document(office);
    const std::string before = document.snapshot();
    for (const char* url : {taskDivisionCommand, routingCommand}) {
        const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), url, {});
        CHECK(outcome.finished);
        CHECK_FALSE(outcome.succeeded());
        CHECK_THAT(outcome.message, Catch::Contains("no process sheets"));
    }
    CHECK(document.snapshot() == before);
}

TEST_CASE("the printed matrices pass the mechanical checks, for the default template and one with 15 teams and "
          "20 channels",
          "[matrices][pdf]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("matrices-pdf");

    struct Case {
        std::string name;
        std::string language;
        Process process;
    };
    const Process large = enlarged();
    REQUIRE(large.teams.size() == 15);
    REQUIRE(large.channels.size() == 20);
    ProcessFile::save(large, (folder / "large.json").string());
    const Case cases[] = {
        {"default-en", "en", ProcessFile::load(templatePath("b2b-field-sales", "en")).process},
        {"default-nl", "nl", ProcessFile::load(templatePath("b2b-field-sales", "nl")).process},
        {"large-en", "en", large},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const auto made = c.name == "large-en"
                              ? std::make_unique<ProcessWorkbook>(office, folder / "large.json")
                              : std::make_unique<ProcessWorkbook>(office, std::string("b2b-field-sales"), c.language);
        ProcessWorkbook& workbook = *made;
        const auto started = std::chrono::steady_clock::now();
        buildMatrices(workbook);
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        WARN("both matrices for " << c.name << ": " << took.count() << " ms (" << c.process.teams.size() << " teams, "
                                  << c.process.channels.size() << " channels)");
        CHECK(took.count() < 5000);

        const Process process = GeneratedSheetProbe::asWorkbookReadsIt(c.process);
        const Grid grids[] = {TaskDivisionMatrix::build(process), RoutingMatrix::build(process),
                              RoutingMatrix::cheatSheets(process)};
        for (const Grid& grid : grids) {
            INFO(grid.sheetName);
            const std::string file = "matrix-" + c.name + "-" + grid.key;
            const std::filesystem::path pdf =
                GeneratedSheetProbe::exportPdf(workbook.document(), grid.sheetName, grid.print.area, folder / (file + ".pdf"));

            const PdfReport report = PdfReport::of(pdf);
            INFO(report.summary());
            CHECK(report.pages >= 1);
            // The default routing matrix is a one-page hand-out; the rest prints over a few pages
            // (the task division two pages wide, team column and headers repeated).
            if (grid.key == RoutingMatrix::key && c.name != "large-en")
                CHECK(report.pages == 1);
            CHECK(report.pages <= (c.name == "large-en" ? 6 : 4));
            // pdffonts: our family only.
            REQUIRE_FALSE(report.fonts.empty());
            for (const std::string& font : report.fonts)
                CHECK_THAT(font, Catch::Contains("LiberationSans"));
            // pdftotext -bbox: every word on the page inside the margins; pdftohtml: no text under 8 pt.
            CHECK(report.wordsOutsideMargins(grid.print.landscape, grid.print.marginLeftRight, grid.print.marginTopBottom)
                      .empty());
            CHECK(report.sizesUnder(8.0).empty());
            // Every team and every channel is on paper.
            for (const Team& team : process.teams) {
                INFO("team " << team.name);
                CHECK(report.says(Grid::oneLine(team.name)));
            }
            if (grid.key == RoutingMatrix::key)
                for (const Channel& channel : process.channels) {
                    INFO("channel " << channel.name);
                    CHECK(report.says(Grid::oneLine(channel.name)));
                }
        }
    }
}
