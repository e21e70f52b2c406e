// Compare with current situation and Save as current situation on real workbooks: the Changes
// sheet and the proposed actions against what the core computes, the re-run after the user
// edited, sorted, cancelled and deleted actions, the place of new actions in a deadline-sorted
// table, and the overdue rule evaluated with a fixed reference date.
#include "GeneratedSheetProbe.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "core/ActionPlanner.hpp"
#include "core/ProcessComparison.hpp"
#include "office/UnoStrings.hpp"
#include "templates/ChangeReport.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntry.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/TableSortField.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XSortable.hpp>

#include <algorithm>
#include <chrono>
#include <regex>
#include <tuple>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* compareCommand = "vnd.salesprocess:CompareWithCurrent";
constexpr const char* saveCommand = "vnd.salesprocess:SaveCurrentSituation";
constexpr const char* today = "2026-02-01";

/// A realistic "before" of the default template: field sales do the inside-sales work, web
/// contacts are routed nowhere, and no handover has criteria.
Process currentSituation()
{
    Process p = ProcessFile::load(templatePath("b2b-field-sales", "en")).process;
    for (Step& step : p.steps)
        if (step.team == "inside")
            step.team = "field";
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(), [](const Route& r) { return r.channel == "webform"; }),
                   p.routes.end());
    for (Arrow& arrow : p.arrows)
        arrow.handover.clear();
    return p;
}

/// The rows the Actions sheet shows below its header (trailing empty rows left out).
std::vector<std::vector<std::string>> actionRows(ProcessWorkbook& workbook)
{
    auto rows = workbook.document().rows(workbook.sheetName("actions"));
    if (!rows.empty())
        rows.erase(rows.begin());
    while (!rows.empty() && std::all_of(rows.back().begin(), rows.back().end(), [](const std::string& c) { return c.empty(); }))
        rows.pop_back();
    for (auto& row : rows)
        row.resize(5);
    return rows;
}

/// What the core proposes for these changes in a workbook without actions.
std::vector<std::vector<std::string>> proposedRows(const Process& desired, const std::vector<Change>& changes,
                                                   const std::string& day, int weeks)
{
    PlanSettings settings;
    settings.today = day;
    settings.weeks = weeks;
    const ActionPlan plan = ActionPlanner::plan(changes, desired, {}, {}, settings);
    Process names;
    names.language = desired.language;
    names.teams = desired.teams;
    return ChangeReport::actionsSheet(names, plan.actions).rows;
}

DispatchOutcome compare(ProcessWorkbook& workbook, const std::string& current,
                        std::vector<CommandDispatch::Argument> more = {})
{
    more.push_back(textArgument("Current", current));
    return workbook.run(compareCommand, more);
}

/// Evaluates a conditional-format formula (relative to row 2) on every data row of a sheet, in a
/// scratch column; returns "TRUE", "FALSE" or the error.
std::vector<std::string> evaluate(CalcDocument& document, const std::string& sheet, const std::string& formula, int rows)
{
    const int scratch = 30;
    std::vector<std::string> results;
    const std::regex relativeRow("(\\$[A-Z]+)2(?![0-9])");
    for (int r = 1; r <= rows; ++r) {
        std::string shifted = std::regex_replace(formula, relativeRow, "$1#"); // "$1" + "3" would read as group 13
        for (auto at = shifted.find('#'); at != std::string::npos; at = shifted.find('#'))
            shifted.replace(at, 1, std::to_string(r + 1));
        document.type(sheet, scratch, r, "=" + shifted);
        const auto cell = document.sheet(sheet)->getCellByPosition(scratch, r);
        results.push_back(cell->getError() != 0 ? "Err:" + std::to_string(cell->getError())
                                                : cell->getValue() != 0 ? "TRUE" : "FALSE");
        document.type(sheet, scratch, r, "");
    }
    return results;
}

