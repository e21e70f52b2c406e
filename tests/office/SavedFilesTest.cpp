// What the user keeps: the workbook saved as .ods and opened again, and exported as PDF
// (rendered to PNG in the build tree to be looked at: tests/office/area/pdf/).
#include "CheckReportReader.hpp"
#include "ProcessProbe.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

std::set<std::string> rangeNames(const CalcDocument& document)
{
    std::set<std::string> names;
    for (const auto& [name, content] : document.namedRanges())
        names.insert(name);
    return names;
}

std::string quoted(const std::filesystem::path& path)
{
    return "'" + path.string() + "'";
}

/// The per-sheet view settings of a saved .ods: sheet -> (VerticalSplitMode, VerticalSplitPosition).
std::map<std::string, std::pair<int, int>> frozenRows(const std::filesystem::path& ods)
{
    const CommandResult settings = runCommand("unzip -p " + quoted(ods) + " settings.xml");
    std::map<std::string, std::pair<int, int>> result;
    const std::regex entry("<config:config-item-map-entry config:name=\"([^\"]+)\">(.*?)</config:config-item-map-entry>");
    const std::regex mode("config:name=\"VerticalSplitMode\" config:type=\"short\">(\\d+)<");
    const std::regex position("config:name=\"VerticalSplitPosition\" config:type=\"int\">(\\d+)<");
    for (auto it = std::sregex_iterator(settings.output.begin(), settings.output.end(), entry);
         it != std::sregex_iterator(); ++it) {
        const std::string body = (*it)[2];
        std::smatch found;
        int splitMode = 0;
        int splitPosition = 0;
        if (std::regex_search(body, found, mode))
            splitMode = std::stoi(found[1]);
        if (std::regex_search(body, found, position))
            splitPosition = std::stoi(found[1]);
        result[(*it)[1]] = {splitMode, splitPosition};
    }
    return result;
}

int pdfPages(const std::filesystem::path& pdf)
{
    const CommandResult info = runCommand("pdfinfo " + quoted(pdf));
    std::smatch found;
    const std::regex pages("Pages:\\s+(\\d+)");
    return std::regex_search(info.output, found, pages) ? std::stoi(found[1]) : -1;
}

std::vector<std::string> pdfPageTexts(const std::filesystem::path& pdf)
{
    const CommandResult text = runCommand("pdftotext -layout " + quoted(pdf) + " -");
    std::vector<std::string> pages;
    std::stringstream all(text.output);
    for (std::string page; std::getline(all, page, '\f');)
        pages.push_back(page);
    if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos)
        pages.pop_back();
    return pages;
}

} // namespace

TEST_CASE("a saved workbook keeps its sheets, names, drop-downs, styles and model, and checks "
          "clean when opened again",
          "[files]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("saved-workbook");
    ProcessWorkbook workbook(office, "b2b-field-sales", "nl");
    REQUIRE(workbook.check().succeeded());
    const auto names = workbook.document().sheetNames();
    const auto ranges = rangeNames(workbook.document());
    const std::string contents = workbook.document().snapshot();
    workbook.document().storeTo(folder / "proces.ods", "calc8");

    CalcDocument reopened(office, folder / "proces.ods");
    CHECK(reopened.sheetNames() == names);
    CHECK(rangeNames(reopened) == ranges);
    CHECK(reopened.snapshot() == contents);
    CHECK(reopened.userProperty("SalesProcessModel"));
    CHECK(reopened.userProperty("SalesProcessCheckReport"));
    css::uno::Reference<css::beans::XPropertySet> header(reopened.sheet("Stappen")->getCellByPosition(0, 0),
                                                         css::uno::UNO_QUERY_THROW);
    rtl::OUString style;
    header->getPropertyValue("CellStyle") >>= style;
    CHECK(toStdString(style) == "SalesProcess Header");
    css::uno::Reference<css::beans::XPropertySet> teamCell(
        reopened.sheet("Stappen")->getCellByPosition(workbook.column("steps", "team"), 1), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> validation(teamCell->getPropertyValue("Validation"),
                                                             css::uno::UNO_QUERY_THROW);
    css::sheet::ValidationType type = css::sheet::ValidationType_ANY;
    validation->getPropertyValue("Type") >>= type;
    CHECK(type == css::sheet::ValidationType_LIST);

    // Checked again after opening: its own unedited report is recognised and replaced.
    const DispatchOutcome outcome = CommandDispatch::run(office, reopened.frame(), ProcessWorkbook::checkProcess,
                                                         {textArgument("Today", ProcessWorkbook::today)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("Geen bevindingen"));
    CHECK(reopened.sheetNames() == names);
}

TEST_CASE("a saved workbook opens with the header row of every sheet frozen", "[files]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("frozen-workbook");
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    REQUIRE(workbook.check().succeeded());
    workbook.document().storeTo(folder / "process.ods", "calc8");

    const auto frozen = frozenRows(folder / "process.ods");
    for (const std::string& sheet : workbook.document().sheetNames()) {
        INFO(sheet);
        const auto found = frozen.find(sheet);
        REQUIRE(found != frozen.end());
        CHECK(found->second == std::make_pair(2, 1)); // split mode "frozen", below row 1
    }
}

TEST_CASE("the workbook prints as tidy pages: every table whole in width, headed and numbered",
          "[files]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("pdf");
    const std::string language = GENERATE("en", "nl");
    ProcessWorkbook workbook(office, "b2b-field-sales", language);
    REQUIRE(workbook.check().succeeded());
    const std::filesystem::path pdf = folder / ("workbook-" + language + ".pdf");
    workbook.document().storeTo(pdf, "calc_pdf_Export");

    // Kept in the build tree, with PNGs of the first pages, for a person to look at.
    const std::filesystem::path keep = std::filesystem::path(SALESPROCESS_TEST_AREA) / "pdf";
    std::filesystem::create_directories(keep);
    std::filesystem::copy_file(pdf, keep / pdf.filename(), std::filesystem::copy_options::overwrite_existing);
    const auto png = runCommand("pdftoppm -r 50 -png -f 1 -l 6 " + quoted(keep / pdf.filename()) + " "
                                + quoted(keep / ("workbook-" + language)));
    CHECK(png.exitCode == 0);

    const int pages = pdfPages(pdf);
    const auto texts = pdfPageTexts(pdf);
    REQUIRE(static_cast<int>(texts.size()) == pages);
    CHECK(pages >= static_cast<int>(workbook.expectedSheets().size()) + 1);
    // Page footer "Page 1 of N" / "Pagina 1 van N" in the workbook language.
    const std::string pageWord = language == "nl" ? "Pagina" : "Page";
    CHECK_THAT(texts.front(), Catch::Contains(pageWord + " 1"));
    // No table is cut in width: each page of a sheet shows every header of that sheet.
    for (const Sheet& sheet : workbook.expectedSheets()) {
        INFO("sheet " << sheet.name);
        const auto first = std::find_if(texts.begin(), texts.end(), [&](const std::string& page) {
            return page.find(sheet.columns.back().header) != std::string::npos
                   && page.find(sheet.name) != std::string::npos;
        });
        CHECK(first != texts.end());
        if (first == texts.end())
            continue;
        for (const Column& column : sheet.columns)
            CHECK_THAT(*first, Catch::Contains(column.header));
    }
}
