#include "TaskDivisionMatrix.hpp"

#include "core/Text.hpp"
#include "core/TextMeasure.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace salesprocess {

namespace {

constexpr int titleRow = 0;
constexpr int captionRow = 1;
constexpr int headerRow = 2;
constexpr int firstTeamRow = 3;

constexpr int teamColumnWidth = 3800;
constexpr int phaseColumnWidth = 4200;
constexpr int spacerColumnWidth = 400;
constexpr int countColumnWidth = 1200;
constexpr int totalColumnWidth = 1500;

/// The first character of a UTF-8 text (a whole code point), upper case where it is ASCII.
std::string initial(const std::string& text)
{
    if (text.empty())
        return {};
    const auto lead = static_cast<unsigned char>(text[0]);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    std::string out = text.substr(0, std::min(length, text.size()));
    if (length == 1)
        out[0] = static_cast<char>(std::toupper(lead));
    return out;
}

std::string nameOf(const Segment& segment) { return segment.name.empty() ? segment.id : segment.name; }

/// The segments a marker names, in process order, unknown ids after them; empty when all.
std::vector<std::string> markedSegments(const Process& process, const Step& step)
{
    if (step.segments.empty())
        return {};
    std::vector<std::string> known, unknown;
    for (const Segment& s : process.segments)
        if (std::find(step.segments.begin(), step.segments.end(), s.id) != step.segments.end())
            known.push_back(s.id);
    for (const std::string& id : step.segments)
        if (!process.findSegment(id) && std::find(unknown.begin(), unknown.end(), id) == unknown.end())
            unknown.push_back(id);
    if (unknown.empty() && known.size() == process.segments.size())
        return {};
    known.insert(known.end(), unknown.begin(), unknown.end());
    return known;
}

} // namespace

std::string TaskDivisionMatrix::segmentAbbreviation(const Process& process, const std::string& segmentId)
{
    const Segment* segment = process.findSegment(segmentId);
    if (!segment)
        return segmentId;
    const std::string mine = initial(nameOf(*segment));
    for (const Segment& other : process.segments)
        if (other.id != segmentId && initial(nameOf(other)) == mine)
            return Grid::oneLine(nameOf(*segment)); // "(P)" would be ambiguous
    return mine;
}

std::string TaskDivisionMatrix::segmentMarker(const Process& process, const Step& step)
{
    const std::vector<std::string> segments = markedSegments(process, step);
    if (segments.empty())
        return {};
    std::string marker = " (";
    for (std::size_t i = 0; i < segments.size(); ++i)
        marker += (i ? "/" : "") + segmentAbbreviation(process, segments[i]);
    return marker + ")";
}