std::vector<std::pair<std::string, std::string>> conditions(CalcDocument& document, const std::string& sheet, int column,
                                                            int row)
{
    css::uno::Reference<css::beans::XPropertySet> cell(document.sheet(sheet)->getCellByPosition(column, row),
                                                       css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> entries(cell->getPropertyValue("ConditionalFormat"),
                                                              css::uno::UNO_QUERY_THROW);
    std::vector<std::pair<std::string, std::string>> found;
    for (sal_Int32 i = 0; i < entries->getCount(); ++i) {
        css::uno::Reference<css::sheet::XSheetConditionalEntry> entry(entries->getByIndex(i), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XSheetCondition> condition(entry, css::uno::UNO_QUERY_THROW);
        found.emplace_back(toStdString(entry->getStyleName()), toStdString(condition->getFormula1()));
    }
    return found;
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

} // namespace

TEST_CASE("compared with a realistic current situation: the Changes sheet by team and an action per change",
          "[compare]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("compare-current");
    ProcessFile::save(currentSituation(), (folder / "current.json").string());
    const Process current = ProcessFile::load((folder / "current.json").string()).process;

    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const std::size_t undoBefore = undoTitles(document).size();
    const auto started = std::chrono::steady_clock::now();
    const DispatchOutcome outcome = compare(workbook, (folder / "current.json").string(),
                                            {textArgument("Today", today), textArgument("DeadlineWeeks", "4")});
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    WARN("Compare with current situation on the default template: " << took.count() << " ms");
    CHECK(took.count() < 5000);
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());

    const Process desired = GeneratedSheetProbe::asWorkbookReadsIt(workbook.process());
    const std::vector<Change> changes = ProcessComparison::compare(current, desired);
    REQUIRE(changes.size() > 10);
    const auto count = [&](ChangeKind kind) {
        return std::count_if(changes.begin(), changes.end(), [&](const Change& c) { return c.kind == kind; });
    };
    // The three differences of the "before" are all there.
    CHECK(count(ChangeKind::StepMovedTeam) ==
          std::count_if(desired.steps.begin(), desired.steps.end(), [](const Step& s) { return s.team == "inside"; }));
    CHECK(count(ChangeKind::RouteAdded) == 2);
    CHECK(count(ChangeKind::HandoverChanged) ==
          std::count_if(desired.arrows.begin(), desired.arrows.end(), [](const Arrow& a) { return !a.handover.empty(); }));
    const auto proposed = proposedRows(desired, changes, today, 4);
    CHECK_THAT(outcome.message, Catch::StartsWith(std::to_string(changes.size()) + " changes against ") &&
                                    Catch::Contains(std::to_string(proposed.size()) + " new actions") &&
                                    Catch::Contains("due 2026-03-01") && Catch::Contains("See the sheet \"Changes\""));

    // The Changes sheet: generated (marked), grouped by team, exactly as the core words it.
    const Sheet expected = ChangeReport::sheet(changes, desired);
    CHECK(GeneratedSheetProbe::markedSheet(document, "sp_report_changes") == "Changes");
    auto rows = document.rows("Changes");
    REQUIRE(rows.size() == expected.rows.size() + 1);
    for (std::size_t r = 0; r < expected.rows.size(); ++r) {
        INFO("row " << r + 2);
        CHECK(rows[r + 1] == expected.rows[r]);
    }
    // Inside sales heads its section in its own colour and gains the work field sales loses.
    const auto inside = std::find_if(rows.begin(), rows.end(), [](const auto& row) {
        return row[0] == "Inside sales" && row[1].empty() && row[2].empty();
    });
    REQUIRE(inside != rows.end());
    const int insideRow = static_cast<int>(inside - rows.begin());
    CHECK(GeneratedSheetProbe::cellStyle(document, "Changes", 0, insideRow) == Grid::teamStyleName("inside"));
    CHECK((inside + 1)->at(1) == "Gains");
    CHECK_THAT((inside + 1)->at(2), Catch::Contains("Field sales"));
    CHECK(std::any_of(rows.begin(), rows.end(), [](const auto& row) { return row[0] == "Field sales" && row[1] == "Loses"; }));

    // The proposed actions: usable descriptions, the receiving team's lead as owner, a real date
    // four weeks on, open, and the change they come from.
    const auto actions = actionRows(workbook);
    REQUIRE(actions.size() == proposed.size());
    CHECK(actions == proposed);
    for (const auto& action : actions) {
        INFO(action[4]);
        CHECK(action[2] == "2026-03-01");
        CHECK(action[3] == "open");
        const auto change = std::find_if(changes.begin(), changes.end(), [&](const Change& c) { return c.key == action[4]; });
        REQUIRE(change != changes.end());
        if (change->receivingTeam() == "inside")
            CHECK(action[1] == "Sanne de Vries");
        if (change->receivingTeam() == "field")
            CHECK(action[1] == "Martijn Jansen");
    }
    const std::string actionsSheet = workbook.sheetName("actions");
    const int deadline = workbook.column("actions", "deadline");
    CHECK(document.sheet(actionsSheet)->getCellByPosition(deadline, 1)->getType() == css::table::CellContentType_VALUE);
    CHECK(document.userProperty("SalesProcessProposedChanges"));

    // Both sheets print as tidy pages in our font (PNGs kept in the build tree to be looked at).
    for (const auto& [sheetName, lastColumn, lastRow] :
         {std::tuple{std::string("Changes"), 4, static_cast<int>(rows.size()) - 1},
          std::tuple{actionsSheet, 4, static_cast<int>(actions.size())}}) {
        INFO(sheetName);
        const auto pdf = GeneratedSheetProbe::exportPdf(document, sheetName, CellRange{0, 0, lastRow, lastColumn},
                                                        folder / ("compare-" + sheetName + ".pdf"));
        const PdfReport report = PdfReport::of(pdf);
        INFO(report.summary());
        CHECK(report.pages >= 1);
        for (const std::string& font : report.fonts)
            CHECK_THAT(font, Catch::Contains("LiberationSans"));
        CHECK(report.wordsOutsideMargins(true, 1500, 1200).empty());
        CHECK(report.sizesUnder(8.0).empty());
    }

    // One undo step.
    const auto titles = undoTitles(document);
    REQUIRE(titles.size() == undoBefore + 1);
    CHECK(titles.front() == "Compare with current situation");

    // A re-run finds every change covered and adds nothing.
    const std::string before = document.snapshot();
    const DispatchOutcome again = compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)});
    INFO(again.message);
    REQUIRE(again.succeeded());
    CHECK_THAT(again.message, Catch::Contains("0 new actions"));
    CHECK(actionRows(workbook) == actions);
    CHECK(document.snapshot() == before);
}

