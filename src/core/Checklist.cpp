#include "Checklist.hpp"

#include "Date.hpp"
#include "TeamPalette.hpp"
#include "Text.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace salesprocess {

namespace {

/// Names may hold line breaks (they wrap in a box); inside a sentence they read as spaces.
std::string flat(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string teamNameOf(const Process& process, const std::string& id)
{
    const Team* team = process.findTeam(id);
    return team && !team->name.empty() ? flat(team->name) : id;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string out;
    for (const std::string& part : parts)
        out += (out.empty() ? "" : separator) + part;
    return out;
}

/// "15 januari 2026" / "15 January 2026"; a date that is not a real ISO date stays as written.
std::string readableDate(const std::string& iso, const std::string& language)
{
    static const char* const english[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    static const char* const dutch[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};
    if (!Date::parse(iso))
        return iso;
    const auto month = static_cast<std::size_t>(std::stoi(iso.substr(5, 2)) - 1);
    const std::string day = std::to_string(std::stoi(iso.substr(8, 2)));
    return day + " " + (language == "nl" ? dutch : english)[month] + " " + iso.substr(0, 4);
}

/// A decision reads as the question the team answers: "Kredietlimiet toetsen?".
std::string question(const std::string& name)
{
    const std::string text = trimmed(name);
    return !text.empty() && text.back() == '?' ? text : text + "?";
}

bool contains(const std::vector<std::string>& items, const std::string& item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

class ItemBuilder {
public:
    ItemBuilder(const Process& process, const std::string& teamId) : m_process(process), m_teamId(teamId) {}

    Checklist::Item build(const Step& step) const
    {
        Checklist::Item item;
        item.stepId = step.id;
        item.kind = step.kind;
        item.name = step.name;
        item.text = step.kind == StepKind::Decision ? question(step.name) : trimmed(step.name);
        item.ownerTeamId = step.team;
        item.supporting = step.team != m_teamId;
        if (item.supporting)
            item.partnerTeamIds.push_back(step.team);
        for (const std::string& other : step.supportingTeams)
            if (other != m_teamId && !contains(item.partnerTeamIds, other))
                item.partnerTeamIds.push_back(other);
        item.joint = !item.partnerTeamIds.empty();
        if (forSomeSegmentsOnly(step))
            item.segmentIds = step.segments;
        item.markers = markers(step, item);
        for (const std::string& line : step.checklist)
            if (!trimmed(line).empty())
                item.lines.push_back(trimmed(line));
        addIncoming(step, item);
        addOutgoing(step, item);
        return item;
    }

private:
    const std::string& lang() const { return m_process.language; }

    bool forSomeSegmentsOnly(const Step& step) const
    {
        if (step.segments.empty())
            return false;
        return std::any_of(m_process.segments.begin(), m_process.segments.end(),
                           [&](const Segment& s) { return !contains(step.segments, s.id); });
    }

    std::vector<std::string> markers(const Step& step, const Checklist::Item& item) const
    {
        std::vector<std::string> out;
        switch (step.kind) {
        case StepKind::Start: out.push_back(Text::say(lang(), "Starting point", "Startpunt")); break;
        case StepKind::EndWon: out.push_back(Text::say(lang(), "End: won", "Einde: gewonnen")); break;
        case StepKind::EndLost: out.push_back(Text::say(lang(), "End: lost", "Einde: verloren")); break;
        case StepKind::Activity:
        case StepKind::Decision: break;
        }
        if (!item.segmentIds.empty()) {
            std::vector<std::string> names;
            for (const std::string& id : item.segmentIds) {
                const Segment* segment = m_process.findSegment(id);
                names.push_back(segment && !segment->name.empty() ? flat(segment->name) : id);
            }
            out.push_back(Text::say(lang(), "Only for: {0}", "Alleen voor: {0}", {join(names, ", ")}));
        }
        if (item.supporting) {
            out.push_back(Text::say(lang(), "Joint work: {0} owns this step", "Samenwerking: {0} is eigenaar",
                                    {teamNameOf(m_process, step.team)}));
        } else if (item.joint) {
            std::vector<std::string> names;
            for (const std::string& id : item.partnerTeamIds)
                names.push_back(teamNameOf(m_process, id));
            out.push_back(Text::say(lang(), "Joint work with {0}", "Samenwerking met {0}", {join(names, ", ")}));
        }
        if (step.recurring)
            out.push_back(Text::say(lang(), "Recurring", "Terugkerend"));
        return out;
    }

    Checklist::Handover handover(const Arrow& arrow, const Step& other) const
    {
        Checklist::Handover h;
        h.stepId = other.id;
        h.stepName = flat(trimmed(other.name));
        h.teamId = other.team;
        h.teamName = teamNameOf(m_process, other.team);
        h.label = flat(trimmed(arrow.label));
        h.criteria = flat(trimmed(arrow.handover));
        h.otherTeam = other.team != m_teamId;
        h.isReturn = arrow.isReturn;
        if (!h.criteria.empty())
            h.criteriaText = Text::say(lang(), "Handover when: {0}", "Overdracht als: {0}", {h.criteria});
        return h;
    }

    void addIncoming(const Step& step, Checklist::Item& item) const
    {
        for (const Arrow& arrow : m_process.arrows) {
            if (arrow.to != step.id)
                continue;
            const Step* from = m_process.findStep(arrow.from);
            if (!from || (from->team == m_teamId && !arrow.isReturn) || from->id == step.id)
                continue;
            Checklist::Handover h = handover(arrow, *from);
            if (h.otherTeam)
                h.text = arrow.isReturn
                             ? Text::say(lang(), "Back from {0}: {1}", "Terug van {0}: {1}", {h.teamName, h.stepName})
                             : Text::say(lang(), "From {0}: {1}", "Van {0}: {1}", {h.teamName, h.stepName});
            else
                h.text = Text::say(lang(), "Back from: {0}", "Terug van: {0}", {h.stepName});
            item.incoming.push_back(std::move(h));
        }
    }

    void addOutgoing(const Step& step, Checklist::Item& item) const
    {
        for (const Arrow& arrow : m_process.arrows) {
            if (arrow.from != step.id)
                continue;
            const Step* to = m_process.findStep(arrow.to);
            if (!to)
                continue;
            Checklist::Handover h = handover(arrow, *to);
            if (step.kind == StepKind::Decision) {
                const std::string target = h.otherTeam ? h.stepName + " (" + h.teamName + ")" : h.stepName;
                h.text = h.label.empty() ? "→ " + target : h.label + " → " + target;
            } else if (h.otherTeam) {
                h.text = arrow.isReturn
                             ? Text::say(lang(), "Back to {0}: {1}", "Terug naar {0}: {1}", {h.teamName, h.stepName})
                             : Text::say(lang(), "To {0}: {1}", "Naar {0}: {1}", {h.teamName, h.stepName});
            } else if (arrow.isReturn) {
                h.text = Text::say(lang(), "Back to: {0}", "Terug naar: {0}", {h.stepName});
            } else if (!h.criteria.empty()) {
                h.text = Text::say(lang(), "Next: {0}", "Daarna: {0}", {h.stepName});
            } else {
                continue; // the next step of the own team follows on the same card
            }
            item.outgoing.push_back(std::move(h));
        }
    }

    const Process& m_process;
    const std::string& m_teamId;
};

Checklist emptyChecklist(const Process& process)
{
    Checklist c;
    c.language = process.language;
    c.company = process.company;
    c.logo = process.logo;
    c.processName = flat(process.name);
    c.version = process.version;
    c.date = process.date;
    c.dateText = readableDate(process.date, process.language);
    return c;
}

/// The team's steps (own and supported) grouped by phase in process order.
void fillSections(const Process& process, const std::string& teamId, Checklist& checklist)
{
    const ItemBuilder builder(process, teamId);
    std::vector<Checklist::Section> byPhase(process.phases.size());
    Checklist::Section withoutPhase;
    for (const Step& step : process.steps) {
        if (step.team != teamId && !contains(step.supportingTeams, teamId))
            continue;
        const int index = process.phaseIndex(step.phase);
        auto& section = index < 0 ? withoutPhase : byPhase[static_cast<std::size_t>(index)];
        section.items.push_back(builder.build(step));
    }
    for (std::size_t i = 0; i < byPhase.size(); ++i) {
        if (byPhase[i].items.empty())
            continue;
        Checklist::Section& section = byPhase[i];
        section.phaseId = process.phases[i].id;
        section.phaseName = flat(process.phases[i].name.empty() ? process.phases[i].id : process.phases[i].name);
        section.number = static_cast<int>(i) + 1;
        section.heading = Text::say(process.language, "Phase {0} · {1}", "Fase {0} · {1}",
                                    {std::to_string(section.number), section.phaseName});
        checklist.sections.push_back(std::move(section));
    }
    if (!withoutPhase.items.empty()) {
        withoutPhase.phaseName = Text::say(process.language, "Without phase", "Zonder fase");
        withoutPhase.heading = withoutPhase.phaseName;
        checklist.sections.push_back(std::move(withoutPhase));
    }
}

template <class T>
std::size_t positionOf(const std::vector<T>& items, const std::string& id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return static_cast<std::size_t>(it - items.begin()); // unknown ids sort last
}

} // namespace

std::string Checklist::Item::summary() const
{
    if (kind != StepKind::Decision || outgoing.empty())
        return text;
    std::vector<std::string> outcomes;
    for (const Handover& h : outgoing)
        outcomes.push_back(h.label.empty() ? "→ " + h.stepName : h.label + " → " + h.stepName);
    return text + " " + join(outcomes, "; ");
}

Checklist Checklist::forTeam(const Process& process, const std::string& teamId)
{
    const Team* team = process.findTeam(teamId);
    if (!team)
        throw std::invalid_argument(
            Text::say(process.language, "unknown team {0}", "onbekend team {0}", {Text::quote(teamId)}));
    Checklist c = emptyChecklist(process);
    c.teamId = teamId;
    c.teamName = teamNameOf(process, teamId);
    c.colour = TeamPalette::fillOf(process, teamId);
    c.title = c.teamName;
    fillSections(process, teamId, c);
    c.cheatSheet = cheatSheetFor(process, teamId);
    return c;
}

Checklist Checklist::forPerson(const Process& process, const std::string& personName)
{
    const Person* person = process.findPerson(personName);
    if (!person)
        throw std::invalid_argument(
            Text::say(process.language, "unknown person {0}", "onbekende persoon {0}", {Text::quote(personName)}));
    Checklist c = emptyChecklist(process);
    c.teamId = person->team;
    c.teamName = teamNameOf(process, person->team);
    c.colour = TeamPalette::fillOf(process, person->team);
    c.personName = flat(person->name);
    c.personRole = flat(trimmed(person->role));
    c.title = c.personName;
    c.subtitle = c.personRole.empty() ? c.teamName : c.personRole + " · " + c.teamName;
    if (process.findTeam(person->team)) {
        fillSections(process, person->team, c);
        c.cheatSheet = cheatSheetFor(process, person->team);
    }
    return c;
}

std::vector<Checklist::CheatSheetRow> Checklist::cheatSheetFor(const Process& process, const std::string& teamId)
{
    struct Ranked {
        std::tuple<int, std::size_t, std::size_t, std::size_t> key;
        CheatSheetRow row;
    };
    std::vector<Ranked> ranked;
    const std::string& lang = process.language;
    for (std::size_t i = 0; i < process.routes.size(); ++i) {
        const Route& route = process.routes[i];
        const bool owner = route.team == teamId;
        if (!owner && route.fallback != teamId)
            continue;
        const Channel* channel = process.findChannel(route.channel);
        if (channel && !channel->inbound)
            continue;
        const Segment* segment = process.findSegment(route.segment);
        CheatSheetRow row;
        row.channelId = route.channel;
        row.channel = channel && !channel->name.empty() ? flat(channel->name) : route.channel;
        row.segmentId = route.segment;
        row.segment = segment && !segment->name.empty() ? flat(segment->name) : route.segment;
        row.condition = flat(trimmed(route.condition));
        row.asOwner = owner;
        row.otherTeamId = owner ? route.fallback : route.team;
        row.otherTeam = row.otherTeamId.empty() ? std::string() : teamNameOf(process, row.otherTeamId);
        row.responseTime = flat(trimmed(route.responseTime));
        row.conditionText = row.condition.empty() ? Text::say(lang, "always", "altijd") : row.condition;
        if (!owner)
            row.roleText = Text::say(lang, "Fallback for {0}", "Achtervang voor {0}", {row.otherTeam});
        else if (row.otherTeam.empty() || row.otherTeamId == teamId)
            row.roleText = Text::say(lang, "Owner", "Eigenaar");
        else
            row.roleText = Text::say(lang, "Owner (fallback: {0})", "Eigenaar (achtervang: {0})", {row.otherTeam});
        ranked.push_back({{owner ? 0 : 1, positionOf(process.channels, route.channel),
                           positionOf(process.segments, route.segment), i},
                          std::move(row)});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.key < b.key; });
    std::vector<CheatSheetRow> rows;
    rows.reserve(ranked.size());
    for (Ranked& r : ranked)
        rows.push_back(std::move(r.row));
    return rows;
}

std::size_t Checklist::itemCount() const
{
    std::size_t count = 0;
    for (const Section& section : sections)
        count += section.items.size();
    return count;
}

} // namespace salesprocess