Grid TaskDivisionMatrix::build(const Process& p)
{
    const std::string& language = p.language;
    const int phases = static_cast<int>(p.phases.size());
    const int teams = static_cast<int>(p.teams.size());
    const int spacerColumn = phases + 1;
    const int firstCountColumn = phases + 2;
    const int totalColumn = firstCountColumn + phases;
    const int columns = totalColumn + 1;
    const int totalRow = firstTeamRow + teams;

    // Who does what: the lines of every team x phase cell, a step of the team's own or one it
    // joins in on.
    std::vector<std::vector<std::vector<std::string>>> lines(
        static_cast<std::size_t>(teams), std::vector<std::vector<std::string>>(static_cast<std::size_t>(phases)));
    auto teamIndex = [&](const std::string& id) {
        for (int t = 0; t < teams; ++t)
            if (p.teams[static_cast<std::size_t>(t)].id == id)
                return t;
        return -1;
    };
    std::set<std::string> markedSegmentIds;
    bool anySupporting = false;
    const std::string supportingMarker = Text::say(language, " (+ supporting)", " (+ ondersteunend)");
    for (const Step& step : p.steps) {
        const int phase = p.phaseIndex(step.phase);
        const int owner = teamIndex(step.team);
        if (phase < 0 || owner < 0)
            continue;
        const std::string name = Grid::oneLine(step.name.empty() ? step.id : step.name);
        const std::string marker = segmentMarker(p, step);
        for (const std::string& id : markedSegments(p, step))
            markedSegmentIds.insert(id);
        lines[static_cast<std::size_t>(owner)][static_cast<std::size_t>(phase)].push_back(name + marker);
        std::set<int> supporters;
        for (const std::string& id : step.supportingTeams) {
            const int supporter = teamIndex(id);
            if (supporter < 0 || supporter == owner || !supporters.insert(supporter).second)
                continue;
            anySupporting = true;
            lines[static_cast<std::size_t>(supporter)][static_cast<std::size_t>(phase)].push_back(
                name + marker + supportingMarker);
        }
    }

    // The legend, so its size is known before the grid is.
    std::vector<std::pair<std::string, std::string>> legend; // row key, text
    for (const Segment& s : p.segments)
        if (markedSegmentIds.count(s.id))
            legend.emplace_back("legend:segment:" + s.id,
                                Text::say(language, "({0})  only for {1}", "({0})  alleen voor {1}",
                                          {segmentAbbreviation(p, s.id), Grid::oneLine(nameOf(s))}));
    for (const std::string& id : markedSegmentIds)
        if (!p.findSegment(id))
            legend.emplace_back("legend:segment:" + id,
                                Text::say(language, "({0})  only for the unknown segment {0}",
                                          "({0})  alleen voor het onbekende segment {0}", {id}));
    if (anySupporting)
        legend.emplace_back(
            "legend:supporting",
            Text::say(language, "(+ supporting)  the team joins in on a step another team is responsible for",
                      "(+ ondersteunend)  het team werkt mee aan een stap waarvoor een ander team verantwoordelijk is"));
    legend.emplace_back("legend:counts",
                        Text::say(language,
                                  "Number of steps: the lines in each cell, joint work counted for every team in it; "
                                  "the darker the cell, the more work.",
                                  "Aantal stappen: de regels in elke cel, samenwerking telt mee voor elk team; "
                                  "hoe donkerder de cel, hoe meer werk."));
    const int legendCaptionRow = totalRow + 2;
    const int rows = legendCaptionRow + 1 + static_cast<int>(legend.size());

    Grid grid;
    grid.key = key;
    grid.language = language;
    grid.sheetName = Text::say(language, "Task division", "Taakverdeling");
    grid.resize(rows, columns);
    for (const char* style : {Grid::titleStyle, Grid::headerStyle, Grid::verticalHeaderStyle, Grid::bandStyle,
                              Grid::cellStyle, Grid::countStyle, Grid::totalStyle, Grid::legendStyle})
        grid.addStyle(Grid::look(style));

    // Columns.
    grid.columnKeys[0] = "team";
    grid.columnWidths[0] = teamColumnWidth;
    for (int ph = 0; ph < phases; ++ph) {
        const std::string& id = p.phases[static_cast<std::size_t>(ph)].id;
        grid.columnKeys[static_cast<std::size_t>(1 + ph)] = "phase:" + id;
        grid.columnWidths[static_cast<std::size_t>(1 + ph)] = phaseColumnWidth;
        grid.columnKeys[static_cast<std::size_t>(firstCountColumn + ph)] = "count:" + id;
        grid.columnWidths[static_cast<std::size_t>(firstCountColumn + ph)] = countColumnWidth;
    }
    grid.columnWidths[static_cast<std::size_t>(spacerColumn)] = spacerColumnWidth;
    grid.columnKeys[static_cast<std::size_t>(totalColumn)] = "total";
    grid.columnWidths[static_cast<std::size_t>(totalColumn)] = totalColumnWidth;

    // On screen the header and the team names stay in view; on paper they repeat on every page.
    grid.freezeRows = firstTeamRow;
    grid.freezeColumns = 1;
    grid.print.pageStyle = "SalesProcess Task Division";
    grid.print.landscape = true;
    grid.print.repeatRows = Span{captionRow, headerRow};
    grid.print.repeatColumns = Span{0, 0};
    grid.fitPrintToWidth();
    // Over more pages wide, the repeated team column holds only team names: the title and the
    // legend start beside it and stay on the first page, so no page shows them cut off.
    const bool split = grid.print.pagesWide > 1;
    const int textColumn = split ? grid.firstUnrepeatedColumn() : 0;
    const int firstPageEnd = std::max(textColumn, grid.lastColumnOnFirstPage());

    // Title.
    grid.rowKeys[titleRow] = "title";
    grid.rowHeights[titleRow] = 1000;
    grid.setText(titleRow, textColumn, Grid::title(p, grid.sheetName));
    grid.apply({titleRow, textColumn, titleRow, firstPageEnd}, Grid::titleStyle);
    grid.merge({titleRow, textColumn, titleRow, firstPageEnd});

    // Captions and header.
    grid.rowKeys[captionRow] = "captions";
    grid.rowHeights[captionRow] = 600;
    grid.rowKeys[headerRow] = "header";
    grid.rowHeights[headerRow] = 2600; // room for the vertical phase names over the counts (they wrap)
    grid.setText(captionRow, 0, Text::say(language, "Team", "Team"));
    grid.apply({captionRow, 0, headerRow, 0}, Grid::headerStyle);
    grid.merge({captionRow, 0, headerRow, 0});
    // A band merged over a page break paints past the table's edge: split, its cells stay apart.
    auto band = [&](const CellRange& range) {
        grid.apply(range, Grid::bandStyle);
        if (!split)
            grid.merge(range);
    };
    if (phases > 0) {
        grid.setText(captionRow, 1, Text::say(language, "Steps per phase", "Stappen per fase"));
        band({captionRow, 1, captionRow, phases});
        grid.apply({headerRow, 1, headerRow, phases}, Grid::headerStyle);
    }
    grid.setText(captionRow, firstCountColumn, Text::say(language, "Number of steps", "Aantal stappen"));
    band({captionRow, firstCountColumn, captionRow, totalColumn});
    grid.apply({headerRow, firstCountColumn, headerRow, totalColumn}, Grid::verticalHeaderStyle);
    for (int ph = 0; ph < phases; ++ph) {
        const std::string name = Grid::oneLine(p.phases[static_cast<std::size_t>(ph)].name);
        grid.setText(headerRow, 1 + ph, name);
        grid.setText(headerRow, firstCountColumn + ph, name);
    }
    grid.setText(headerRow, totalColumn, Text::say(language, "Total", "Totaal"));

    // One row per team: its steps, and beside them how many.
    std::vector<int> phaseTotals(static_cast<std::size_t>(phases), 0);
    int allSteps = 0, fewest = -1, most = 0;
    for (int t = 0; t < teams; ++t) {
        const Team& team = p.teams[static_cast<std::size_t>(t)];
        const int row = firstTeamRow + t;
        grid.rowKeys[static_cast<std::size_t>(row)] = "team:" + team.id;
        grid.setText(row, 0, Grid::oneLine(team.name.empty() ? team.id : team.name));
        grid.addStyle(Grid::teamLook(p, team.id));
        grid.apply({row, 0, row, 0}, Grid::teamStyleName(team.id));
        int teamTotal = 0;
        for (int ph = 0; ph < phases; ++ph) {
            const auto& cellLines = lines[static_cast<std::size_t>(t)][static_cast<std::size_t>(ph)];
            std::string text;
            for (const std::string& line : cellLines)
                text += (text.empty() ? "" : "\n") + line;
            grid.setText(row, 1 + ph, text);
            const int count = static_cast<int>(cellLines.size());
            grid.setNumber(row, firstCountColumn + ph, count);
            teamTotal += count;
            phaseTotals[static_cast<std::size_t>(ph)] += count;
            fewest = fewest < 0 ? count : std::min(fewest, count);
            most = std::max(most, count);
        }
        grid.setNumber(row, totalColumn, teamTotal);
        allSteps += teamTotal;
    }
    if (teams > 0) {
        if (phases > 0) {
            grid.apply({firstTeamRow, 1, totalRow - 1, phases}, Grid::cellStyle);
            grid.apply({firstTeamRow, firstCountColumn, totalRow - 1, totalColumn - 1}, Grid::countStyle);
            ColourScale scale;
            scale.range = {firstTeamRow, firstCountColumn, totalRow - 1, totalColumn - 1};
            scale.minColour = countsLow;
            scale.maxColour = countsHigh;
            scale.lowest = std::max(fewest, 0);
            scale.highest = most;
            grid.colourScales.push_back(scale);
        }
        grid.apply({firstTeamRow, totalColumn, totalRow - 1, totalColumn}, Grid::totalStyle);
    }

    // Totals per phase.
    grid.rowKeys[static_cast<std::size_t>(totalRow)] = "total";
    grid.setText(totalRow, 0, Text::say(language, "Total", "Totaal"));
    grid.apply({totalRow, 0, totalRow, phases}, Grid::totalStyle);
    for (int ph = 0; ph < phases; ++ph)
        grid.setNumber(totalRow, firstCountColumn + ph, phaseTotals[static_cast<std::size_t>(ph)]);
    grid.setNumber(totalRow, totalColumn, allSteps);
    grid.apply({totalRow, firstCountColumn, totalRow, totalColumn}, Grid::totalStyle);

    // Legend.
    grid.rowHeights[static_cast<std::size_t>(totalRow + 1)] = 300;
    grid.rowKeys[static_cast<std::size_t>(legendCaptionRow)] = "legend";
    grid.setText(legendCaptionRow, textColumn, Text::say(language, "Legend", "Legenda"));
    grid.apply({legendCaptionRow, textColumn, legendCaptionRow, textColumn}, Grid::bandStyle);
    const int legendEnd = std::max(textColumn, std::min(std::max(phases, 1), firstPageEnd));
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const int row = legendCaptionRow + 1 + static_cast<int>(i);
        grid.rowKeys[static_cast<std::size_t>(row)] = legend[i].first;
        grid.setText(row, textColumn, legend[i].second);
        grid.apply({row, textColumn, row, legendEnd}, Grid::legendStyle);
        grid.merge({row, textColumn, row, legendEnd});
    }

    grid.fitMergedRows(ApproximateTextMeasure());
    return grid;
}

} // namespace salesprocess