TEST_CASE("a re-run keeps the actions as the user edited, sorted, cancelled and deleted them", "[compare]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("compare-rerun");
    ProcessFile::save(currentSituation(), (folder / "current.json").string());
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    REQUIRE(compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)}).succeeded());
    const std::string sheet = workbook.sheetName("actions");
    const auto first = actionRows(workbook);
    REQUIRE(first.size() > 6);

    // The manager edits one action, marks one done, cancels one, deletes one and sorts by owner.
    document.type(sheet, 0, 1, "Brief inside sales on lead qualification (with Martijn)");
    document.type(sheet, 3, 2, "done");
    document.type(sheet, 3, 3, "cancelled");
    const std::string deletedKey = first[4][4];
    const std::string cancelledKey = first[2][4];
    css::uno::Reference<css::table::XColumnRowRange>(document.sheet(sheet), css::uno::UNO_QUERY_THROW)
        ->getRows()
        ->removeByIndex(5, 1);
    {
        css::uno::Reference<css::util::XSortable> range(
            document.sheet(sheet)->getCellRangeByPosition(0, 1, 4, static_cast<sal_Int32>(first.size()) - 1),
            css::uno::UNO_QUERY_THROW);
        css::uno::Sequence<css::table::TableSortField> fields(1);
        fields.getArray()[0].Field = 1; // Owner
        fields.getArray()[0].IsAscending = false;
        css::uno::Sequence<css::beans::PropertyValue> how(1);
        how.getArray()[0].Name = "SortFields";
        how.getArray()[0].Value <<= fields;
        range->sort(how);
    }
    const auto edited = actionRows(workbook);
    REQUIRE(edited.size() == first.size() - 1);
    REQUIRE(edited != first);

    // The desired process changes once more: the sales visit moves to inside sales.
    const int row = workbook.row("steps", "name", "Conduct the sales visit");
    REQUIRE(row > 0);
    document.type(workbook.sheetName("steps"), workbook.column("steps", "team"), row, "Inside sales");

    const DispatchOutcome outcome = compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("1 new actions"));
    const auto after = actionRows(workbook);
    REQUIRE(after.size() == edited.size() + 1);
    // Every row exactly as the user left it, in the user's order; the new one at the end.
    CHECK(std::vector<std::vector<std::string>>(after.begin(), after.end() - 1) == edited);
    const auto& added = after.back();
    CHECK_THAT(added[0], Catch::Contains("Conduct the sales visit") && Catch::Contains("Inside sales"));
    CHECK(added[1] == "Sanne de Vries");
    CHECK(added[2] == "2026-03-01");
    CHECK(added[3] == "open");
    CHECK_THAT(added[4], Catch::StartsWith("step-moved-team:"));
    // The deleted change does not come back, the cancelled one stays cancelled and single.
    CHECK(std::none_of(after.begin(), after.end(), [&](const auto& r) { return r[4] == deletedKey; }));
    CHECK(std::count_if(after.begin(), after.end(), [&](const auto& r) { return r[4] == cancelledKey; }) == 1);
    CHECK(std::any_of(after.begin(), after.end(), [&](const auto& r) { return r[4] == cancelledKey && r[3] == "cancelled"; }));
}

