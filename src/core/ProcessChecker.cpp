#include "ProcessChecker.hpp"

#include "Date.hpp"
#include "DuplicateFinder.hpp"
#include "FlowGraph.hpp"
#include "StepName.hpp"
#include "Text.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace salesprocess {

namespace {

/// Collects findings in the process language; one place that knows how a finding is built.
class FindingList {
public:
    explicit FindingList(const Process& process) : m_process(process) {}

    void add(const char* code, Severity severity, std::vector<std::string> ids, Location where,
             const char* english, const char* dutch, std::initializer_list<std::string> args)
    {
        Finding f;
        f.code = code;
        f.severity = severity;
        f.ids = std::move(ids);
        f.where = std::move(where);
        f.message = Text::say(m_process.language, english, dutch, args);
        m_findings.push_back(std::move(f));
    }

    const std::string& lang() const { return m_process.language; }
    std::vector<Finding> take() { return std::move(m_findings); }

private:
    const Process& m_process;
    std::vector<Finding> m_findings;
};

Location at(const char* table, std::size_t index, const char* field = "")
{
    return Location{table, static_cast<int>(index), field, {}};
}

std::string stepLabel(const Step& step) { return Text::quote(step.name.empty() ? step.id : step.name); }

/// Ids must be present and unique within their table; what names the table's rows.
template <class T, class IdOf>
void checkIds(FindingList& out, const std::vector<T>& items, const char* table, const char* field,
              const std::string& what, IdOf idOf)
{
    std::unordered_map<std::string, std::size_t> first;
    first.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& id = idOf(items[i]);
        if (id.empty()) {
            out.add("missing-field", Severity::Error, {}, at(table, i, field),
                    "{0} without {1}.", "{0} zonder {1}.", {what, field});
            continue;
        }
        auto [it, inserted] = first.emplace(id, i);
        if (!inserted)
            out.add("duplicate-id", Severity::Error, {id}, at(table, i, field),
                    "{0} {1} occurs twice (also in row {2}).", "{0} {1} komt twee keer voor (ook in rij {2}).",
                    {what, Text::quote(id), std::to_string(it->second + 1)});
    }
}

class Checker {
public:
    Checker(const Process& process, const CheckOptions& options)
        : m_p(process), m_options(options), m_out(process)
    {
        for (const Team& t : m_p.teams)
            m_teamIds.insert(t.id);
        for (const Phase& ph : m_p.phases)
            m_phaseIds.insert(ph.id);
        for (const Segment& s : m_p.segments)
            m_segmentIds.insert(s.id);
        for (const Channel& c : m_p.channels)
            m_channelIds.insert(c.id);
        for (std::size_t i = 0; i < m_p.steps.size(); ++i)
            m_stepIndex.emplace(m_p.steps[i].id, i);
    }

    std::vector<Finding> run()
    {
        checkTables();
        checkSteps();
        checkDuplicates();
        checkCoverage();
        checkFlow();
        checkRouting();
        checkActions();
        return m_out.take();
    }

private:
    bool nl() const { return m_out.lang() == "nl"; }

    std::string teamName(const std::string& id) const
    {
        const Team* t = m_p.findTeam(id);
        return t && !t->name.empty() ? t->name : id;
    }

    void checkTables()
    {
        checkIds(m_out, m_p.segments, "segments", "id", "Segment",
                 [](const Segment& x) -> const std::string& { return x.id; });
        checkIds(m_out, m_p.phases, "phases", "id", nl() ? "Fase" : "Phase",
                 [](const Phase& x) -> const std::string& { return x.id; });
        checkIds(m_out, m_p.teams, "teams", "id", "Team",
                 [](const Team& x) -> const std::string& { return x.id; });
        checkIds(m_out, m_p.steps, "steps", "id", nl() ? "Stap" : "Step",
                 [](const Step& x) -> const std::string& { return x.id; });
        checkIds(m_out, m_p.channels, "channels", "id", nl() ? "Kanaal" : "Channel",
                 [](const Channel& x) -> const std::string& { return x.id; });
        checkIds(m_out, m_p.people, "people", "name", nl() ? "Persoon" : "Person",
                 [](const Person& x) -> const std::string& { return x.name; });

        for (std::size_t i = 0; i < m_p.people.size(); ++i) {
            const Person& person = m_p.people[i];
            if (!person.team.empty() && !m_teamIds.count(person.team))
                m_out.add("unknown-team", Severity::Error, {person.name, person.team}, at("people", i, "team"),
                          "{0} belongs to unknown team {1}.", "{0} hoort bij onbekend team {1}.",
                          {Text::quote(person.name), Text::quote(person.team)});
        }
    }

