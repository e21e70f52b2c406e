#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/TeamPalette.hpp"
#include "core/TextMeasure.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TaskDivisionMatrix.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>

using namespace salesprocess;
using salesprocess::test::smallProcess;
using salesprocess::test::step;
using salesprocess::test::stepById;

namespace {

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::stringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
        lines.push_back(line);
    return lines;
}

double numberAt(const Grid& grid, int row, int column)
{
    const GridCell& cell = grid.at(row, column);
    REQUIRE(cell.number.has_value());
    return *cell.number;
}

/// Shape rules every grid keeps, whatever it shows: the adapter relies on them.
void checkWellFormed(const Grid& grid)
{
    REQUIRE(grid.rowCount() > 0);
    const int columns = grid.columnCount();
    for (const auto& row : grid.cells)
        CHECK(static_cast<int>(row.size()) == columns);
    CHECK(static_cast<int>(grid.rowKeys.size()) == grid.rowCount());
    CHECK(static_cast<int>(grid.rowHeights.size()) == grid.rowCount());
    CHECK(static_cast<int>(grid.columnKeys.size()) == columns);
    CHECK(static_cast<int>(grid.columnWidths.size()) == columns);
    for (int width : grid.columnWidths)
        CHECK(width > 0);
    auto inside = [&](const CellRange& r) {
        return r.firstRow >= 0 && r.firstColumn >= 0 && r.lastRow < grid.rowCount() && r.lastColumn < columns &&
               r.firstRow <= r.lastRow && r.firstColumn <= r.lastColumn;
    };
    std::set<std::string> names;
    for (const CellLook& look : grid.styles) {
        CHECK(names.insert(look.name).second);
        CHECK(look.name.rfind("SalesProcess ", 0) == 0);
        CHECK(look.points >= 8.0);
        CHECK((look.fill.empty() || TeamPalette::isColour(look.fill)));
        CHECK(TeamPalette::isColour(look.text));
    }
    for (const StyledRange& area : grid.areas) {
        CHECK(inside(area.range));
        CHECK(names.count(area.style) == 1);
    }
    for (std::size_t i = 0; i < grid.merged.size(); ++i) {
        CHECK(inside(grid.merged[i]));
        for (std::size_t j = i + 1; j < grid.merged.size(); ++j)
            CHECK_FALSE((grid.merged[i].firstRow <= grid.merged[j].lastRow &&
                         grid.merged[j].firstRow <= grid.merged[i].lastRow &&
                         grid.merged[i].firstColumn <= grid.merged[j].lastColumn &&
                         grid.merged[j].firstColumn <= grid.merged[i].lastColumn));
    }
    for (const ColourScale& scale : grid.colourScales)
        CHECK(inside(scale.range));
    CHECK(grid.print.area == (CellRange{0, 0, grid.rowCount() - 1, columns - 1}));
    CHECK(!grid.print.pageStyle.empty());
    // Fit to width never shrinks 10 pt text under 8 pt.
    REQUIRE(grid.print.pagesWide >= 1);
    CHECK(Grid::minimumPrintScale * static_cast<double>(grid.width()) <=
          grid.print.pagesWide * grid.print.usableWidth());
}

/// The marker the shipped templates' steps should get, worked out without the matrix.
std::string marker(const Step& s, const std::string& language)
{
    if (s.segments == std::vector<std::string>{"prospect"})
        return " (P)";
    if (s.segments == std::vector<std::string>{"customer"})
        return language == "nl" ? " (K)" : " (C)";
    return "";
}

Process loadTemplate(const std::string& name, const std::string& language)
{
    return ProcessFile::load(salesprocess::test::templatePath(name, language)).process;
}

/// A process with n teams (no colours of their own) and m inbound channels.
Process largeProcess(int teams, int channels)
{
    Process p = smallProcess("nl");
    p.teams.clear();
    p.steps.clear();
    p.arrows.clear();
    p.routes.clear();
    p.channels.clear();
    for (int t = 0; t < teams; ++t)
        p.teams.push_back({"team" + std::to_string(t), "Team " + std::to_string(t), "", "other"});
    for (int t = 0; t < teams; ++t)
        for (const Phase& ph : p.phases)
            p.steps.push_back(step("s" + std::to_string(t) + ph.id, "Stap " + ph.name + " " + std::to_string(t), ph.id,
                                   "team" + std::to_string(t)));
    for (int c = 0; c < channels; ++c) {
        const std::string id = "channel" + std::to_string(c);
        p.channels.push_back({id, "Kanaal " + std::to_string(c), true, 5});
        for (const char* segment : {"prospect", "customer"})
            p.routes.push_back({id, segment, "", "team" + std::to_string(c % teams),
                                "team" + std::to_string((c + 1) % teams), "1 werkdag"});
    }
    return p;
}

} // namespace