TEST_CASE("new actions go in at their place when the actions are sorted by deadline", "[compare]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("compare-sorted");
    ProcessFile::save(currentSituation(), (folder / "current.json").string());
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    REQUIRE(compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)}).succeeded());
    const std::string sheet = workbook.sheetName("actions");
    auto rows = actionRows(workbook);
    const int last = static_cast<int>(rows.size());
    document.type(sheet, 2, last, "2026-06-01"); // the last action is due later: still sorted

    const int row = workbook.row("steps", "name", "Conduct the sales visit");
    document.type(workbook.sheetName("steps"), workbook.column("steps", "team"), row, "Inside sales");
    REQUIRE(compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)}).succeeded());
    const auto after = actionRows(workbook);
    REQUIRE(after.size() == rows.size() + 1);
    CHECK_THAT(after[rows.size() - 1][0], Catch::Contains("Conduct the sales visit"));
    CHECK(after.back()[2] == "2026-06-01");
    // The new row looks like the others: a real date, the status drop-down, no header look.
    const int added = static_cast<int>(rows.size()); // 0 = header
    CHECK(document.sheet(sheet)->getCellByPosition(2, added)->getType() == css::table::CellContentType_VALUE);
    CHECK(GeneratedSheetProbe::cellStyle(document, sheet, 0, added) == "Default");
    css::uno::Reference<css::beans::XPropertySet> status(document.sheet(sheet)->getCellByPosition(3, added),
                                                         css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> validation(status->getPropertyValue("Validation"),
                                                             css::uno::UNO_QUERY_THROW);
    css::sheet::ValidationType type = css::sheet::ValidationType_ANY;
    validation->getPropertyValue("Type") >>= type;
    CHECK(type == css::sheet::ValidationType_LIST);
    // The table's mark and print range grow with it.
    bool marked = false;
    for (const auto& [name, content] : document.namedRanges())
        if (name == "sp_table_actions") {
            marked = true;
            CHECK_THAT(content, Catch::EndsWith("$E$" + std::to_string(after.size() + 1)));
        }
    CHECK(marked);
}