    void checkSteps()
    {
        for (std::size_t i = 0; i < m_p.steps.size(); ++i) {
            const Step& s = m_p.steps[i];
            if (s.name.empty())
                m_out.add("missing-field", Severity::Error, {s.id}, at("steps", i, "name"),
                          "Step {0} has no name.", "Stap {0} heeft geen naam.", {Text::quote(s.id)});
            if (s.team.empty())
                m_out.add("step-without-team", Severity::Error, {s.id}, at("steps", i, "team"),
                          "Step {0} has no team: who does it?", "Stap {0} heeft geen team: wie doet het?",
                          {stepLabel(s)});
            else if (!m_teamIds.count(s.team))
                m_out.add("unknown-team", Severity::Error, {s.id, s.team}, at("steps", i, "team"),
                          "step {0} refers to unknown team {1}.", "stap {0} verwijst naar onbekend team {1}.",
                          {stepLabel(s), Text::quote(s.team)});
            if (s.phase.empty())
                m_out.add("step-without-phase", Severity::Error, {s.id}, at("steps", i, "phase"),
                          "Step {0} has no phase.", "Stap {0} heeft geen fase.", {stepLabel(s)});
            else if (!m_phaseIds.count(s.phase))
                m_out.add("unknown-phase", Severity::Error, {s.id, s.phase}, at("steps", i, "phase"),
                          "step {0} refers to unknown phase {1}.", "stap {0} verwijst naar onbekende fase {1}.",
                          {stepLabel(s), Text::quote(s.phase)});
            for (const std::string& team : s.supportingTeams)
                if (!m_teamIds.count(team))
                    m_out.add("unknown-team", Severity::Error, {s.id, team}, at("steps", i, "supporting"),
                              "step {0} names unknown supporting team {1}.",
                              "stap {0} noemt onbekend ondersteunend team {1}.",
                              {stepLabel(s), Text::quote(team)});
            for (const std::string& segment : s.segments)
                if (!m_segmentIds.count(segment))
                    m_out.add("unknown-segment", Severity::Error, {s.id, segment}, at("steps", i, "segments"),
                              "step {0} is for unknown segment {1}.", "stap {0} is voor onbekend segment {1}.",
                              {stepLabel(s), Text::quote(segment)});
        }
    }

    static bool disjoint(const std::vector<std::string>& a, const std::vector<std::string>& b)
    {
        if (a.empty() || b.empty())
            return false; // empty means every segment
        for (const std::string& x : a)
            if (std::find(b.begin(), b.end(), x) != b.end())
                return false;
        return true;
    }

    static bool supports(const Step& helper, const Step& owner)
    {
        return std::find(helper.supportingTeams.begin(), helper.supportingTeams.end(), owner.team) !=
               helper.supportingTeams.end();
    }