TEST_CASE("cell ranges read as Calc shows them", "[grid]")
{
    CHECK((CellRange{2, 1, 6, 3}.toA1()) == "B3:D7");
    CHECK((CellRange{0, 0, 0, 0}.toA1()) == "A1");
    CHECK((CellRange{0, 26, 1, 27}.toA1()) == "AA1:AB2");
    const CellRange r{1, 1, 2, 3};
    CHECK(r.rows() == 2);
    CHECK(r.columns() == 3);
    CHECK(r.contains(2, 3));
    CHECK_FALSE(r.contains(3, 3));
    CHECK_FALSE(r.contains(1, 0));
}

TEST_CASE("a grid is built cell by cell, and a later style wins", "[grid]")
{
    Grid grid;
    grid.resize(3, 4);
    grid.setText(0, 0, "Team");
    grid.setNumber(1, 2, 7);
    CHECK(grid.rowCount() == 3);
    CHECK(grid.columnCount() == 4);
    CHECK(grid.textAt(0, 0) == "Team");
    CHECK(grid.at(1, 2).number == 7.0);
    CHECK(grid.textAt(1, 2).empty());
    grid.setText(1, 2, "seven");
    CHECK_FALSE(grid.at(1, 2).number.has_value());

    grid.addStyle(Grid::look(Grid::cellStyle));
    grid.addStyle(Grid::look(Grid::headerStyle));
    grid.addStyle(Grid::look(Grid::headerStyle));
    CHECK(grid.styles.size() == 2);
    grid.apply({0, 0, 2, 3}, Grid::cellStyle);
    grid.apply({0, 0, 0, 3}, Grid::headerStyle);
    CHECK(grid.styleAt(0, 2) == Grid::headerStyle);
    CHECK(grid.styleAt(2, 2) == Grid::cellStyle);
    CHECK_THROWS_AS(grid.apply({0, 0, 0, 0}, "SalesProcess Unknown"), std::logic_error);
    CHECK_THROWS(grid.setText(3, 0, "outside"));

    grid.merge({0, 0, 0, 0}); // one cell: nothing to merge
    grid.merge({0, 0, 0, 3});
    CHECK(grid.merged.size() == 1);

    grid.resize(5, 2);
    CHECK(grid.rowKeys.size() == 5);
    CHECK(grid.columnWidths.size() == 2);
    CHECK(grid.textAt(0, 0) == "Team");
}

TEST_CASE("the colour scale mixes from the fewest to the most", "[grid]")
{
    ColourScale scale{{0, 0, 1, 1}, "#FFFFFF", "#000000", 2, 6};
    CHECK(scale.colourOf(2) == "#FFFFFF");
    CHECK(scale.colourOf(6) == "#000000");
    CHECK(scale.colourOf(4) == "#808080");
    CHECK(scale.colourOf(0) == "#FFFFFF");
    CHECK(scale.colourOf(9) == "#000000");
    const ColourScale flat{{0, 0, 0, 0}, "#FFFFFF", "#FB9A29", 3, 3};
    CHECK(flat.colourOf(3) == "#FFFFFF");
}

TEST_CASE("fit to width takes as many pages as keep text at 8 pt", "[grid]")
{
    Grid grid;
    grid.resize(2, 4);
    grid.columnWidths = {5000, 5000, 5000, 5000};
    grid.print.landscape = true;
    grid.fitPrintToWidth();
    CHECK(grid.print.pagesWide == 1);
    CHECK(grid.print.pagesTall == 0);
    CHECK(grid.print.area == (CellRange{0, 0, 1, 3}));

    grid.resize(2, 12);
    grid.columnWidths.assign(12, 5000); // 60 cm: 48 cm at 80 %, two landscape pages
    grid.fitPrintToWidth();
    CHECK(grid.print.pagesWide == 2);
    grid.print.landscape = false;
    CHECK(grid.print.usableWidth() == 18000);
    grid.fitPrintToWidth();
    CHECK(grid.print.pagesWide == 3);
}