TEST_CASE("the overdue rule colours open actions past the reference date on the Process sheet, and done ones",
          "[compare]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("compare-overdue");
    ProcessFile::save(currentSituation(), (folder / "current.json").string());
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    REQUIRE(compare(workbook, (folder / "current.json").string(), {textArgument("Today", today)}).succeeded());
    const std::string sheet = workbook.sheetName("actions");
    const int rows = static_cast<int>(actionRows(workbook).size());
    document.type(sheet, 3, 1, "done");
    document.type(sheet, 3, 2, "cancelled");
    document.type(sheet, 3, 3, "doing");

    // The rules, first match wins: cancelled, done, overdue; each with our (restylable) style.
    const auto rules = conditions(document, sheet, 0, 1);
    REQUIRE(rules.size() == 3);
    INFO("overdue: " << rules[2].second << "; done: " << rules[1].second);
    CHECK(rules[0].first == "SalesProcess Cancelled");
    CHECK(rules[1].first == "SalesProcess Done");
    CHECK(rules[2].first == "SalesProcess Overdue");
    CHECK_THAT(rules[2].second, Catch::Contains("sp_today") && Catch::Contains("TODAY()"));
    // The same rules on the spare rows below, for actions the user adds.
    CHECK(conditions(document, sheet, 4, rows + 50).size() == 3);
    CHECK(GeneratedSheetProbe::fillOf(document, "SalesProcess Overdue") == 0xF8D7DA);
    CHECK(GeneratedSheetProbe::fillOf(document, "SalesProcess Done") == 0xD1E7DD);

    // The reference date: the Process sheet's "today" row, a named cell.
    const int todayRow = workbook.row("process", "id", "today");
    REQUIRE(todayRow > 0);
    const int value = workbook.column("process", "value");
    bool named = false;
    for (const auto& [name, content] : document.namedRanges())
        named = named || (name == "sp_today" && content.find("$C$" + std::to_string(todayRow + 1)) != std::string::npos);
    CHECK(named);

    const auto overdue = [&](const std::string& reference) {
        document.type(workbook.sheetName("process"), value, todayRow, reference);
        return evaluate(document, sheet, rules[2].second, rows);
    };
    // All actions are due 2026-03-01. On 2026-04-01 the open and doing ones are overdue.
    const auto late = overdue("2026-04-01");
    REQUIRE(late.size() == static_cast<std::size_t>(rows));
    CHECK(late[0] == "FALSE"); // done
    CHECK(late[1] == "FALSE"); // cancelled
    CHECK(late[2] == "TRUE");  // doing
    CHECK(std::all_of(late.begin() + 3, late.end(), [](const std::string& v) { return v == "TRUE"; }));
    // On 2026-02-15 none is.
    const auto early = overdue("2026-02-15");
    CHECK(std::all_of(early.begin(), early.end(), [](const std::string& v) { return v == "FALSE"; }));
    // The done rule holds for the done action only.
    const auto done = evaluate(document, sheet, rules[1].second, rows);
    CHECK(done[0] == "TRUE");
    CHECK(std::count(done.begin(), done.end(), "TRUE") == 1);
}

TEST_CASE("Save as current situation keeps a baseline to compare with later", "[compare]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("save-current");
    for (const char* name : {"today.json", "today.ods"})
        std::filesystem::remove(folder / name); // left by an earlier run on the same office
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();

    for (const char* name : {"today.json", "today.ods"}) {
        INFO(name);
        const std::string before = document.snapshot();
        const std::string file = (folder / name).string();
        const DispatchOutcome saved = workbook.run(saveCommand, {textArgument("File", file)});
        INFO(saved.message);
        REQUIRE(saved.succeeded());
        CHECK_THAT(saved.message, Catch::Contains(file));
        CHECK(std::filesystem::is_regular_file(file));
        CHECK(document.userProperty("SalesProcessCurrentSituation") == file);
        // The workbook itself is as it was.
        CHECK(document.snapshot() == before);

        // An existing file is replaced only when asked.
        const DispatchOutcome refused = workbook.run(saveCommand, {textArgument("File", file)});
        CHECK_FALSE(refused.succeeded());
        CHECK_THAT(refused.message, Catch::Contains("Overwrite=true"));
        CHECK(workbook.run(saveCommand, {textArgument("File", file), textArgument("Overwrite", "true")}).succeeded());

        // Compared with itself: nothing changes, nothing to do.
        const DispatchOutcome same = compare(workbook, file, {textArgument("Today", today)});
        INFO(same.message);
        REQUIRE(same.succeeded());
        CHECK_THAT(same.message, Catch::StartsWith("No changes against"));
    }
    const Process saved = ProcessFile::load((folder / "today.json").string()).process;
    CHECK(ProcessFile::toJson(saved) ==
          ProcessFile::toJson(GeneratedSheetProbe::asWorkbookReadsIt(workbook.process())));
    CHECK(actionRows(workbook).empty());

    const DispatchOutcome wrongType = workbook.run(saveCommand, {textArgument("File", (folder / "today.txt").string())});
    CHECK_FALSE(wrongType.succeeded());
    CHECK_THAT(wrongType.message, Catch::Contains(".ods") && Catch::Contains(".json"));
}

