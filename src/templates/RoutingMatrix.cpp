#include "RoutingMatrix.hpp"

#include "core/StepName.hpp"
#include "core/Text.hpp"
#include "core/TextMeasure.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace salesprocess {

namespace {

constexpr int titleRow = 0;
constexpr int headerRow = 1;
constexpr int firstRouteRow = 2;
constexpr int channelColumnWidth = 5500;
constexpr int segmentColumnWidth = 5000;

/// One row of the matrix: a channel, with or without a condition.
struct MatrixRow {
    std::string channel;      ///< channel id
    std::string label;        ///< "Telefoon" or "Telefoon (buiten kantooruren)"
    std::string conditionKey; ///< normalised as the check compares conditions; "" for always
    std::string condition;    ///< the condition as first entered; "" for always
    bool inbound = false;     ///< a known inbound channel: every segment needs an owner here
};

/// Rows, columns and which routes fall in which cell: shared by the matrix and the cheat sheets,
/// so both list contacts in the same order.
struct Layout {
    std::vector<MatrixRow> rows;
    std::vector<std::string> segments;                 ///< segment ids, one per column
    std::vector<std::vector<std::vector<std::size_t>>> routes; ///< [row][segment] -> route indexes
    std::vector<std::pair<int, int>> placeOfRoute;     ///< per route: row, segment; -1 when unplaced
};

std::string trim(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

Layout layoutOf(const Process& p)
{
    // Each route's channel and condition key, once: the rest works on these.
    std::vector<std::string> conditionKeys;
    std::map<std::string, std::vector<std::size_t>> routesOfChannel;
    for (std::size_t i = 0; i < p.routes.size(); ++i) {
        conditionKeys.push_back(StepName::exactKey(p.routes[i].condition));
        if (!p.routes[i].channel.empty())
            routesOfChannel[p.routes[i].channel].push_back(i);
    }

    std::vector<std::string> channels;
    std::set<std::string> seen;
    for (const Channel& c : p.channels)
        if (!c.id.empty() && (c.inbound || routesOfChannel.count(c.id)) && seen.insert(c.id).second)
            channels.push_back(c.id);
    for (const Route& r : p.routes)
        if (!r.channel.empty() && seen.insert(r.channel).second)
            channels.push_back(r.channel); // unknown channel: the check reports it, the matrix shows it

    Layout layout;
    std::map<std::pair<std::string, std::string>, int> rowOf; // channel, condition key -> row
    for (const std::string& id : channels) {
        const Channel* channel = p.findChannel(id);
        const std::string name = channel && !channel->name.empty() ? Grid::oneLine(channel->name) : id;
        const bool inbound = channel && channel->inbound;
        bool always = inbound;
        std::vector<std::pair<std::string, std::string>> conditions; // key, text as first entered
        std::set<std::string> known;
        for (std::size_t i : routesOfChannel[id]) {
            if (conditionKeys[i].empty())
                always = true;
            else if (known.insert(conditionKeys[i]).second)
                conditions.emplace_back(conditionKeys[i], Grid::oneLine(trim(p.routes[i].condition)));
        }
        if (always) {
            rowOf[{id, ""}] = static_cast<int>(layout.rows.size());
            layout.rows.push_back({id, name, "", "", inbound});
        }
        for (const auto& [conditionKey, text] : conditions) {
            rowOf[{id, conditionKey}] = static_cast<int>(layout.rows.size());
            layout.rows.push_back({id, name + " (" + text + ")", conditionKey, text, inbound});
        }
    }

    std::map<std::string, int> columnOf;
    auto addSegment = [&](const std::string& id) {
        if (!id.empty() && columnOf.emplace(id, static_cast<int>(layout.segments.size())).second)
            layout.segments.push_back(id);
    };
    for (const Segment& s : p.segments)
        addSegment(s.id);
    for (const Route& r : p.routes)
        if (!r.channel.empty())
            addSegment(r.segment);

    layout.routes.assign(layout.rows.size(), std::vector<std::vector<std::size_t>>(layout.segments.size()));
    for (std::size_t i = 0; i < p.routes.size(); ++i) {
        const auto row = rowOf.find({p.routes[i].channel, conditionKeys[i]});
        const auto column = columnOf.find(p.routes[i].segment);
        if (row == rowOf.end() || column == columnOf.end()) {
            layout.placeOfRoute.emplace_back(-1, -1); // no channel or segment: the check reports it
            continue;
        }
        layout.routes[static_cast<std::size_t>(row->second)][static_cast<std::size_t>(column->second)].push_back(i);
        layout.placeOfRoute.emplace_back(row->second, column->second);
    }
    return layout;
}

std::string teamName(const Process& p, const std::string& id)
{
    const Team* team = p.findTeam(id);
    return team && !team->name.empty() ? Grid::oneLine(team->name) : id;
}

std::string segmentName(const Process& p, const std::string& id)
{
    const Segment* segment = p.findSegment(id);
    return segment && !segment->name.empty() ? Grid::oneLine(segment->name) : id;
}

std::string channelName(const Process& p, const std::string& id)
{
    const Channel* channel = p.findChannel(id);
    return channel && !channel->name.empty() ? Grid::oneLine(channel->name) : id;
}

/// "1 route", "3 routes": the same words in Dutch and English.
std::string routeCount(long count) { return std::to_string(count) + (count == 1 ? " route" : " routes"); }

CellLook problemLook(const char* name, const char* fill, const char* text)
{
    CellLook look = Grid::look(Grid::cellStyle);
    look.name = name;
    look.fill = fill;
    look.text = text;
    look.bold = true;
    look.vertical = VerticalAlign::Centre;
    look.border = BorderLine{text, 35};
    return look;
}

CellLook standardLook()
{
    CellLook look = Grid::look(Grid::cellStyle);
    look.name = RoutingMatrix::standardStyle;
    look.text = "#555555";
    look.italic = true;
    look.vertical = VerticalAlign::Centre;
    return look;
}

CellLook routeLook(const Process& p, const std::string& teamId)
{
    CellLook look = Grid::teamLook(p, teamId);
    look.name = RoutingMatrix::routeStyleName(teamId);
    look.bold = false;
    look.vertical = VerticalAlign::Top;
    return look;
}

/// Portrait when the grid fits the width of a portrait page at full size, else landscape.
void choosePaper(Grid& grid)
{
    grid.print.landscape = false; // so that usableWidth() is the portrait width
    grid.print.landscape = grid.width() > grid.print.usableWidth();
    grid.fitPrintToWidth();
}

} // namespace

std::string RoutingMatrix::routeStyleName(const std::string& teamId) { return "SalesProcess Route " + teamId; }

Grid RoutingMatrix::build(const Process& p)
{
    const std::string& language = p.language;
    const Layout layout = layoutOf(p);
    const int segments = static_cast<int>(layout.segments.size());
    const int columns = 1 + segments;
    const int lastColumn = columns - 1;
    const int routeRows = static_cast<int>(layout.rows.size());

    Grid grid;
    grid.key = key;
    grid.language = language;
    grid.sheetName = Text::say(language, "Routing matrix", "Routeringsmatrix");
    for (const char* style : {Grid::titleStyle, Grid::headerStyle, Grid::rowHeaderStyle, Grid::cellStyle,
                              Grid::bandStyle, Grid::legendStyle})
        grid.addStyle(Grid::look(style));
    grid.resize(firstRouteRow + routeRows, columns);

    grid.columnKeys[0] = "channel";
    grid.columnWidths[0] = channelColumnWidth;
    for (int s = 0; s < segments; ++s) {
        grid.columnKeys[static_cast<std::size_t>(1 + s)] = "segment:" + layout.segments[static_cast<std::size_t>(s)];
        grid.columnWidths[static_cast<std::size_t>(1 + s)] = segmentColumnWidth;
    }

    grid.freezeRows = firstRouteRow;
    grid.freezeColumns = 1;
    grid.print.pageStyle = "SalesProcess Routing";
    grid.print.repeatRows = Span{headerRow, headerRow};
    grid.print.repeatColumns = Span{0, 0};
    choosePaper(grid);
    // Over more pages wide, the repeated channel column holds no title or legend text: they
    // start beside it and stay on the first page, so no page shows them cut off.
    const int textColumn = grid.print.pagesWide > 1 ? grid.firstUnrepeatedColumn() : 0;
    const int firstPageEnd = std::max(textColumn, grid.lastColumnOnFirstPage());

    grid.rowKeys[titleRow] = "title";
    grid.rowHeights[titleRow] = 1000;
    grid.setText(titleRow, textColumn, Grid::title(p, grid.sheetName));
    grid.apply({titleRow, textColumn, titleRow, firstPageEnd}, Grid::titleStyle);
    grid.merge({titleRow, textColumn, titleRow, firstPageEnd});

    grid.rowKeys[headerRow] = "header";
    grid.setText(headerRow, 0, Text::say(language, "Channel", "Kanaal"));
    for (int s = 0; s < segments; ++s)
        grid.setText(headerRow, 1 + s, segmentName(p, layout.segments[static_cast<std::size_t>(s)]));
    grid.apply({headerRow, 0, headerRow, lastColumn}, Grid::headerStyle);

    bool anyMissing = false, anyDouble = false, anyStandard = false;
    for (int k = 0; k < routeRows; ++k) {
        const MatrixRow& matrixRow = layout.rows[static_cast<std::size_t>(k)];
        const int row = firstRouteRow + k;
        grid.rowKeys[static_cast<std::size_t>(row)] =
            "channel:" + matrixRow.channel + (matrixRow.conditionKey.empty() ? "" : "|" + matrixRow.conditionKey);
        grid.setText(row, 0, matrixRow.label);
        grid.apply({row, 0, row, 0}, Grid::rowHeaderStyle);

        for (int s = 0; s < segments; ++s) {
            const std::string& segment = layout.segments[static_cast<std::size_t>(s)];
            const std::vector<std::size_t>& here =
                layout.routes[static_cast<std::size_t>(k)][static_cast<std::size_t>(s)];
            const int column = 1 + s;
            const std::string what = Text::quote(channelName(p, matrixRow.channel) + " / " + segmentName(p, segment) +
                                                 (matrixRow.condition.empty() ? "" : " (" + matrixRow.condition + ")"));
            auto markMissing = [&](Highlight h) {
                anyMissing = true;
                grid.setText(row, column, Text::say(language, "— no owner —", "— geen eigenaar —"));
                grid.addStyle(problemLook(missingStyle, "#F8D7DA", "#842029"));
                grid.apply({row, column, row, column}, missingStyle);
                grid.highlights.push_back(std::move(h));
            };
            const bool needsOwner = matrixRow.conditionKey.empty() && matrixRow.inbound && p.findSegment(segment);

            if (here.size() >= 2) {
                anyDouble = true;
                std::string owners;
                for (std::size_t i = 0; i < here.size(); ++i)
                    owners += (i ? ", " : "") + teamName(p, p.routes[here[i]].team);
                const std::string count = std::to_string(here.size());
                grid.setText(row, column, Text::say(language, "{0} owners: {1}", "{0} eigenaren: {1}", {count, owners}));
                grid.addStyle(problemLook(doubleStyle, "#FFF3CD", "#664D03"));
                grid.apply({row, column, row, column}, doubleStyle);
                grid.highlights.push_back(
                    {row, column, "double-route", {matrixRow.channel, segment}, here,
                     Text::say(language, "Contacts {0} have {1} owners ({2}): choose one.",
                               "Contacten {0} hebben {1} eigenaren ({2}): kies er één.", {what, count, owners})});
            } else if (here.size() == 1 && p.routes[here.front()].team.empty()) {
                // A route without owner team: the check reports the empty field (and, without a
                // condition, the contacts nobody owns); both link here through the route.
                std::vector<std::string> ids;
                if (needsOwner)
                    ids = {matrixRow.channel, segment};
                markMissing({row, column, needsOwner ? "unrouted-contact" : "missing-field", ids, here,
                             Text::say(language, "Route {0} has no owner team.", "Route {0} heeft geen eigenaar-team.",
                                       {what})});
            } else if (here.empty() && needsOwner) {
                markMissing({row, column, "unrouted-contact", {matrixRow.channel, segment}, here,
                             Text::say(language, "Nobody owns contacts {0}: add a route.",
                                       "Niemand is eigenaar van contacten {0}: voeg een route toe.", {what})});
            } else if (here.empty() && !matrixRow.conditionKey.empty()) {
                anyStandard = true;
                grid.setText(row, column, Text::say(language, "= standard route", "= standaardroute"));
                grid.addStyle(standardLook());
                grid.apply({row, column, row, column}, standardStyle);
            } else if (here.empty()) {
                // Not an inbound channel, or a segment the process does not know: nothing is needed.
                grid.setText(row, column, "—");
                grid.apply({row, column, row, column}, Grid::cellStyle);
            } else {
                const Route& r = p.routes[here.front()];
                std::string text = teamName(p, r.team) + "\n";
                text += r.fallback.empty()
                            ? Text::say(language, "no fallback", "geen vervanger")
                            : Text::say(language, "fallback: {0}", "vervanger: {0}", {teamName(p, r.fallback)});
                if (!trim(r.responseTime).empty())
                    text += "\n" + Text::say(language, "response: {0}", "reactie: {0}",
                                             {Grid::oneLine(trim(r.responseTime))});
                grid.setText(row, column, text);
                grid.addStyle(routeLook(p, r.team));
                grid.apply({row, column, row, column}, routeStyleName(r.team));
            }
        }
    }

    // Legend: every team in its colour, so colour is never the only cue, and the problem styles.
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> legend; // key, sample, style, text
    for (const Team& team : p.teams) {
        const auto owned =
            std::count_if(p.routes.begin(), p.routes.end(), [&](const Route& r) { return r.team == team.id; });
        const auto backed = std::count_if(p.routes.begin(), p.routes.end(),
                                          [&](const Route& r) { return r.fallback == team.id && r.team != team.id; });
        grid.addStyle(Grid::teamLook(p, team.id));
        legend.emplace_back("legend:team:" + team.id, teamName(p, team.id), Grid::teamStyleName(team.id),
                            Text::say(language, "owner of {0}, fallback for {1}", "eigenaar van {0}, vervanger bij {1}",
                                      {routeCount(static_cast<long>(owned)), std::to_string(backed)}));
    }
    if (anyMissing)
        legend.emplace_back("legend:missing", Text::say(language, "— no owner —", "— geen eigenaar —"), missingStyle,
                            Text::say(language, "nobody picks these contacts up: add a route (a finding of the check)",
                                      "niemand pakt deze contacten op: voeg een route toe (bevinding van de controle)"));
    if (anyDouble)
        legend.emplace_back(
            "legend:double", Text::say(language, "2 owners", "2 eigenaren"), doubleStyle,
            Text::say(language, "two routes for the same contacts: choose one owner (a finding of the check)",
                      "twee routes voor dezelfde contacten: kies één eigenaar (bevinding van de controle)"));
    if (anyStandard)
        legend.emplace_back(
            "legend:standard", Text::say(language, "= standard route", "= standaardroute"), standardStyle,
            Text::say(language, "the condition does not apply to this segment: the route without condition holds",
                      "de voorwaarde geldt niet voor dit segment: de route zonder voorwaarde geldt"));

    const int legendCaptionRow = firstRouteRow + routeRows + 1;
    grid.resize(legendCaptionRow + 1 + static_cast<int>(legend.size()), columns);
    grid.rowHeights[static_cast<std::size_t>(legendCaptionRow - 1)] = 300;
    grid.rowKeys[static_cast<std::size_t>(legendCaptionRow)] = "legend";
    grid.setText(legendCaptionRow, 0, Text::say(language, "Legend", "Legenda"));
    grid.apply({legendCaptionRow, 0, legendCaptionRow, 0}, Grid::bandStyle);
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const int row = legendCaptionRow + 1 + static_cast<int>(i);
        const auto& [rowKey, sample, style, text] = legend[i];
        grid.rowKeys[static_cast<std::size_t>(row)] = rowKey;
        grid.setText(row, 0, sample);
        grid.apply({row, 0, row, 0}, style);
        if (columns > 1) {
            const int legendEnd = std::max(1, firstPageEnd);
            grid.setText(row, 1, text);
            grid.apply({row, 1, row, legendEnd}, Grid::legendStyle);
            grid.merge({row, 1, row, legendEnd});
        }
    }