TEST_CASE("merged wrapped text gets the row height it needs", "[grid]")
{
    const std::string longText = "the condition does not apply to this segment: the route without condition holds";
    Grid grid;
    grid.resize(4, 2);
    grid.columnWidths = {3000, 3000};
    grid.addStyle(Grid::look(Grid::legendStyle));
    grid.addStyle(Grid::look(Grid::countStyle));
    grid.setText(0, 0, "Short");
    grid.setText(1, 0, longText);
    grid.setText(2, 0, longText); // not merged: Calc's optimal height fits it
    grid.setText(3, 0, longText); // merged but not wrapped: stays one line
    grid.apply({0, 0, 2, 1}, Grid::legendStyle);
    grid.apply({3, 0, 3, 1}, Grid::countStyle);
    grid.merge({0, 0, 0, 1});
    grid.merge({1, 0, 1, 1});
    grid.merge({3, 0, 3, 1});
    grid.rowHeights[0] = 500;
    grid.fitMergedRows(ApproximateTextMeasure());
    CHECK(grid.rowHeights[0] == 500);
    CHECK(grid.rowHeights[1] > 3 * ApproximateTextMeasure().lineHeight(Font{9, false}));
    CHECK(grid.rowHeights[2] == 0);
    CHECK(grid.rowHeights[3] == 0);
}

TEST_CASE("a row keeps Calc's optimal height unless a line is near its break", "[grid]")
{
    Grid grid;
    grid.resize(4, 2);
    grid.setText(0, 0, "Social media (LinkedIn)");
    grid.setText(1, 0, "E-mail");
    grid.setText(2, 0, "Title");
    grid.merge({2, 0, 2, 1});
    grid.rowHeights[2] = 1000;
    grid.rowHeights[3] = 300; // an empty spacer
    // Two lines when a little narrower, one when a little wider: another office may wrap it,
    // so the row gets the two lines' height fixed.
    CHECK(grid.writtenRowHeight(0, 900, 450) == 900);
    // The same line count either way: every office sizes the row alike, Calc's optimal height stays.
    CHECK(grid.writtenRowHeight(1, 450, 450) == 0);
    CHECK(grid.writtenRowHeight(0, 900, 900) == 0);
    // A row with its own height: a merged title or a spacer keeps it (Calc leaves merged cells
    // out of its optimal height, and an empty row needs nothing).
    CHECK(grid.writtenRowHeight(2, 450, 450) == 1000);
    CHECK(grid.writtenRowHeight(3, 450, 450) == 300);
    // ... and text outside merged cells grows it to what that text needs.
    grid.setText(3, 1, "wrapped\ntext");
    CHECK(grid.writtenRowHeight(3, 900, 900) == 900);
    // Turned text (the vertical count headers) was planned for: Calc would size it unwrapped.
    grid.addStyle(Grid::look(Grid::verticalHeaderStyle));
    grid.apply({3, 0, 3, 0}, Grid::verticalHeaderStyle);
    grid.setText(3, 0, "Delivery and installation");
    CHECK(grid.writtenRowHeight(3, 4000, 4000) == 300);
}

TEST_CASE("the last column on the first page: whatever the print scale, it fits the page at full size", "[grid]")
{
    Grid grid;
    grid.resize(1, 8);
    grid.columnWidths.assign(8, 4000);
    grid.print.landscape = true; // 26 700 usable: six columns of 4 000
    grid.print.repeatColumns = Span{0, 0};
    grid.fitPrintToWidth();
    REQUIRE(grid.print.pagesWide == 2);
    CHECK(grid.lastColumnOnFirstPage() == 5);
    CHECK(grid.firstUnrepeatedColumn() == 1);
    grid.columnWidths.assign(8, 2000);
    grid.fitPrintToWidth();
    REQUIRE(grid.print.pagesWide == 1);
    CHECK(grid.lastColumnOnFirstPage() == 7);
    grid.print.repeatColumns = Span{};
    CHECK(grid.firstUnrepeatedColumn() == 0);
}