    void checkDuplicates()
    {
        std::vector<std::string> names;
        names.reserve(m_p.steps.size());
        for (const Step& s : m_p.steps)
            names.push_back(s.name);
        // Same names across start/end markers ("Won", "Lost") are labels, not work.
        for (std::size_t i = 0; i < m_p.steps.size(); ++i)
            if (m_p.steps[i].isEnd() || m_p.steps[i].kind == StepKind::Start)
                names[i].clear();

        for (const DuplicateFinder::Group& group : DuplicateFinder::find(names)) {
            if (!group.exact) {
                std::vector<std::string> ids, labels;
                for (std::size_t m : group.members) {
                    ids.push_back(m_p.steps[m].id);
                    labels.push_back(stepLabel(m_p.steps[m]));
                }
                m_out.add("near-duplicate-step", Severity::Info, ids, at("steps", group.members[1], "name"),
                          "Steps {0} look alike: are they one step?", "Stappen {0} lijken op elkaar: is het één stap?",
                          {join(labels)});
                continue;
            }
            // Pairwise in the group: groups are small; a pathological group is capped.
            const std::size_t n = std::min<std::size_t>(group.members.size(), 64);
            for (std::size_t a = 0; a < n; ++a) {
                for (std::size_t b = a + 1; b < n; ++b) {
                    const std::size_t ia = group.members[a], ib = group.members[b];
                    const Step& x = m_p.steps[ia];
                    const Step& y = m_p.steps[ib];
                    if (x.team == y.team) {
                        if (disjoint(x.segments, y.segments))
                            m_out.add("segment-duplicate", Severity::Info, {x.id, y.id}, at("steps", ib, "name"),
                                      "{0} is done by {1} for prospects and again for customers: could it be one step for both?",
                                      "{0} doet {1} voor prospects en nog eens voor klanten: kan het één stap voor beide zijn?",
                                      {stepLabel(x), Text::quote(teamName(x.team))});
                        else
                            m_out.add("duplicate-step", Severity::Warning, {x.id, y.id}, at("steps", ib, "name"),
                                      "Step {0} occurs twice in team {1}.", "Stap {0} komt twee keer voor bij team {1}.",
                                      {stepLabel(x), Text::quote(teamName(x.team))});
                    } else if (x.phase == y.phase) {
                        if (supports(x, y) || supports(y, x))
                            continue; // joint work, not double work
                        m_out.add("double-work", Severity::Warning, {x.id, y.id}, at("steps", ib, "name"),
                                  "{0} is done by both {1} and {2} in the same phase: double work?",
                                  "{0} wordt in dezelfde fase door zowel {1} als {2} gedaan: dubbel werk?",
                                  {stepLabel(x), Text::quote(teamName(x.team)), Text::quote(teamName(y.team))});
                    } else {
                        m_out.add("duplicate-step", Severity::Warning, {x.id, y.id}, at("steps", ib, "name"),
                                  "Step {0} is done by {1} and again later by {2}.",
                                  "Stap {0} doet {1} en later nog eens {2}.",
                                  {stepLabel(x), Text::quote(teamName(x.team)), Text::quote(teamName(y.team))});
                    }
                }
            }
        }
    }

    static std::string join(const std::vector<std::string>& items)
    {
        std::string out;
        for (std::size_t i = 0; i < items.size() && i < 5; ++i)
            out += (i ? ", " : "") + items[i];
        if (items.size() > 5)
            out += ", ...";
        return out;
    }

    void checkCoverage()
    {
        std::unordered_set<std::string> phasesUsed, teamsUsed;
        for (const Step& s : m_p.steps) {
            phasesUsed.insert(s.phase);
            teamsUsed.insert(s.team);
            for (const std::string& t : s.supportingTeams)
                teamsUsed.insert(t);
        }
        for (std::size_t i = 0; i < m_p.phases.size(); ++i)
            if (!m_p.phases[i].id.empty() && !phasesUsed.count(m_p.phases[i].id))
                m_out.add("phase-without-steps", Severity::Warning, {m_p.phases[i].id}, at("phases", i),
                          "Phase {0} has no steps.", "Fase {0} heeft geen stappen.",
                          {Text::quote(m_p.phases[i].name)});
        for (std::size_t i = 0; i < m_p.teams.size(); ++i)
            if (!m_p.teams[i].id.empty() && !teamsUsed.count(m_p.teams[i].id))
                m_out.add("team-without-steps", Severity::Warning, {m_p.teams[i].id}, at("teams", i),
                          "Team {0} has no steps.", "Team {0} heeft geen stappen.",
                          {Text::quote(m_p.teams[i].name)});
    }

