#include "ChangeReport.hpp"

#include "templates/Workbook.hpp"

#include <algorithm>

namespace salesprocess {

namespace {

/// A team the report has a section for: its id and the name its header shows.
struct Section {
    std::string id;
    std::string name;
};

void addSection(std::vector<Section>& sections, const std::string& id, const std::string& name)
{
    if (id.empty())
        return;
    const auto it = std::find_if(sections.begin(), sections.end(), [&](const Section& s) { return s.id == id; });
    if (it == sections.end())
        sections.push_back({id, name.empty() ? id : name});
}

bool tiedToTeam(const Change& c)
{
    return !c.gainingTeam.empty() || !c.losingTeam.empty() || !c.team.empty();
}

} // namespace

std::string ChangeReport::kindName(ChangeKind kind, const std::string& language)
{
    const bool nl = language == "nl";
    switch (kind) {
    case ChangeKind::StepAdded: return nl ? "Nieuwe stap" : "New step";
    case ChangeKind::StepRemoved: return nl ? "Stap vervalt" : "Step dropped";
    case ChangeKind::StepMovedTeam: return nl ? "Ander team" : "Other team";
    case ChangeKind::StepMovedPhase: return nl ? "Andere fase" : "Other phase";
    case ChangeKind::StepRenamed: return nl ? "Nieuwe naam" : "New name";
    case ChangeKind::ArrowAdded: return nl ? "Nieuwe pijl" : "New arrow";
    case ChangeKind::ArrowRemoved: return nl ? "Pijl vervalt" : "Arrow dropped";
    case ChangeKind::HandoverChanged: return nl ? "Overdrachtscriteria" : "Handover criteria";
    case ChangeKind::RouteChangedTeam: return nl ? "Routering: ander team" : "Routing: other team";
    case ChangeKind::RouteChangedResponseTime: return nl ? "Routering: reactietijd" : "Routing: response time";
    case ChangeKind::RouteAdded: return nl ? "Routering: nieuw" : "Routing: new";
    case ChangeKind::RouteRemoved: return nl ? "Routering: vervalt" : "Routing: dropped";
    case ChangeKind::TeamAdded: return nl ? "Nieuw team" : "New team";
    case ChangeKind::TeamRemoved: return nl ? "Team vervalt" : "Team dropped";
    }
    return toString(kind);
}

Sheet ChangeReport::sheet(const std::vector<Change>& changes, const Process& desired)
{
    const std::string& language = desired.language;
    const bool nl = language == "nl";
    Sheet sheet;
    sheet.table = "changes";
    sheet.name = nl ? "Wijzigingen" : "Changes";
    sheet.columns = {
        Column{"team", "Team", 4500, false, false, false, {}, {}},
        Column{"direction", nl ? "Krijgt erbij/Raakt kwijt" : "Gains/Loses", 3600, false, false, false, {}, {}},
        Column{"change", nl ? "Wijziging" : "Change", 14000, false, false, true, {}, {}},
        Column{"kind", nl ? "Soort" : "Kind", 4500, false, false, false, {}, {}},
        Column{"key", nl ? "Sleutel" : "Key", 7000, false, false, true, {}, {}},
    };

    // Sections in the desired team order, then teams only the changes know (they disappear).
    std::vector<Section> sections;
    for (const Team& t : desired.teams)
        for (const Change& c : changes)
            if (c.gainingTeam == t.id || c.losingTeam == t.id || c.team == t.id) {
                addSection(sections, t.id, t.name);
                break;
            }
    for (const Change& c : changes) {
        addSection(sections, c.gainingTeam, c.gainingTeamName);
        addSection(sections, c.losingTeam, c.losingTeamName);
        addSection(sections, c.team, c.teamName);
    }

    const std::string gains = nl ? "Krijgt erbij" : "Gains";
    const std::string loses = nl ? "Raakt kwijt" : "Loses";
    const std::string alters = nl ? "Wijzigt" : "Changes";
    for (const Section& section : sections) {
        sheet.rows.push_back({section.name, "", "", "", ""});
        const auto rowsWhere = [&](const std::string& direction, auto belongs) {
            for (const Change& c : changes)
                if (belongs(c))
                    sheet.rows.push_back({section.name, direction, c.sentence, kindName(c.kind, language), c.key});
        };
        rowsWhere(gains, [&](const Change& c) { return c.gainingTeam == section.id; });
        rowsWhere(loses, [&](const Change& c) { return c.losingTeam == section.id; });
        rowsWhere(alters, [&](const Change& c) { return c.team == section.id; });
    }

    const std::string noTeam = nl ? "Geen team" : "No team";
    bool headed = false;
    for (const Change& c : changes) {
        if (tiedToTeam(c))
            continue;
        if (!headed)
            sheet.rows.push_back({noTeam, "", "", "", ""});
        headed = true;
        sheet.rows.push_back({noTeam, "", c.sentence, kindName(c.kind, language), c.key});
    }
    return sheet;
}

bool ChangeReport::isTeamHeader(const std::vector<std::string>& row)
{
    return !row.empty() && !row.front().empty() &&
           std::all_of(row.begin() + 1, row.end(), [](const std::string& cell) { return cell.empty(); });
}

Sheet ChangeReport::actionsSheet(const Process& desired, const std::vector<Action>& proposed)
{
    // Only what the Actions table shows: the language, team names for owners, and the actions.
    Process table;
    table.language = desired.language;
    table.teams = desired.teams;
    table.actions = desired.actions;
    table.actions.insert(table.actions.end(), proposed.begin(), proposed.end());
    for (Sheet& sheet : Workbook::sheets(table))
        if (sheet.table == "actions")
            return std::move(sheet);
    return Sheet{};
}

} // namespace salesprocess
