// Workbooks as people really leave them: a typo in a team, an emptied sheet, text in a date
// column, a renamed team, added and moved columns. Check reports findings at the cell; the office
// never crashes and nothing of the user's is lost.
#include "CheckReportReader.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/sheet/CellDeleteMode.hpp>
#include <com/sun/star/sheet/CellInsertMode.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include <algorithm>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

std::string cellName(int column, int row)
{
    return std::string(1, static_cast<char>('A' + column)) + std::to_string(row + 1);
}

std::vector<ReportedFinding> checkAndRead(ProcessWorkbook& workbook)
{
    const DispatchOutcome outcome = workbook.check();
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    return CheckReportReader::findings(workbook.document(), CheckReportReader::markedSheet(workbook.document()));
}

std::string describe(const std::vector<ReportedFinding>& findings)
{
    std::string text;
    for (const ReportedFinding& finding : findings)
        text += finding.code + " " + finding.where + ": " + finding.message + "\n";
    return text;
}

} // namespace

TEST_CASE("a misspelled team is reported at its cell, in the workbook's language", "[bad-input]")
{
    auto& office = SharedOffice::session();
    const std::string language = GENERATE("en", "nl");
    ProcessWorkbook workbook(office, "b2b-field-sales", language);
    const std::string steps = workbook.sheetName("steps");
    const int team = workbook.column("steps", "team");
    const std::string typo = language == "nl" ? "Buitendinst" : "Feild sales";
    workbook.document().type(steps, team, 5, typo);

    const auto findings = checkAndRead(workbook);
    INFO(describe(findings));
    const auto unknown = CheckReportReader::withCode(findings, "unknown-team");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].where == steps + "!" + cellName(team, 5));
    CHECK_THAT(unknown[0].message, Catch::Contains(typo));
    CHECK(unknown[0].severity == (language == "nl" ? "Fout" : "Error"));
    CHECK(workbook.document().text(steps, team, 5) == typo); // reported, not "corrected"
}

TEST_CASE("an emptied Steps sheet gives findings, not a crash", "[bad-input]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const auto rows = document.rows("Steps");
    css::uno::Reference<css::sheet::XSheetOperation> data(
        document.sheet("Steps")->getCellRangeByPosition(0, 1, static_cast<sal_Int32>(rows[0].size()) - 1,
                                                        static_cast<sal_Int32>(rows.size()) - 1),
        css::uno::UNO_QUERY_THROW);
    data->clearContents(css::sheet::CellFlags::STRING | css::sheet::CellFlags::VALUE
                        | css::sheet::CellFlags::FORMULA);

    const auto findings = checkAndRead(workbook);
    INFO(describe(findings));
    CHECK_FALSE(CheckReportReader::withCode(findings, "team-without-steps").empty());
    CHECK_FALSE(CheckReportReader::withCode(findings, "phase-without-steps").empty());
    CHECK_FALSE(CheckReportReader::withCode(findings, "arrow-to-missing-step").empty());
    // The office is fine: the workbook still answers.
    CHECK(document.sheetNames().size() == workbook.expectedSheets().size() + 1);
}

TEST_CASE("text in a date column is reported at its cell", "[bad-input]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    document.type("Actions", workbook.column("actions", "description"), 1, "Update the price list");
    document.type("Actions", workbook.column("actions", "owner"), 1, workbook.process().people.front().name);
    document.type("Actions", workbook.column("actions", "deadline"), 1, "next Friday");
    document.type("Actions", workbook.column("actions", "status"), 1, "open");

    const auto findings = checkAndRead(workbook);
    INFO(describe(findings));
    const auto invalid = CheckReportReader::withCode(findings, "invalid-date");
    REQUIRE(invalid.size() == 1);
    CHECK(invalid[0].where == "Actions!" + cellName(workbook.column("actions", "deadline"), 1));
    CHECK_THAT(invalid[0].message, Catch::Contains("next Friday"));
}

TEST_CASE("a team renamed in the Teams sheet is recognised and its references follow", "[bad-input]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const int teamName = workbook.column("teams", "name");
    const std::string oldName = document.text("Teams", teamName, 2);
    REQUIRE_FALSE(oldName.empty());
    const int stepTeam = workbook.column("steps", "team");
    const int referencing = workbook.row("steps", "team", oldName);
    REQUIRE(referencing > 0);

    document.type("Teams", teamName, 2, "Account management");
    const auto findings = checkAndRead(workbook);
    INFO(describe(findings));
    CHECK(CheckReportReader::withCode(findings, "unknown-team").empty());
    CHECK(findings.empty());
    CHECK(document.text("Steps", stepTeam, referencing) == "Account management");
    CHECK(workbook.row("steps", "team", oldName) == -1);
}

TEST_CASE("added and reordered columns and rows are fine: columns are found by their header",
          "[bad-input]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    css::uno::Reference<css::table::XColumnRowRange> steps(document.sheet("Steps"), css::uno::UNO_QUERY_THROW);
    // A column of the manager's own in front, and the Team column moved to the far right.
    steps->getColumns()->insertByIndex(0, 1);
    document.type("Steps", 0, 0, "My remarks");
    document.type("Steps", 0, 2, "ask Piet");
    const int team = workbook.column("steps", "team");
    const int last = static_cast<int>(document.rows("Steps")[0].size());
    css::uno::Reference<css::sheet::XCellRangeMovement> movement(document.sheet("Steps"), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XCellRangeAddressable> teamColumn(
        document.sheet("Steps")->getCellRangeByPosition(team, 0, team, 200), css::uno::UNO_QUERY_THROW);
    css::table::CellAddress target;
    target.Sheet = teamColumn->getRangeAddress().Sheet;
    target.Column = last;
    target.Row = 0;
    movement->moveRange(target, teamColumn->getRangeAddress());
    // And an empty row in the middle of the steps.
    css::uno::Reference<css::table::XColumnRowRange>(document.sheet("Steps"), css::uno::UNO_QUERY_THROW)
        ->getRows()
        ->insertByIndex(4, 1);
    REQUIRE(workbook.column("steps", "team") == last);

    const auto findings = checkAndRead(workbook);
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(document.text("Steps", 0, 2) == "ask Piet");
}
