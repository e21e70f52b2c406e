// Check process on a workbook: the report sheet (severity, a link to the cell, message, code,
// colours), the summary, the date taken as today, and re-running it.
#include "CheckReportReader.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"
#include "templates/CheckReport.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntry.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>

#include <algorithm>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

std::vector<std::string> headersOf(const Sheet& sheet)
{
    std::vector<std::string> headers;
    for (const Column& column : sheet.columns)
        headers.push_back(column.header);
    return headers;
}

/// Adds an action below the Actions header: the deadline typed as a user types a date.
void addAction(ProcessWorkbook& workbook, int row, const std::string& owner, const std::string& deadline,
               const std::string& status)
{
    CalcDocument& document = workbook.document();
    const std::string sheet = workbook.sheetName("actions");
    document.type(sheet, workbook.column("actions", "description"), row, "Train the new colleagues");
    document.type(sheet, workbook.column("actions", "owner"), row, owner);
    document.type(sheet, workbook.column("actions", "deadline"), row, deadline);
    document.type(sheet, workbook.column("actions", "status"), row, status);
}

} // namespace

TEST_CASE("Check process on a sound workbook writes an empty report and says so", "[check]")
{
    auto& office = SharedOffice::session();
    const std::string language = GENERATE("en", "nl");
    ProcessWorkbook workbook(office, "b2b-field-sales", language);
    const auto sheetsBefore = workbook.document().sheetNames();

    const DispatchOutcome outcome = workbook.check();
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    const Sheet expected = CheckReport::sheet({}, language);
    CHECK_THAT(outcome.message, Catch::Contains(CheckReport::summary({}, language)));
    CHECK_THAT(outcome.message, Catch::Contains(expected.name));

    CalcDocument& document = workbook.document();
    auto sheetsAfter = sheetsBefore;
    sheetsAfter.push_back(expected.name);
    CHECK(document.sheetNames() == sheetsAfter);
    CHECK(CheckReportReader::markedSheet(document) == expected.name);
    const auto rows = document.rows(expected.name);
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0] == headersOf(expected));
    CHECK(CheckReportReader::findings(document, expected.name).empty());
    CHECK(document.userProperty("SalesProcessCheckReport"));
}

TEST_CASE("a finding in the report names the cell, links to it and is coloured by severity", "[check]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const std::string steps = workbook.sheetName("steps");
    const int team = workbook.column("steps", "team");
    REQUIRE(team >= 0);
    document.type(steps, team, 3, "Feild sales");

    const DispatchOutcome outcome = workbook.check();
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::StartsWith("1 error"));

    const std::string report = CheckReportReader::markedSheet(document);
    const auto unknown = CheckReportReader::withCode(CheckReportReader::findings(document, report), "unknown-team");
    REQUIRE(unknown.size() == 1);
    const std::string cell = "Steps!" + std::string(1, static_cast<char>('A' + team)) + "4";
    CHECK(unknown[0].where == cell);
    CHECK(unknown[0].severity == "Error");
    CHECK_THAT(unknown[0].message, Catch::Contains("Feild sales"));

    // The location is a link that jumps to the cell.
    const int whereColumn = document.column(report, "Where");
    const std::string formula = toStdString(
        document.sheet(report)->getCellByPosition(whereColumn, unknown[0].row)->getFormula());
    CHECK_THAT(formula, Catch::Matches("=HYPERLINK\\(\"#'?Steps'?\\." + cell.substr(6) + "\";\"" + cell + "\"\\)"));

    // One conditional format per severity, each with our (restylable) cell style.
    css::uno::Reference<css::beans::XPropertySet> row(
        document.sheet(report)->getCellByPosition(0, unknown[0].row), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> entries(row->getPropertyValue("ConditionalFormat"),
                                                              css::uno::UNO_QUERY_THROW);
    std::vector<std::string> styles;
    for (sal_Int32 i = 0; i < entries->getCount(); ++i)
        styles.push_back(toStdString(
            css::uno::Reference<css::sheet::XSheetConditionalEntry>(entries->getByIndex(i), css::uno::UNO_QUERY_THROW)
                ->getStyleName()));
    CHECK(styles == std::vector<std::string>{"SalesProcess Error", "SalesProcess Warning", "SalesProcess Note"});
}

TEST_CASE("the date given as Today decides which actions are overdue", "[check]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    REQUIRE_FALSE(workbook.process().people.empty());
    addAction(workbook, 1, workbook.process().people.front().name, "2026-01-10", "open");

    auto overdue = [&](const std::string& today) {
        const DispatchOutcome outcome = workbook.check(today);
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        const std::string report = CheckReportReader::markedSheet(workbook.document());
        return CheckReportReader::withCode(CheckReportReader::findings(workbook.document(), report),
                                           "action-overdue");
    };
    CHECK(overdue("2026-01-01").empty());
    const auto late = overdue("2026-02-01");
    REQUIRE(late.size() == 1);
    CHECK(late[0].where == "Actions!C2");

    const DispatchOutcome badToday = workbook.check("1 February");
    CHECK_FALSE(badToday.succeeded());
    CHECK_THAT(badToday.message, Catch::Contains("YYYY-MM-DD"));
}

TEST_CASE("re-running Check replaces its own unedited report and writes beside an edited one", "[check]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const std::size_t tables = workbook.expectedSheets().size();

    REQUIRE(workbook.check().succeeded());
    REQUIRE(workbook.check().succeeded());
    CHECK(document.sheetNames().size() == tables + 1);
    CHECK(CheckReportReader::markedSheet(document) == "Check report");

    // The manager writes a note into the report: from now on it is theirs.
    document.type("Check report", 0, 5, "Discussed with the team on Monday");
    REQUIRE(workbook.check().succeeded());
    const auto names = document.sheetNames();
    REQUIRE(names.size() == tables + 2);
    CHECK(document.text("Check report", 0, 5) == "Discussed with the team on Monday");
    const std::string fresh = CheckReportReader::markedSheet(document);
    CHECK(fresh != "Check report");
    CHECK(std::find(names.begin(), names.end(), fresh) != names.end());

    // The new report is ours again: another run replaces it and leaves the edited one alone.
    REQUIRE(workbook.check().succeeded());
    CHECK(document.sheetNames() == names);
    CHECK(document.text("Check report", 0, 5) == "Discussed with the team on Monday");
}
