// Desk checklists: from the process workbook (Calc) for every shipped template, a Draw document
// with a page per team and per person, A4 portrait, texts and the routing cheat sheet where they
// belong, our styles; the PDF has the page count the layout predicted and passes DESIGN.md
// section 12; one PDF per team by page range. From a swimlane diagram in Draw too, on A5.
// PNGs of two pages are kept in build/tests/office/area/checklists/.
#include "CommandDispatch.hpp"
#include "core/ChecklistLayout.hpp"
#include "core/TeamPalette.hpp"
#include "DrawDocument.hpp"
#include "Lines.hpp"
#include "PdfFile.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* checklists = "vnd.salesprocess:DeskChecklists";

/// The page count the command reports: "...: 14 pages." / "...: 14 pagina's."
int reportedPages(const std::string& message)
{
    std::smatch found;
    const std::regex pages(": (\\d+) (pages|pagina's)\\.");
    return std::regex_search(message, found, pages) ? std::stoi(found[1]) : -1;
}

/// All text on the pages whose name starts with a title (a team's or a person's pages), lines
/// joined by spaces (long names wrap).
std::string textOfPages(const DrawDocument& document, const std::string& title)
{
    std::string all;
    const auto names = document.pageNames();
    for (std::size_t p = 0; p < names.size(); ++p) {
        if (names[p].rfind(title + " ", 0) != 0)
            continue;
        for (const auto& shape : document.shapes(p))
            all += shape.text + " ";
    }
    std::replace(all.begin(), all.end(), '\n', ' ');
    return all;
}

/// Every word on its page, inside a shape of the page with text, and 8 pt or more.
std::vector<std::string> textProblems(const PdfFile& pdf, const DrawDocument& document)
{
    std::vector<std::string> problems;
    const auto sizes = pdf.pageSizes();
    std::map<int, std::vector<DrawDocument::ShapeInfo>> shapes;
    for (const PdfFile::Word& word : pdf.words()) {
        const std::size_t p = static_cast<std::size_t>(word.page - 1);
        if (!shapes.count(word.page))
            shapes[word.page] = document.shapes(p);
        if (word.xMin < 0 || word.yMin < 0 || word.xMax > sizes[p].width || word.yMax > sizes[p].height)
            problems.push_back("\"" + word.text + "\" is off page " + std::to_string(word.page));
        if (word.points() < 7.95)
            problems.push_back("\"" + word.text + "\" on page " + std::to_string(word.page) + " is " +
                               std::to_string(word.points()) + " pt");
        // Within its shape: across, its whole width; down, its middle (a word's box is taller
        // than the line it sits on).
        bool inside = false;
        for (const auto& shape : shapes[word.page])
            inside = inside || (!shape.text.empty() && word.xMin >= pointsOf(shape.bounds.x) - 1.0 &&
                                word.xMax <= pointsOf(shape.bounds.right()) + 1.0 &&
                                word.centreY() >= pointsOf(shape.bounds.y) &&
                                word.centreY() <= pointsOf(shape.bounds.bottom()));
        if (!inside)
            problems.push_back("\"" + word.text + "\" on page " + std::to_string(word.page) + " is outside its box");
    }
    return problems;
}

} // namespace