TEST_CASE("printed over two pages wide, the repeated team column holds no title, band or legend text",
          "[matrix][task-division]")
{
    for (const std::string language : {"nl", "en"}) {
        INFO(language);
        const Grid grid = TaskDivisionMatrix::build(loadTemplate("b2b-field-sales", language));
        REQUIRE(grid.print.pagesWide == 2);
        REQUIRE(grid.print.repeatColumns.first == 0);
        REQUIRE(grid.print.repeatColumns.last == 0);
        const int firstPageEnd = grid.lastColumnOnFirstPage();
        REQUIRE(firstPageEnd >= 1);
        REQUIRE(firstPageEnd < grid.columnCount() - 1);
        // Column A: only the "Team" header, the team names and "Total"; nothing else is cut off
        // at its width on the continuation pages.
        for (int row = 0; row < grid.rowCount(); ++row) {
            const std::string& key = grid.rowKeys[static_cast<std::size_t>(row)];
            INFO(key);
            if (key == "captions" || key.rfind("team:", 0) == 0 || key == "total")
                CHECK_FALSE(grid.textAt(row, 0).empty());
            else
                CHECK(grid.textAt(row, 0).empty());
        }
        const int title = grid.rowOf("title");
        CHECK_FALSE(grid.textAt(title, 1).empty());
        CHECK(grid.textAt(grid.rowOf("legend"), 1) == (language == "nl" ? "Legenda" : "Legend"));
        CHECK_FALSE(grid.textAt(grid.rowOf("legend:counts"), 1).empty());
        // Title and legend wrap within the first page; no merged range runs over a page break,
        // where Calc would paint it past the table's edge.
        for (const CellRange& range : grid.merged) {
            INFO(range.toA1());
            CHECK(range.lastColumn <= firstPageEnd);
        }
        CHECK(std::count(grid.merged.begin(), grid.merged.end(), CellRange{title, 1, title, firstPageEnd}) == 1);
    }
}

TEST_CASE("dates in titles read as people write them", "[grid]")
{
    CHECK(Grid::longDate("2026-01-15", "nl") == "15 januari 2026");
    CHECK(Grid::longDate("2026-03-01", "en") == "1 March 2026");
    CHECK(Grid::longDate("2026-02-30", "en") == "2026-02-30");
    CHECK(Grid::longDate("soon", "nl") == "soon");
    CHECK(Grid::oneLine("Offerte\r\nopstellen\nen versturen") == "Offerte opstellen en versturen");
    Process p = smallProcess("nl");
    p.version = "2.1";
    CHECK(Grid::title(p, "Taakverdeling") == "Taakverdeling · Small · versie 2.1 · 15 januari 2026");
}