TEST_CASE("without the decisions a dialog would ask, the commands fail with a clear message", "[compare]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    const std::string before = workbook.document().snapshot();

    const DispatchOutcome noFile = workbook.run(saveCommand, {});
    CHECK(noFile.finished);
    CHECK_FALSE(noFile.succeeded());
    CHECK_THAT(noFile.message, Catch::Contains("File"));
    const DispatchOutcome noCurrent = workbook.run(compareCommand, {});
    CHECK_FALSE(noCurrent.succeeded());
    CHECK_THAT(noCurrent.message, Catch::Contains("Current"));
    const DispatchOutcome badWeeks = compare(workbook, "inside-sales", {textArgument("DeadlineWeeks", "four")});
    CHECK_FALSE(badWeeks.succeeded());
    CHECK_THAT(badWeeks.message, Catch::Contains("DeadlineWeeks"));
    const DispatchOutcome badToday = compare(workbook, "inside-sales", {textArgument("Today", "1 February")});
    CHECK_FALSE(badToday.succeeded());
    CHECK_THAT(badToday.message, Catch::Contains("YYYY-MM-DD"));
    const DispatchOutcome missing = compare(workbook, "/nonexistent/today.ods");
    CHECK_FALSE(missing.succeeded());
    CHECK_THAT(missing.message, Catch::Contains("/nonexistent/today.ods"));
    CHECK(workbook.document().snapshot() == before);

    CalcDocument empty(office);
    const DispatchOutcome noSheets = CommandDispatch::run(office, empty.frame(), compareCommand,
                                                          {textArgument("Current", "inside-sales")});
    CHECK_FALSE(noSheets.succeeded());
    CHECK_THAT(noSheets.message, Catch::Contains("no process sheets"));
}

TEST_CASE("a Dutch workbook compared with a shipped template by name, deadline weeks from the Process sheet",
          "[compare]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "nl");
    CalcDocument& document = workbook.document();
    const int weeksRow = workbook.row("process", "id", "deadlineWeeks");
    REQUIRE(weeksRow > 0);
    document.type(workbook.sheetName("process"), workbook.column("process", "value"), weeksRow, "6");

    const DispatchOutcome outcome = compare(workbook, "inside-sales", {textArgument("Today", today)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("wijzigingen ten opzichte van \"inside-sales\"") &&
                                    Catch::Contains("deadline 2026-03-15") && Catch::Contains("Zie de sheet \"Wijzigingen\""));
    const auto names = document.sheetNames();
    CHECK(std::find(names.begin(), names.end(), "Wijzigingen") != names.end());
    const Process current = ProcessFile::load(templatePath("inside-sales", "nl")).process;
    const Process desired = GeneratedSheetProbe::asWorkbookReadsIt(workbook.process());
    const auto changes = ProcessComparison::compare(current, desired);
    const auto rows = document.rows("Wijzigingen");
    REQUIRE(rows.size() == ChangeReport::sheet(changes, desired).rows.size() + 1);
    CHECK(rows[0][1] == "Krijgt erbij/Raakt kwijt");
    CHECK(actionRows(workbook) == proposedRows(desired, changes, today, 6));
}