    void checkFlow()
    {
        // Arrows to missing steps first: the graph only takes arrows between real steps.
        std::vector<FlowGraph::Edge> edges;
        edges.reserve(m_p.arrows.size());
        for (std::size_t i = 0; i < m_p.arrows.size(); ++i) {
            const Arrow& a = m_p.arrows[i];
            bool ok = true;
            for (const auto& [end, field] : {std::pair<const std::string*, const char*>{&a.from, "from"},
                                             {&a.to, "to"}}) {
                if (end->empty()) {
                    m_out.add("missing-field", Severity::Error, {}, at("arrows", i, field),
                              "Arrow without {0} step.", "Pijl zonder {0}-stap.",
                              {nl() ? (std::string(field) == "from" ? "van" : "naar") : field});
                    ok = false;
                } else if (!m_stepIndex.count(*end)) {
                    m_out.add("arrow-to-missing-step", Severity::Error, {*end}, at("arrows", i, field),
                              "Arrow refers to missing step {0}.", "Pijl verwijst naar ontbrekende stap {0}.",
                              {Text::quote(*end)});
                    ok = false;
                }
            }
            if (ok)
                edges.push_back({m_stepIndex.at(a.from), m_stepIndex.at(a.to), i});
        }
        const std::size_t n = m_p.steps.size();
        if (n == 0)
            return;
        FlowGraph graph(n, edges);

        bool anyStart = false, anyEnd = false;
        std::vector<std::size_t> roots;
        for (std::size_t i = 0; i < n; ++i) {
            const Step& s = m_p.steps[i];
            anyStart = anyStart || s.kind == StepKind::Start;
            anyEnd = anyEnd || s.isEnd();
            if (s.kind == StepKind::Start || s.recurring)
                roots.push_back(i);
        }
        if (!anyStart)
            m_out.add("no-start", Severity::Error, {}, Location{"steps", -1, "kind", {}},
                      "The process has no start step: where does a customer come in?",
                      "Het proces heeft geen startstap: waar komt een klant binnen?", {});
        if (!anyEnd)
            m_out.add("no-end", Severity::Warning, {}, Location{"steps", -1, "kind", {}},
                      "The process has no end step (won or lost).",
                      "Het proces heeft geen eindstap (gewonnen of verloren).", {});

        for (const FlowGraph::Edge& e : edges) {
            const Step& from = m_p.steps[e.from];
            const Step& to = m_p.steps[e.to];
            if (to.kind == StepKind::Start)
                m_out.add("start-with-predecessor", Severity::Warning, {from.id, to.id}, at("arrows", e.arrow, "to"),
                          "Arrow from {0} into start step {1}.", "Pijl van {0} naar startstap {1}.",
                          {stepLabel(from), stepLabel(to)});
            if (from.isEnd())
                m_out.add("end-with-successor", Severity::Warning, {from.id, to.id}, at("arrows", e.arrow, "from"),
                          "End step {0} has an arrow to {1}.", "Eindstap {0} heeft een pijl naar {1}.",
                          {stepLabel(from), stepLabel(to)});
        }

        if (anyStart) {
            const std::vector<bool> reached = graph.reachableFrom(roots);
            for (std::size_t i = 0; i < n; ++i)
                if (!reached[i])
                    m_out.add("unreachable-step", Severity::Warning, {m_p.steps[i].id}, at("steps", i, "name"),
                              "Step {0} cannot be reached from any start step.",
                              "Stap {0} is vanuit geen enkele startstap te bereiken.", {stepLabel(m_p.steps[i])});
        }

        for (std::size_t i = 0; i < n; ++i) {
            const Step& s = m_p.steps[i];
            const auto& out = graph.outgoing(i);
            if (out.empty() && !s.isEnd() && !s.recurring)
                m_out.add("dead-end", Severity::Warning, {s.id}, at("steps", i, "name"),
                          "Step {0} leads nowhere: add an arrow to the next step or make it an end.",
                          "Stap {0} loopt dood: voeg een pijl naar de volgende stap toe of maak er een eindstap van.",
                          {stepLabel(s)});
            if (s.kind == StepKind::Decision) {
                bool labelled = true;
                for (std::size_t e : out)
                    labelled = labelled && !m_p.arrows[edges[e].arrow].label.empty();
                if (out.size() < 2 || !labelled)
                    m_out.add("decision-exits", Severity::Warning, {s.id}, at("steps", i, "name"),
                              "Decision {0} needs at least two ways out, each with a label (yes/no).",
                              "Beslissing {0} heeft minstens twee uitgangen nodig, elk met een label (ja/nee).",
                              {stepLabel(s)});
            }
        }

        checkLoops(graph, edges);
    }

