// What the user keeps: the workbook saved as .ods and opened again, and exported as PDF
// (rendered to PNG in the build tree to be looked at: tests/office/area/pdf/).
#include "CheckReportReader.hpp"
#include "GeneratedSheetProbe.hpp"
#include "ProcessProbe.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <org/salesprocess/GeneratorResult.hpp>
#include <org/salesprocess/XGenerator.hpp>
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
        if (body.find("VerticalSplitMode") == std::string::npos)
            continue; // the same sheet names again for the sheets' code names (configuration)
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

TEST_CASE("a workbook rendered in a hidden document opens with the header row of every table frozen",
          "[files]")
{
    // As the command line renders it: the extension's generator, a hidden document, stored as
    // .ods. A hidden document stores no view settings; the generator writes them into the file.
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("rendered-workbook");
    css::uno::Reference<org::salesprocess::XGenerator> generator(
        office.serviceManager()->createInstanceWithContext("org.salesprocess.Generator", office.context()),
        css::uno::UNO_QUERY_THROW);
    const std::vector<std::pair<const char*, std::string>> given{
        {"Template", "b2b-field-sales"}, {"Language", "en"}, {"Today", ProcessWorkbook::today}, {"OutDir", folder.string()}};
    css::uno::Sequence<css::beans::NamedValue> options(static_cast<sal_Int32>(given.size()));
    for (std::size_t i = 0; i < given.size(); ++i) {
        options.getArray()[i].Name = rtl::OUString::createFromAscii(given[i].first);
        options.getArray()[i].Value <<= toOUString(given[i].second);
    }
    const org::salesprocess::GeneratorResult result = generator->run("render", options);
    std::string messages;
    for (const rtl::OUString& message : result.Messages)
        messages += toStdString(message) + "\n";
    INFO(messages);
    REQUIRE(result.ExitCode == 0);
    CHECK_THAT(messages, !Catch::Contains("not frozen"));
    const std::filesystem::path ods = folder / "process.ods";
    REQUIRE(std::filesystem::exists(ods));

    // In the file: every table sheet (and the report) frozen below row 1; the sheet shown is
    // the one the last command showed, as in a window: the Check report.
    const Process process = ProcessFile::load(templatePath("b2b-field-sales", "en")).process;
    std::vector<std::string> tables;
    for (const Sheet& sheet : Workbook::sheets(process))
        tables.push_back(sheet.name);
    tables.push_back("Check report");
    const auto frozen = frozenRows(ods);
    for (const std::string& sheet : tables) {
        INFO(sheet);
        const auto found = frozen.find(sheet);
        REQUIRE(found != frozen.end());
        CHECK(found->second == std::make_pair(2, 1)); // split mode "frozen", below row 1
    }
    CHECK_THAT(runCommand("unzip -p '" + ods.string() + "' settings.xml").output,
               Catch::Contains("<config:config-item config:name=\"ActiveTable\" config:type=\"string\">Check report<"));
    // The package is whole: every other part still there, and the office reads it as before.
    const CommandResult listing = runCommand("unzip -l '" + ods.string() + "'");
    for (const char* part : {"mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"})
        CHECK_THAT(listing.output, Catch::Contains(part));
    CHECK(runCommand("unzip -p '" + ods.string() + "' mimetype").output == "application/vnd.oasis.opendocument.spreadsheet");

    // And the office shows it so: opened in a window, each table's header row stays in view.
    OfficeSession& visible = SharedOffice::visibleSession();
    CalcDocument opened(visible, ods, CalcDocument::Window::Visible);
    const auto controller = opened.model()->getCurrentController();
    css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XViewFreezable> freezable(controller, css::uno::UNO_QUERY_THROW);
    CHECK(toStdString(css::uno::Reference<css::container::XNamed>(view->getActiveSheet(), css::uno::UNO_QUERY_THROW)
                          ->getName())
          == "Check report");
    for (const std::string& sheet : tables) {
        INFO(sheet);
        view->setActiveSheet(opened.sheet(sheet));
        CHECK(freezable->hasFrozenPanes());
    }
}