TEST_CASE("task division of every shipped template", "[matrix][task-division][templates]")
{
    for (const std::string& name : salesprocess::test::templateNames()) {
        for (const std::string language : {"nl", "en"}) {
            INFO(name << "." << language);
            const Process p = loadTemplate(name, language);
            const Grid grid = TaskDivisionMatrix::build(p);
            checkWellFormed(grid);
            CHECK(grid.key == "task-division");
            CHECK(grid.language == language);
            CHECK(grid.sheetName == (language == "nl" ? "Taakverdeling" : "Task division"));
            CHECK(grid.highlights.empty());

            // Title: what, process, version, date.
            const int textColumn = grid.print.pagesWide > 1 ? 1 : 0;
            const std::string& title = grid.textAt(grid.rowOf("title"), textColumn);
            CHECK(title.find(p.name) != std::string::npos);
            CHECK(title.find(p.version) != std::string::npos);
            CHECK(title.find(language == "nl" ? "15 januari 2026" : "15 January 2026") != std::string::npos);
            CHECK(grid.styleAt(0, textColumn) == Grid::titleStyle);

            // Phases as columns in process order, twice: steps and counts.
            const int header = grid.rowOf("header");
            REQUIRE(header >= 0);
            for (std::size_t ph = 0; ph < p.phases.size(); ++ph) {
                const int column = grid.columnOf("phase:" + p.phases[ph].id);
                const int count = grid.columnOf("count:" + p.phases[ph].id);
                CHECK(column == static_cast<int>(ph) + 1);
                CHECK(count > column);
                CHECK(grid.textAt(header, column) == p.phases[ph].name);
                CHECK(grid.textAt(header, count) == p.phases[ph].name);
                CHECK(grid.styleAt(header, column) == Grid::headerStyle);
                CHECK(grid.styleAt(header, count) == Grid::verticalHeaderStyle);
            }
            const int totalColumn = grid.columnOf("total");
            CHECK(totalColumn == grid.columnCount() - 1);
            CHECK(grid.textAt(header, totalColumn) == (language == "nl" ? "Totaal" : "Total"));

            // Teams as rows in the team colour, each cell the team's steps.
            std::vector<int> phaseTotals(p.phases.size(), 0);
            int all = 0;
            for (std::size_t t = 0; t < p.teams.size(); ++t) {
                const Team& team = p.teams[t];
                INFO(team.id);
                const int row = grid.rowOf("team:" + team.id);
                CHECK(row == grid.rowOf("header") + 1 + static_cast<int>(t));
                CHECK(grid.textAt(row, 0) == team.name);
                const std::string style = grid.styleAt(row, 0);
                CHECK(style == "SalesProcess Team " + team.id);
                const CellLook* look = grid.findStyle(style);
                REQUIRE(look);
                CHECK(look->fill == TeamPalette::fillOf(p, team.id));
                CHECK(look->fill == team.colour);
                CHECK(look->text == TeamPalette::text(look->fill));
                CHECK(look->border.colour == TeamPalette::border(look->fill));

                int teamTotal = 0;
                for (std::size_t ph = 0; ph < p.phases.size(); ++ph) {
                    std::vector<std::string> expected;
                    for (const Step& s : p.steps) {
                        if (s.phase != p.phases[ph].id)
                            continue;
                        if (s.team == team.id)
                            expected.push_back(s.name + marker(s, language));
                        else if (std::count(s.supportingTeams.begin(), s.supportingTeams.end(), team.id))
                            expected.push_back(s.name + marker(s, language) +
                                               (language == "nl" ? " (+ ondersteunend)" : " (+ supporting)"));
                    }
                    const int column = grid.columnOf("phase:" + p.phases[ph].id);
                    const int count = grid.columnOf("count:" + p.phases[ph].id);
                    CHECK(linesOf(grid.textAt(row, column)) == expected);
                    CHECK(grid.styleAt(row, column) == Grid::cellStyle);
                    CHECK(numberAt(grid, row, count) == static_cast<double>(expected.size()));
                    CHECK(grid.styleAt(row, count) == Grid::countStyle);
                    teamTotal += static_cast<int>(expected.size());
                    phaseTotals[ph] += static_cast<int>(expected.size());
                }
                CHECK(numberAt(grid, row, totalColumn) == teamTotal);
                CHECK(grid.styleAt(row, totalColumn) == Grid::totalStyle);
                all += teamTotal;
            }

            // Totals per phase and in all; every step counted once, joint work once more per supporter.
            const int totalRow = grid.rowOf("total");
            CHECK(totalRow == grid.rowOf("header") + 1 + static_cast<int>(p.teams.size()));
            for (std::size_t ph = 0; ph < p.phases.size(); ++ph)
                CHECK(numberAt(grid, totalRow, grid.columnOf("count:" + p.phases[ph].id)) == phaseTotals[ph]);
            std::size_t joint = 0;
            for (const Step& s : p.steps)
                joint += s.supportingTeams.size();
            CHECK(numberAt(grid, totalRow, totalColumn) == all);
            CHECK(all == static_cast<int>(p.steps.size() + joint));

            // The colour scale spans exactly the counts, not the totals.
            REQUIRE(grid.colourScales.size() == 1);
            const ColourScale& scale = grid.colourScales.front();
            const CellRange counts{grid.rowOf("team:" + p.teams.front().id),
                                   grid.columnOf("count:" + p.phases.front().id), totalRow - 1, totalColumn - 1};
            CHECK(scale.range == counts);
            CHECK(scale.lowest == 0);
            CHECK(scale.highest >= 3);
            CHECK(scale.colourOf(scale.lowest) == "#FFFFFF");
            CHECK(scale.colourOf(scale.highest) == "#FB9A29");

            // Legend: both segment markers and joint work are used in every template.
            CHECK(grid.rowOf("legend:segment:prospect") > totalRow);
            CHECK(grid.textAt(grid.rowOf("legend:segment:customer"), textColumn)
                      .rfind(language == "nl" ? "(K)" : "(C)", 0) == 0);
            CHECK(grid.rowOf("legend:supporting") > totalRow);
            CHECK(grid.rowOf("legend:counts") == grid.rowCount() - 1);

            // Print: landscape, header row and team column on every page, text never under 8 pt.
            CHECK(grid.print.landscape);
            CHECK(grid.print.repeatRows.first <= header);
            CHECK(grid.print.repeatRows.last == header);
            CHECK(grid.print.repeatColumns.first == 0);
            CHECK(grid.print.repeatColumns.last == 0);
            CHECK(grid.print.pagesWide <= 2);
            CHECK(grid.freezeRows == header + 1);
            CHECK(grid.freezeColumns == 1);
        }
    }
}