    void checkLoops(const FlowGraph& graph, const std::vector<FlowGraph::Edge>& edges)
    {
        // A loop whose arrows include no return mark: remove the return arrows; what still
        // cycles was not meant as a loop.
        std::vector<bool> keep(edges.size());
        for (std::size_t e = 0; e < edges.size(); ++e)
            keep[e] = !m_p.arrows[edges[e].arrow].isReturn;
        for (const auto& cycle : graph.cycles(keep)) {
            std::vector<std::string> ids, labels;
            for (std::size_t s : cycle) {
                ids.push_back(m_p.steps[s].id);
                labels.push_back(stepLabel(m_p.steps[s]));
            }
            m_out.add("unmarked-loop", Severity::Warning, ids, at("steps", cycle.front(), "name"),
                      "Steps {0} form a loop without an arrow marked as a return.",
                      "Stappen {0} vormen een lus zonder pijl die als terugkoppeling is gemarkeerd.",
                      {join(labels)});
        }
        // A loop with no way out traps the work, marked or not.
        std::vector<bool> all(edges.size(), true);
        for (const auto& cycle : graph.cycles(all)) {
            if (graph.hasExit(cycle))
                continue;
            std::vector<std::string> ids, labels;
            for (std::size_t s : cycle) {
                ids.push_back(m_p.steps[s].id);
                labels.push_back(stepLabel(m_p.steps[s]));
            }
            m_out.add("loop-without-exit", Severity::Error, ids, at("steps", cycle.front(), "name"),
                      "Steps {0} form a loop with no way out.", "Stappen {0} vormen een lus zonder uitweg.",
                      {join(labels)});
        }
    }

    void checkRouting()
    {
        std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
        std::set<std::pair<std::string, std::string>> alwaysRouted;
        for (std::size_t i = 0; i < m_p.routes.size(); ++i) {
            const Route& r = m_p.routes[i];
            const std::string where = routeLabel(r);
            if (r.channel.empty())
                m_out.add("missing-field", Severity::Error, {}, at("routes", i, "channel"),
                          "Route without channel.", "Route zonder kanaal.", {});
            else if (!m_channelIds.count(r.channel))
                m_out.add("unknown-channel", Severity::Error, {r.channel}, at("routes", i, "channel"),
                          "Route for unknown channel {0}.", "Route voor onbekend kanaal {0}.", {Text::quote(r.channel)});
            if (r.segment.empty())
                m_out.add("missing-field", Severity::Error, {}, at("routes", i, "segment"),
                          "Route {0} without segment.", "Route {0} zonder segment.", {where});
            else if (!m_segmentIds.count(r.segment))
                m_out.add("unknown-segment", Severity::Error, {r.segment}, at("routes", i, "segment"),
                          "Route {0} is for unknown segment {1}.", "Route {0} is voor onbekend segment {1}.",
                          {where, Text::quote(r.segment)});
            if (r.team.empty())
                m_out.add("missing-field", Severity::Error, {}, at("routes", i, "team"),
                          "Route {0} has no owner team.", "Route {0} heeft geen eigenaar-team.", {where});
            else if (!m_teamIds.count(r.team))
                m_out.add("unknown-team", Severity::Error, {r.team}, at("routes", i, "team"),
                          "Route {0} goes to unknown team {1}.", "Route {0} gaat naar onbekend team {1}.",
                          {where, Text::quote(r.team)});
            if (r.fallback.empty())
                m_out.add("route-without-fallback", Severity::Info, {}, at("routes", i, "fallback"),
                          "Route {0} has no fallback team.", "Route {0} heeft geen vervangend team.", {where});
            else if (!m_teamIds.count(r.fallback))
                m_out.add("unknown-team", Severity::Error, {r.fallback}, at("routes", i, "fallback"),
                          "Route {0} falls back to unknown team {1}.", "Route {0} valt terug op onbekend team {1}.",
                          {where, Text::quote(r.fallback)});

            const std::string condition = StepName::exactKey(r.condition);
            auto [it, inserted] = seen.emplace(std::make_tuple(r.channel, r.segment, condition), i);
            if (!inserted)
                m_out.add("double-route", Severity::Error, {r.channel, r.segment}, at("routes", i, "team"),
                          "Contacts {0} have two owners: {1} (row {2}) and {3}.",
                          "Contacten {0} hebben twee eigenaren: {1} (rij {2}) en {3}.",
                          {where, Text::quote(teamName(m_p.routes[it->second].team)),
                           std::to_string(it->second + 1), Text::quote(teamName(r.team))});
            if (condition.empty() && !r.team.empty())
                alwaysRouted.emplace(r.channel, r.segment);
        }
        for (std::size_t c = 0; c < m_p.channels.size(); ++c) {
            const Channel& channel = m_p.channels[c];
            if (!channel.inbound || channel.id.empty())
                continue;
            for (const Segment& segment : m_p.segments) {
                if (alwaysRouted.count({channel.id, segment.id}))
                    continue;
                m_out.add("unrouted-contact", Severity::Error, {channel.id, segment.id}, at("channels", c, "name"),
                          "Nobody owns contacts by {0} from {1}: add a route.",
                          "Niemand is eigenaar van contacten via {0} van {1}: voeg een route toe.",
                          {Text::quote(channel.name.empty() ? channel.id : channel.name),
                           Text::quote(segment.name.empty() ? segment.id : segment.name)});
            }
        }
    }