    choosePaper(grid); // again: the print area now takes in the legend
    grid.fitMergedRows(ApproximateTextMeasure());
    return grid;
}

std::vector<CheatSheetRow> RoutingMatrix::forTeam(const Process& p, const std::string& teamId)
{
    const Layout layout = layoutOf(p);
    struct Ranked {
        std::tuple<int, int, int, std::size_t> rank; // as fallback after as owner; then matrix order
        CheatSheetRow row;
    };
    std::vector<Ranked> ranked;
    for (std::size_t i = 0; i < p.routes.size(); ++i) {
        const Route& r = p.routes[i];
        const bool owner = !teamId.empty() && r.team == teamId;
        const bool fallback = !owner && !teamId.empty() && r.fallback == teamId;
        const auto [row, column] = layout.placeOfRoute[i];
        if ((!owner && !fallback) || row < 0)
            continue;
        CheatSheetRow line;
        line.channel = r.channel;
        line.channelName = channelName(p, r.channel);
        line.condition = Grid::oneLine(trim(r.condition));
        line.segment = r.segment;
        line.segmentName = segmentName(p, r.segment);
        line.asOwner = owner;
        line.otherTeam = owner ? r.fallback : r.team;
        line.otherTeamName = line.otherTeam.empty() ? std::string() : teamName(p, line.otherTeam);
        line.responseTime = Grid::oneLine(trim(r.responseTime));
        line.route = i;
        ranked.push_back({{owner ? 0 : 1, row, column, i}, line});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    std::vector<CheatSheetRow> rows;
    for (Ranked& r : ranked)
        rows.push_back(std::move(r.row));
    return rows;
}

Grid RoutingMatrix::cheatSheets(const Process& p)
{
    const std::string& language = p.language;
    constexpr int columns = 6;
    constexpr int last = columns - 1;

    Grid grid;
    grid.key = cheatSheetsKey;
    grid.language = language;
    grid.sheetName = Text::say(language, "Routing per team", "Routering per team");
    for (const char* style : {Grid::titleStyle, Grid::headerStyle, Grid::cellStyle, Grid::legendStyle})
        grid.addStyle(Grid::look(style));
    grid.resize(1, columns);
    const int widths[columns] = {3800, 3400, 2200, 2000, 4000, 2600}; // A4 portrait at full size
    const char* const keys[columns] = {"channel", "condition", "segment", "role", "other-team", "response-time"};
    for (std::size_t c = 0; c < columns; ++c) {
        grid.columnWidths[c] = widths[c];
        grid.columnKeys[c] = keys[c];
    }
    grid.rowKeys[titleRow] = "title";
    grid.rowHeights[titleRow] = 1000;
    grid.setText(titleRow, 0, Grid::title(p, grid.sheetName));
    grid.apply({titleRow, 0, titleRow, last}, Grid::titleStyle);
    grid.merge({titleRow, 0, titleRow, last});

    auto addRow = [&](const std::string& rowKey) {
        const int row = grid.rowCount();
        grid.resize(row + 1, columns);
        grid.rowKeys[static_cast<std::size_t>(row)] = rowKey;
        return row;
    };
    addRow("");
    grid.rowHeights.back() = 300;

    for (const Team& team : p.teams) {
        if (&team != &p.teams.front()) {
            addRow("");
            grid.rowHeights.back() = 300;
        }
        const std::string prefix = "team:" + team.id;
        int row = addRow(prefix);
        grid.rowHeights.back() = 700;
        grid.setText(row, 0, teamName(p, team.id));
        grid.addStyle(Grid::teamLook(p, team.id));
        grid.apply({row, 0, row, last}, Grid::teamStyleName(team.id));
        grid.merge({row, 0, row, last});

        row = addRow("header:" + team.id);
        const std::string headers[columns] = {
            Text::say(language, "Channel", "Kanaal"),  Text::say(language, "Condition", "Voorwaarde"),
            Text::say(language, "Segment", "Segment"), Text::say(language, "Role", "Rol"),
            Text::say(language, "Other team", "Ander team"), Text::say(language, "Response time", "Reactietijd")};
        for (int c = 0; c < columns; ++c)
            grid.setText(row, c, headers[c]);
        grid.apply({row, 0, row, last}, Grid::headerStyle);

        const std::vector<CheatSheetRow> lines = forTeam(p, team.id);
        for (const CheatSheetRow& line : lines) {
            row = addRow(prefix + (line.asOwner ? ":owner:" : ":fallback:") + std::to_string(line.route));
            grid.setText(row, 0, line.channelName);
            grid.setText(row, 1, line.condition.empty() ? Text::say(language, "always", "altijd") : line.condition);
            grid.setText(row, 2, line.segmentName);
            grid.setText(row, 3, line.asOwner ? Text::say(language, "owner", "eigenaar")
                                              : Text::say(language, "fallback", "vervanger"));
            grid.setText(row, 4,
                         line.otherTeam.empty()
                             ? Text::say(language, "no fallback", "geen vervanger")
                             : line.asOwner ? Text::say(language, "fallback: {0}", "vervanger: {0}", {line.otherTeamName})
                                            : Text::say(language, "owner: {0}", "eigenaar: {0}", {line.otherTeamName}));
            grid.setText(row, 5, line.responseTime);
            grid.apply({row, 0, row, last}, Grid::cellStyle);
        }
        if (lines.empty()) {
            row = addRow(prefix + ":none");
            grid.setText(row, 0, Text::say(language, "No inbound contacts land with this team.",
                                           "Bij dit team komen geen inkomende contacten binnen."));
            grid.apply({row, 0, row, last}, Grid::legendStyle);
            grid.merge({row, 0, row, last});
        }
    }

    grid.freezeRows = 1;
    grid.print.pageStyle = "SalesProcess Routing per Team";
    choosePaper(grid);
    grid.fitMergedRows(ApproximateTextMeasure());
    return grid;
}

} // namespace salesprocess