TEST_CASE("segment markers and joint work in a crafted process", "[matrix][task-division]")
{
    for (const std::string language : {"nl", "en"}) {
        INFO(language);
        Process p = smallProcess(language);
        if (language == "nl")
            p.segments[1].name = "Klant";
        stepById(p, "qualify").segments = {"prospect"};
        stepById(p, "lost").segments = {"customer"};
        stepById(p, "decide").segments = {"prospect", "customer"}; // every segment: no marker
        stepById(p, "quote").supportingTeams = {"inside", "inside", "field", "nobody"};
        const Grid grid = TaskDivisionMatrix::build(p);
        checkWellFormed(grid);

        const int inside = grid.rowOf("team:inside");
        const int field = grid.rowOf("team:field");
        const std::string customer = language == "nl" ? "K" : "C";
        CHECK(linesOf(grid.textAt(inside, grid.columnOf("phase:contact"))) ==
              std::vector<std::string>{"Receive the request", "Qualify the lead (P)"});
        CHECK(grid.textAt(inside, grid.columnOf("phase:close")) == "Lead lost (" + customer + ")");
        // Joint work: the owner lists the step plainly, the supporting team once, marked.
        CHECK(linesOf(grid.textAt(field, grid.columnOf("phase:quote"))) ==
              std::vector<std::string>{"Is there a need?", "Prepare the quote"});
        CHECK(grid.textAt(inside, grid.columnOf("phase:quote")) ==
              (language == "nl" ? "Prepare the quote (+ ondersteunend)" : "Prepare the quote (+ supporting)"));
        CHECK(numberAt(grid, inside, grid.columnOf("count:quote")) == 1);
        CHECK(numberAt(grid, field, grid.columnOf("count:quote")) == 2);
        CHECK(numberAt(grid, inside, grid.columnOf("total")) == 4);
        CHECK(numberAt(grid, grid.rowOf("total"), grid.columnOf("total")) == 7);

        CHECK(grid.textAt(grid.rowOf("legend:segment:prospect"), 0) ==
              (language == "nl" ? "(P)  alleen voor Prospect" : "(P)  only for Prospect"));
        CHECK(grid.textAt(grid.rowOf("legend:segment:customer"), 0) ==
              (language == "nl" ? "(K)  alleen voor Klant" : "(C)  only for Customer"));
        CHECK(grid.rowOf("legend:supporting") > 0);
        CHECK(grid.textAt(grid.rowOf("header"), grid.columnOf("total")) == (language == "nl" ? "Totaal" : "Total"));
        CHECK(grid.textAt(grid.rowOf("legend"), 0) == (language == "nl" ? "Legenda" : "Legend"));
    }
}

TEST_CASE("without markers or joint work the legend only explains the counts", "[matrix][task-division]")
{
    const Grid grid = TaskDivisionMatrix::build(smallProcess());
    CHECK(grid.rowOf("legend:segment:prospect") == -1);
    CHECK(grid.rowOf("legend:supporting") == -1);
    CHECK(grid.rowOf("legend:counts") == grid.rowOf("legend") + 1);
    CHECK(grid.textAt(grid.rowOf("team:field"), grid.columnOf("phase:contact")).empty());
    CHECK(numberAt(grid, grid.rowOf("team:field"), grid.columnOf("count:contact")) == 0);
}