TEST_CASE("Desk checklists from the workbook: every template", "[checklists]")
{
    OfficeSession& office = SharedOffice::session();
    const std::string name = GENERATE("b2b-field-sales", "inside-sales", "webshop");
    const std::string language = GENERATE("en", "nl");
    INFO(name << "." << language);
    ProcessWorkbook workbook(office, name, language);
    const Process& process = workbook.process();
    const std::filesystem::path folder = office.makeExchangeFolder("checklists-" + name + "-" + language);

    const auto before = DrawDocument::openDocuments(office);
    const DispatchOutcome outcome =
        workbook.run(checklists, {textArgument("PdfFile", (folder / "checklists.pdf").string()),
                                  textArgument("PerTeamFolder", (folder / "teams").string())});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    DrawDocument document(office, DrawDocument::openedSince(office, before));
    const int pages = reportedPages(outcome.message);
    REQUIRE(pages > 0);
    CHECK(document.pageCount() == static_cast<std::size_t>(pages));

    // A4 portrait; a document per team, then per person, each opening with its title.
    for (std::size_t p = 0; p < document.pageCount(); ++p) {
        CHECK(document.paper(p).width == 21000);
        CHECK(document.paper(p).height == 29700);
    }
    for (const Team& team : process.teams) {
        INFO(team.id);
        const std::string text = textOfPages(document, team.name);
        REQUIRE_FALSE(text.empty());
        for (const Step& step : process.steps)
            if (step.team == team.id && step.kind != StepKind::Decision)
                CHECK(text.find(step.name) != std::string::npos);
        // The routing cheat sheet: every inbound channel the team owns.
        for (const Route& route : process.routes) {
            const Channel* channel = process.findChannel(route.channel);
            if (route.team == team.id && channel != nullptr && channel->inbound)
                CHECK(text.find(channel->name) != std::string::npos);
        }
    }
    for (const Person& person : process.people) {
        INFO(person.name);
        const std::string text = textOfPages(document, person.name);
        CHECK(text.find(person.name) != std::string::npos);
        CHECK(text.find(person.role) != std::string::npos);
    }
    for (const ChecklistLayout::Style& style : ChecklistLayout::styles(process, ChecklistOptions{}))
        CHECK(document.hasGraphicStyle(style.name));

    // The PDF: the pages the layout predicted, our font, every word in its box and 8 pt or more.
    const PdfFile pdf(folder / "checklists.pdf");
    CHECK(pdf.pages() == pages);
    for (const std::string& font : pdf.fonts())
        CHECK(font.find("LiberationSans") != std::string::npos);
    INFO(joined(textProblems(pdf, document)));
    CHECK(textProblems(pdf, document).empty());

    // One PDF per team: together they hold every page once.
    int teamPages = 0;
    for (const Team& team : process.teams) {
        std::string safe = team.id;
        const std::filesystem::path file = folder / "teams" / ("checklists-" + safe + ".pdf");
        INFO(file.string());
        REQUIRE(std::filesystem::is_regular_file(file));
        teamPages += PdfFile(file).pages();
    }
    std::set<std::string> teamsOfPeople;
    for (const Person& person : process.people)
        if (process.findTeam(person.team) == nullptr)
            teamsOfPeople.insert(person.team);
    if (teamsOfPeople.empty())
        CHECK(teamPages == pages);

    if (name == "b2b-field-sales") {
        const auto kept = keptOutputs("checklists");
        const auto copy = kept / ("checklists-" + language + ".pdf");
        std::filesystem::copy_file(pdf.path(), copy, std::filesystem::copy_options::overwrite_existing);
        PdfFile(copy).toPng(kept / ("checklists-" + language), 60, 1, 3);
    }
}

TEST_CASE("Desk checklists from a swimlane diagram in Draw, on A5", "[checklists]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument diagram(office);
    REQUIRE(CommandDispatch::run(office, diagram.frame(), "vnd.salesprocess:SwimlaneDiagram",
                                 {textArgument("Template", "inside-sales"), textArgument("Language", "nl")})
                .succeeded());
    const auto before = DrawDocument::openDocuments(office);
    const DispatchOutcome outcome = CommandDispatch::run(office, diagram.frame(), checklists,
                                                         {textArgument("Paper", "A5"), textArgument("People", "false")});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("Bureauchecklists voor") && !Catch::Contains("personen"));
    DrawDocument document(office, DrawDocument::openedSince(office, before));
    CHECK(document.pageCount() == static_cast<std::size_t>(reportedPages(outcome.message)));
    for (std::size_t p = 0; p < document.pageCount(); ++p) {
        CHECK(document.paper(p).width == 14800);
        CHECK(document.paper(p).height == 21000);
    }
    const DispatchOutcome badPaper = CommandDispatch::run(office, diagram.frame(), checklists, {textArgument("Paper", "Letter")});
    CHECK_FALSE(badPaper.succeeded());
    CHECK_THAT(badPaper.message, Catch::Contains("A4 / A5"));
}