TEST_CASE("a workbook a user saves from a window keeps its frozen header rows", "[files]")
{
    // The office writes the view of a visible document itself; the frozen panes must be there
    // (they are set once the command's undo step is closed, see FrozenPanes).
    OfficeSession& visible = SharedOffice::visibleSession();
    const std::filesystem::path folder = visible.makeExchangeFolder("window-workbook");
    ProcessWorkbook workbook(visible, "b2b-field-sales", "nl", CalcDocument::Window::Visible);
    REQUIRE(workbook.check().succeeded());
    workbook.document().storeTo(folder / "proces.ods", "calc8");
    const auto frozen = frozenRows(folder / "proces.ods");
    for (const Sheet& sheet : workbook.expectedSheets()) {
        INFO(sheet.name);
        const auto found = frozen.find(sheet.name);
        REQUIRE(found != frozen.end());
        CHECK(found->second == std::make_pair(2, 1));
    }
}

/// The first line with text on a page (the page header: the sheet name).
std::string firstLine(const std::string& page)
{
    std::istringstream lines(page);
    for (std::string line; std::getline(lines, line);) {
        const auto begin = line.find_first_not_of(' ');
        if (begin == std::string::npos)
            continue;
        return line.substr(begin, line.find_last_not_of(' ') - begin + 1);
    }
    return {};
}

TEST_CASE("the workbook prints as tidy pages: every column whole, the row's name on each page, "
          "no text under 8 pt, our font, nothing outside the margins",
          "[files]")
{
    auto& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("pdf");
    const std::string language = GENERATE("en", "nl");
    ProcessWorkbook workbook(office, "b2b-field-sales", language);
    REQUIRE(workbook.check().succeeded());
    const std::filesystem::path pdf = folder / ("workbook-" + language + ".pdf");
    workbook.document().storeTo(pdf, "calc_pdf_Export");

    // Kept in the build tree, with PNGs of the pages, for a person to look at.
    const std::filesystem::path keep = std::filesystem::path(SALESPROCESS_TEST_AREA) / "pdf";
    std::filesystem::create_directories(keep);
    std::filesystem::copy_file(pdf, keep / pdf.filename(), std::filesystem::copy_options::overwrite_existing);
    const auto png = runCommand("pdftoppm -r 50 -png " + quoted(keep / pdf.filename()) + " "
                                + quoted(keep / ("workbook-" + language)));
    CHECK(png.exitCode == 0);

    const int pages = pdfPages(pdf);
    const auto texts = pdfPageTexts(pdf);
    REQUIRE(static_cast<int>(texts.size()) == pages);
    CHECK(pages >= static_cast<int>(workbook.expectedSheets().size()) + 1);
    // Page footer "Page 1 of N" / "Pagina 1 van N" in the workbook language.
    const std::string pageWord = language == "nl" ? "Pagina" : "Page";
    CHECK_THAT(texts.front(), Catch::Contains(pageWord + " 1"));
    // Numbered on through the sheets, also where a wide table has a page style of its own.
    const std::string of = language == "nl" ? " van " : " of ";
    for (int page = 1; page <= pages; ++page)
        CHECK_THAT(texts[static_cast<std::size_t>(page - 1)],
                   Catch::Contains(pageWord + " " + std::to_string(page) + of + std::to_string(pages)));
    for (const Sheet& sheet : workbook.expectedSheets()) {
        INFO("sheet " << sheet.name);
        // The pages of a sheet start with its name (the page header).
        std::vector<std::string> ofSheet;
        for (const std::string& page : texts)
            if (firstLine(page) == sheet.name)
                ofSheet.push_back(page);
        REQUIRE_FALSE(ofSheet.empty());
        // No column is lost: each header is on a page of the sheet. A table too wide for one
        // page goes over more, each page repeating the column that names the row.
        const std::size_t naming = sheet.columns.front().isId && sheet.columns.size() > 1 ? 1 : 0;
        for (const Column& column : sheet.columns)
            CHECK(std::any_of(ofSheet.begin(), ofSheet.end(),
                              [&](const std::string& page) { return page.find(column.header) != std::string::npos; }));
        for (const std::string& page : ofSheet)
            CHECK_THAT(page, Catch::Contains(sheet.columns[naming].header));
    }

    // Mechanically (DESIGN.md section 12): our font, no text under 8 pt, nothing outside the
    // margins (1.5 cm left and right, 1.2 cm top and bottom, landscape).
    const PdfReport report = PdfReport::of(pdf);
    INFO(report.summary());
    REQUIRE_FALSE(report.fonts.empty());
    for (const std::string& font : report.fonts)
        CHECK_THAT(font, Catch::Contains("LiberationSans"));
    CHECK(report.sizesUnder(8.0).empty());
    const auto outside = report.wordsOutsideMargins(true, 1500, 1200);
    CHECK(outside.empty());
    for (std::size_t i = 0; i < std::min<std::size_t>(outside.size(), 5); ++i)
        WARN(outside[i]);
}