TEST_CASE("segment abbreviations stay unambiguous", "[matrix][task-division]")
{
    Process p = smallProcess();
    p.segments = {{"prospect", "Prospect"}, {"partner", "Partner"}, {"customer", "Customer"}, {"eu", "évian"}};
    CHECK(TaskDivisionMatrix::segmentAbbreviation(p, "prospect") == "Prospect");
    CHECK(TaskDivisionMatrix::segmentAbbreviation(p, "partner") == "Partner");
    CHECK(TaskDivisionMatrix::segmentAbbreviation(p, "customer") == "C");
    CHECK(TaskDivisionMatrix::segmentAbbreviation(p, "eu") == "é");
    CHECK(TaskDivisionMatrix::segmentAbbreviation(p, "ghost") == "ghost");

    Step s = step("x", "Call back", "contact", "inside");
    CHECK(TaskDivisionMatrix::segmentMarker(p, s).empty());
    s.segments = {"customer", "prospect"};
    CHECK(TaskDivisionMatrix::segmentMarker(p, s) == " (Prospect/C)");
    s.segments = {"prospect", "partner", "customer", "eu"};
    CHECK(TaskDivisionMatrix::segmentMarker(p, s).empty());
    s.segments = {"prospect", "partner", "customer", "eu", "ghost"};
    CHECK(TaskDivisionMatrix::segmentMarker(p, s) == " (Prospect/Partner/C/é/ghost)");
}

TEST_CASE("steps the check would reject are left out, names stay on one line", "[matrix][task-division]")
{
    Process p = smallProcess();
    p.steps.push_back(step("orphan", "Nobody's step", "contact", "nobody"));
    p.steps.push_back(step("nowhere", "Step in no phase", "", "inside"));
    stepById(p, "qualify").name = "Qualify\nthe lead";
    const Grid grid = TaskDivisionMatrix::build(p);
    checkWellFormed(grid);
    CHECK(linesOf(grid.textAt(grid.rowOf("team:inside"), grid.columnOf("phase:contact"))) ==
          std::vector<std::string>{"Receive the request", "Qualify the lead"});
    CHECK(numberAt(grid, grid.rowOf("total"), grid.columnOf("total")) == 6);
    CHECK(grid.rowOf("team:nobody") == -1);
}

TEST_CASE("a renamed team shows its new name under the same key", "[matrix][task-division]")
{
    Process before = smallProcess("nl");
    Process after = before;
    after.teams[1].name = "Accountmanagers";
    const Grid old = TaskDivisionMatrix::build(before);
    const Grid renamed = TaskDivisionMatrix::build(after);
    CHECK(renamed.rowKeys == old.rowKeys);
    CHECK(renamed.columnKeys == old.columnKeys);
    CHECK(old.textAt(old.rowOf("team:field"), 0) == "Field sales");
    CHECK(renamed.textAt(renamed.rowOf("team:field"), 0) == "Accountmanagers");
    CHECK(renamed.styleAt(renamed.rowOf("team:field"), 0) == "SalesProcess Team field");
}

TEST_CASE("15 teams: distinct colours, one row each, still printable", "[matrix][task-division][large]")
{
    const Process p = largeProcess(15, 20);
    const Grid grid = TaskDivisionMatrix::build(p);
    checkWellFormed(grid);
    std::set<std::string> fills;
    for (std::size_t t = 0; t < p.teams.size(); ++t) {
        const int row = grid.rowOf("team:" + p.teams[t].id);
        CHECK(row == 3 + static_cast<int>(t));
        const CellLook* look = grid.findStyle(grid.styleAt(row, 0));
        REQUIRE(look);
        CHECK(look->fill == TeamPalette::fill(t));
        CHECK(look->text == "#222222"); // light fills, dark text: readable in grey print
        fills.insert(look->fill);
        CHECK(numberAt(grid, row, grid.columnOf("total")) == 3);
    }
    CHECK(fills.size() == 15);
    CHECK(grid.rowOf("total") == 18);
    CHECK(grid.rowCount() == 18 + 1 + 1 + 1 + 1); // total, blank, legend caption, counts legend
    CHECK(numberAt(grid, grid.rowOf("total"), grid.columnOf("total")) == 45);
    CHECK(grid.colourScales.front().range.rows() == 15);
    CHECK(grid.colourScales.front().lowest == 1);
    CHECK(grid.colourScales.front().highest == 1);
}

TEST_CASE("an empty process still gives a sheet", "[matrix][task-division]")
{
    Process p;
    p.language = "nl";
    const Grid grid = TaskDivisionMatrix::build(p);
    checkWellFormed(grid);
    CHECK(grid.colourScales.empty());
    CHECK(grid.textAt(0, 0) == "Taakverdeling");
    CHECK(numberAt(grid, grid.rowOf("total"), grid.columnOf("total")) == 0);
}
