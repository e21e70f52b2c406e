// Swimlane diagram in Draw and Calc: for every shipped template and both orientations, one box
// per step inside its lane and phase, none overlapping, one glued connector per arrow (also in
// the saved and reopened .odg), no connector through a box, our styles, and the page count the
// layout reported is the page count of the printed PDF, whose fonts and text pass DESIGN.md
// section 12. PNGs of the default template are kept in build/tests/office/area/swimlane/.
#include "CommandDispatch.hpp"
#include "DiagramProbe.hpp"
#include "DrawDocument.hpp"
#include "Lines.hpp"
#include "PdfFile.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* swimlane = "vnd.salesprocess:SwimlaneDiagram";

/// The page count the command reports: "... drawn: 7 pages, ..." / "... getekend: 7 pagina's".
int reportedPages(const std::string& message)
{
    std::smatch found;
    const std::regex pages(": (\\d+) (page|pages|pagina|pagina's),");
    return std::regex_search(message, found, pages) ? std::stoi(found[1]) : -1;
}

/// Every word of the PDF lies on its page and inside a shape with text (a connector's label lies
/// on the page), and no word is smaller than 8 pt.
std::vector<std::string> textProblems(const PdfFile& pdf, const DiagramProbe& probe)
{
    std::vector<std::string> problems;
    const auto sizes = pdf.pageSizes();
    for (const PdfFile::Word& word : pdf.words()) {
        const std::size_t p = static_cast<std::size_t>(word.page - 1);
        if (p >= sizes.size() || p >= probe.pages.size()) {
            problems.push_back("a word on page " + std::to_string(word.page) + " that the diagram does not have");
            continue;
        }
        if (word.xMin < 0 || word.yMin < 0 || word.xMax > sizes[p].width || word.yMax > sizes[p].height)
            problems.push_back("\"" + word.text + "\" on page " + std::to_string(word.page) + " is off the page");
        if (word.points() < 7.95)
            problems.push_back("\"" + word.text + "\" on page " + std::to_string(word.page) + " is " +
                               std::to_string(word.points()) + " pt");
        bool inside = false;
        for (const auto& shape : probe.pages[p].shapes) {
            if (shape.text.empty())
                continue;
            const double tolerance = 1.0;
            if (word.xMin >= pointsOf(shape.bounds.x) - tolerance && word.xMax <= pointsOf(shape.bounds.right()) + tolerance &&
                word.yMin >= pointsOf(shape.bounds.y) - tolerance && word.yMax <= pointsOf(shape.bounds.bottom()) + tolerance) {
                inside = true;
                break;
            }
        }
        for (const auto& connector : probe.pages[p].connectors)
            inside = inside || (!connector.text.empty() && connector.text.find(word.text) != std::string::npos);
        if (!inside)
            problems.push_back("\"" + word.text + "\" on page " + std::to_string(word.page) + " at " +
                               std::to_string(word.xMin) + "," + std::to_string(word.yMin) + " is outside its box");
    }
    return problems;
}

} // namespace

TEST_CASE("Swimlane diagram: every template, both orientations", "[swimlane]")
{
    OfficeSession& office = SharedOffice::session();
    const std::string name = GENERATE("b2b-field-sales", "inside-sales", "webshop");
    const std::string language = GENERATE("en", "nl");
    const std::string orientation = GENERATE("horizontal", "vertical");
    const Process process = ProcessFile::load(templatePath(name, language)).process;
    SwimlaneOptions options;
    options.orientation = orientation == "vertical" ? LaneOrientation::Vertical : LaneOrientation::Horizontal;
    INFO(name << "." << language << ", " << orientation);

    DrawDocument document(office);
    const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), swimlane,
                                                         {textArgument("Template", name), textArgument("Language", language),
                                                          textArgument("Orientation", orientation)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    const int pages = reportedPages(outcome.message);
    REQUIRE(pages > 0);
    // A new drawing: its empty first page and the pages after it are the diagram.
    CHECK(document.pageCount() == static_cast<std::size_t>(pages));

    const DiagramProbe probe(document);
    REQUIRE(probe.pages.size() == static_cast<std::size_t>(pages));
    for (const auto& page : probe.pages) {
        CHECK(page.paper.width == 29700);
        CHECK(page.paper.height == 21000);
    }
    INFO(joined(probe.stepPlacementProblems(process, options)));
    CHECK(probe.stepPlacementProblems(process, options).empty());
    INFO(joined(probe.overlapProblems()));
    CHECK(probe.overlapProblems().empty());
    INFO(joined(probe.connectorProblems(process, options)));
    CHECK(probe.connectorProblems(process, options).empty());
    INFO(joined(probe.crossingProblems()));
    CHECK(probe.crossingProblems().empty());
    INFO(joined(probe.styleProblems(document, process)));
    CHECK(probe.styleProblems(document, process).empty());
    // The drawing carries its process.
    const auto model = document.userProperty("SalesProcessModel");
    REQUIRE(model);
    CHECK(ProcessFile::parse(*model, "model").process.steps.size() == process.steps.size());

    // Saved and opened again: the same connectors, still glued, with a route.
    const std::filesystem::path folder = office.makeExchangeFolder("swimlane-" + name + "-" + language + "-" + orientation);
    document.storeTo(folder / "swimlane.odg", "draw8");
    document.storeTo(folder / "swimlane.pdf", "draw_pdf_Export");
    {
        DrawDocument reopened(office, folder / "swimlane.odg");
        const DiagramProbe again(reopened);
        REQUIRE(again.pages.size() == probe.pages.size());
        INFO(joined(again.connectorProblems(process, options)));
        CHECK(again.connectorProblems(process, options).empty());
        INFO(joined(again.stepPlacementProblems(process, options)));
        CHECK(again.stepPlacementProblems(process, options).empty());
        INFO(joined(again.crossingProblems()));
        CHECK(again.crossingProblems().empty());
    }

    // Printed: as many pages as the layout said, our font, every word in its box and 8 pt or more.
    const PdfFile pdf(folder / "swimlane.pdf");
    CHECK(pdf.pages() == pages);
    for (const std::string& font : pdf.fonts())
        CHECK(font.find("LiberationSans") != std::string::npos);
    INFO(joined(textProblems(pdf, probe)));
    CHECK(textProblems(pdf, probe).empty());
    if (name == "b2b-field-sales") {
        const auto kept = keptOutputs("swimlane");
        const auto copy = kept / ("swimlane-" + language + "-" + orientation + ".pdf");
        std::filesystem::copy_file(pdf.path(), copy, std::filesystem::copy_options::overwrite_existing);
        PdfFile(copy).toPng(kept / ("swimlane-" + language + "-" + orientation), 60, 1, pages);
    }
}