    std::string routeLabel(const Route& r) const
    {
        const Channel* c = m_p.findChannel(r.channel);
        const Segment* s = m_p.findSegment(r.segment);
        std::string label = (c && !c->name.empty() ? c->name : r.channel) + " / " +
                            (s && !s->name.empty() ? s->name : r.segment);
        if (!r.condition.empty())
            label += " (" + r.condition + ")";
        return Text::quote(label);
    }

    void checkActions()
    {
        const std::optional<Date> today = Date::parse(m_options.today);
        for (std::size_t i = 0; i < m_p.actions.size(); ++i) {
            const Action& a = m_p.actions[i];
            const std::string what = Text::quote(a.description);
            if (a.owner.empty())
                m_out.add("action-without-owner", Severity::Warning, {}, at("actions", i, "owner"),
                          "Action {0} has no owner.", "Actie {0} heeft geen eigenaar.", {what});
            else if (!m_p.findPerson(a.owner) && !m_teamIds.count(a.owner))
                m_out.add("unknown-person", Severity::Error, {a.owner}, at("actions", i, "owner"),
                          "Action {0} is owned by {1}, who is neither a person nor a team.",
                          "Actie {0} is van {1}, geen bekende persoon of team.", {what, Text::quote(a.owner)});
            if (a.deadline.empty()) {
                m_out.add("action-without-deadline", Severity::Warning, {}, at("actions", i, "deadline"),
                          "Action {0} has no deadline.", "Actie {0} heeft geen deadline.", {what});
                continue;
            }
            const std::optional<Date> deadline = Date::parse(a.deadline);
            if (!deadline) {
                m_out.add("invalid-date", Severity::Error, {}, at("actions", i, "deadline"),
                          "Action {0} has deadline {1}, which is not a date (YYYY-MM-DD).",
                          "Actie {0} heeft deadline {1}, dat is geen datum (JJJJ-MM-DD).",
                          {what, Text::quote(a.deadline)});
                continue;
            }
            if (today && *deadline < *today && a.status != ActionStatus::Done &&
                a.status != ActionStatus::Cancelled)
                m_out.add("action-overdue", Severity::Warning, {}, at("actions", i, "deadline"),
                          "Action {0} was due on {1} and is not done.",
                          "Actie {0} moest op {1} klaar zijn en is niet afgerond.", {what, a.deadline});
        }
        if (!m_p.date.empty() && !Date::parse(m_p.date))
            m_out.add("invalid-date", Severity::Error, {}, Location{"process", -1, "date", {}},
                      "The process date {0} is not a date (YYYY-MM-DD).",
                      "De procesdatum {0} is geen datum (JJJJ-MM-DD).", {Text::quote(m_p.date)});
    }

    const Process& m_p;
    const CheckOptions& m_options;
    FindingList m_out;
    std::unordered_set<std::string> m_teamIds, m_phaseIds, m_segmentIds, m_channelIds;
    std::unordered_map<std::string, std::size_t> m_stepIndex;
};

} // namespace

std::vector<Finding> ProcessChecker::check(const Process& process, const CheckOptions& options)
{
    return Checker(process, options).run();
}

} // namespace salesprocess
