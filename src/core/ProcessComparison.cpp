#include "ProcessComparison.hpp"

#include "StepName.hpp"
#include "Text.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace salesprocess {

namespace {

constexpr std::size_t kUnmatched = std::numeric_limits<std::size_t>::max();
/// Rank of what has no place in an order: after everything that has one.
constexpr long kLast = std::numeric_limits<long>::max() / 4;
/// More candidates than this for one name means hostile input: the first ones are enough.
constexpr std::size_t kMaxCandidates = 32;

/// Which current item is which desired item (indexes into the two tables).
class Matching {
public:
    Matching(std::size_t currentCount, std::size_t desiredCount)
        : m_toDesired(currentCount, kUnmatched), m_toCurrent(desiredCount, kUnmatched)
    {
    }

    void pair(std::size_t current, std::size_t desired)
    {
        m_toDesired[current] = desired;
        m_toCurrent[desired] = current;
    }
    bool currentMatched(std::size_t current) const { return m_toDesired[current] != kUnmatched; }
    bool desiredMatched(std::size_t desired) const { return m_toCurrent[desired] != kUnmatched; }
    std::size_t desiredOf(std::size_t current) const { return m_toDesired[current]; }
    std::size_t currentOf(std::size_t desired) const { return m_toCurrent[desired]; }

private:
    std::vector<std::size_t> m_toDesired;
    std::vector<std::size_t> m_toCurrent;
};

template <class T>
void matchById(const std::vector<T>& current, const std::vector<T>& desired, Matching& matching)
{
    std::unordered_map<std::string, std::size_t> byId;
    for (std::size_t c = 0; c < current.size(); ++c)
        if (!current[c].id.empty())
            byId.emplace(current[c].id, c);
    for (std::size_t d = 0; d < desired.size(); ++d) {
        const auto it = byId.find(desired[d].id);
        if (it != byId.end() && !matching.currentMatched(it->second))
            matching.pair(it->second, d);
    }
}

/// Pairs what is still unmatched by a key of the name. When several current items share the
/// key, choose(desired, candidates) picks one (candidates in table order).
template <class T, class KeyOf, class Choose>
void matchByName(const std::vector<T>& current, const std::vector<T>& desired, Matching& matching, KeyOf keyOf,
                 Choose choose)
{
    std::unordered_map<std::string, std::vector<std::size_t>> byKey;
    for (std::size_t c = 0; c < current.size(); ++c) {
        if (matching.currentMatched(c))
            continue;
        std::string key = keyOf(current[c].name);
        if (!key.empty())
            byKey[std::move(key)].push_back(c);
    }
    for (std::size_t d = 0; d < desired.size(); ++d) {
        if (matching.desiredMatched(d))
            continue;
        const auto it = byKey.find(keyOf(desired[d].name));
        if (it == byKey.end() || it->second.empty())
            continue;
        std::vector<std::size_t>& candidates = it->second;
        const std::size_t shown = std::min(candidates.size(), kMaxCandidates);
        const std::size_t chosen = choose(d, std::vector<std::size_t>(candidates.begin(),
                                                                      candidates.begin() + static_cast<std::ptrdiff_t>(shown)));
        matching.pair(chosen, d);
        candidates.erase(std::find(candidates.begin(), candidates.end(), chosen));
    }
}

std::string exactKey(const std::string& name) { return StepName::exactKey(name); }
std::string similarityKey(const std::string& name) { return StepName::similarityKey(name); }

/// Teams, phases, segments and channels: by id, then by name.
template <class T>
Matching matchItems(const std::vector<T>& current, const std::vector<T>& desired)
{
    Matching matching(current.size(), desired.size());
    matchById(current, desired, matching);
    matchByName(current, desired, matching, exactKey,
                [](std::size_t, const std::vector<std::size_t>& candidates) { return candidates.front(); });
    return matching;
}

/// Current id -> desired id of every matched item.
template <class T>
std::unordered_map<std::string, std::string> idMap(const std::vector<T>& current, const std::vector<T>& desired,
                                                    const Matching& matching)
{
    std::unordered_map<std::string, std::string> ids;
    for (std::size_t c = 0; c < current.size(); ++c)
        if (matching.currentMatched(c))
            ids.emplace(current[c].id, desired[matching.desiredOf(c)].id);
    return ids;
}

template <class T>
const T* findIn(const std::vector<T>& items, const std::string& id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <class T>
std::unordered_map<std::string, std::size_t> indexOf(const std::vector<T>& items)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);
    return index;
}

/// Predecessors and successors of each step, as step indexes.
struct Neighbours {
    std::vector<std::vector<std::size_t>> before;
    std::vector<std::vector<std::size_t>> after;

    explicit Neighbours(const Process& p)
        : before(p.steps.size()), after(p.steps.size())
    {
        const auto index = indexOf(p.steps);
        for (const Arrow& a : p.arrows) {
            const auto from = index.find(a.from), to = index.find(a.to);
            if (from == index.end() || to == index.end() || from->second == to->second)
                continue;
            after[from->second].push_back(to->second);
            before[to->second].push_back(from->second);
        }
    }
};

bool contains(const std::vector<std::size_t>& items, std::size_t item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

/// "order > EUR 10.000" -> "order-eur-10-000": a condition as part of a key.
std::string slug(const std::string& text)
{
    std::string key = StepName::exactKey(text);
    std::replace(key.begin(), key.end(), ' ', '-');
    return key;
}

/// "4 h", "4H" and "4h." say the same.
bool sameResponseTime(const std::string& a, const std::string& b)
{
    std::string x = StepName::exactKey(a), y = StepName::exactKey(b);
    x.erase(std::remove(x.begin(), x.end(), ' '), x.end());
    y.erase(std::remove(y.begin(), y.end(), ' '), y.end());
    return x == y;
}

/// One change and where it goes in the list.
struct Entry {
    Change change;
    long team = kLast;   ///< rank of the team that has to act
    long section = 0;    ///< 0 the team itself, 1 steps and arrows, 2 routes
    long major = 0;      ///< phase (steps, arrows) or channel (routes)
    long minor = 0;      ///< step or segment
    long detail = 0;     ///< arrow target or route row

    auto rank() const
    {
        return std::make_tuple(team, section, major, minor, detail, static_cast<int>(change.kind));
    }
};

class Comparer {
public:
    Comparer(const Process& current, const Process& desired)
        : m_current(current), m_desired(desired), m_currentNeighbours(current), m_desiredNeighbours(desired),
          m_steps(current.steps.size(), desired.steps.size())
    {
        const Matching teams = matchItems(current.teams, desired.teams);
        const Matching phases = matchItems(current.phases, desired.phases);
        const Matching segments = matchItems(current.segments, desired.segments);
        const Matching channels = matchItems(current.channels, desired.channels);
        m_teamIds = idMap(current.teams, desired.teams, teams);
        m_phaseIds = idMap(current.phases, desired.phases, phases);
        m_segmentIds = idMap(current.segments, desired.segments, segments);
        m_channelIds = idMap(current.channels, desired.channels, channels);
        for (std::size_t c = 0; c < current.teams.size(); ++c)
            if (!teams.currentMatched(c))
                m_removedTeams.push_back(c);
        for (std::size_t d = 0; d < desired.teams.size(); ++d)
            if (!teams.desiredMatched(d))
                m_addedTeams.push_back(d);
        matchSteps();
        m_stepIds = idMap(current.steps, desired.steps, m_steps);
        m_desiredStepIndex = indexOf(desired.steps);
    }

    std::vector<Change> run()
    {
        compareTeams();
        compareSteps();
        compareArrows();
        compareRoutes();
        std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
            return std::make_tuple(a.rank(), a.change.key) < std::make_tuple(b.rank(), b.change.key);
        });
        std::vector<Change> changes;
        changes.reserve(m_entries.size());
        for (Entry& e : m_entries)
            changes.push_back(std::move(e.change));
        return changes;
    }

private:
    // ---- matching steps ----------------------------------------------------------------------

    void matchSteps()
    {
        matchById(m_current.steps, m_desired.steps, m_steps);
        // Neighbour names are compared as exact keys, so this works before the neighbours match.
        m_currentNeighbourKeys = neighbourKeys(m_current, m_currentNeighbours);
        m_desiredNeighbourKeys = neighbourKeys(m_desired, m_desiredNeighbours);
        const auto choose = [this](std::size_t d, const std::vector<std::size_t>& candidates) {
            return bestCandidate(d, candidates);
        };
        matchByName(m_current.steps, m_desired.steps, m_steps, exactKey, choose);
        matchByName(m_current.steps, m_desired.steps, m_steps, similarityKey, choose);
        matchByNeighbours();
    }

    struct NeighbourKeys {
        std::vector<std::string> before;
        std::vector<std::string> after;
    };

    static std::vector<NeighbourKeys> neighbourKeys(const Process& p, const Neighbours& n)
    {
        std::vector<NeighbourKeys> keys(p.steps.size());
        for (std::size_t i = 0; i < p.steps.size(); ++i) {
            for (std::size_t j : n.before[i])
                keys[i].before.push_back(StepName::exactKey(p.steps[j].name));
            for (std::size_t j : n.after[i])
                keys[i].after.push_back(StepName::exactKey(p.steps[j].name));
        }
        return keys;
    }

    static long shared(const std::vector<std::string>& a, const std::vector<std::string>& b)
    {
        long count = 0;
        for (const std::string& key : a)
            if (std::find(b.begin(), b.end(), key) != b.end())
                ++count;
        return count;
    }

    /// Among current steps with the same name: the one with the same neighbours, team and phase.
    std::size_t bestCandidate(std::size_t d, const std::vector<std::size_t>& candidates) const
    {
        const Step& want = m_desired.steps[d];
        std::size_t best = candidates.front();
        std::tuple<long, int, int> bestScore{-1, 0, 0};
        for (std::size_t c : candidates) {
            const Step& have = m_current.steps[c];
            const std::tuple<long, int, int> score{
                shared(m_desiredNeighbourKeys[d].before, m_currentNeighbourKeys[c].before) +
                    shared(m_desiredNeighbourKeys[d].after, m_currentNeighbourKeys[c].after),
                mapped(m_teamIds, have.team) == want.team ? 1 : 0,
                mapped(m_phaseIds, have.phase) == want.phase ? 1 : 0};
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /// A step renamed beyond recognition still sits between the same steps: a current step of
    /// the same kind with a matched predecessor and a matched successor in common (or, for a
    /// start or end, none on that side in both), and no other candidate on either side.
    void matchByNeighbours()
    {
        for (std::size_t round = 0; round <= m_desired.steps.size(); ++round) {
            std::vector<std::pair<std::size_t, std::size_t>> proposals; // (desired, current)
            std::unordered_map<std::size_t, int> proposedFor;           // current -> how often
            for (std::size_t d = 0; d < m_desired.steps.size(); ++d) {
                if (m_steps.desiredMatched(d))
                    continue;
                const std::vector<std::size_t> candidates = neighbourCandidates(d);
                if (candidates.size() != 1)
                    continue;
                proposals.emplace_back(d, candidates.front());
                ++proposedFor[candidates.front()];
            }
            bool progress = false;
            for (const auto& [d, c] : proposals) {
                if (proposedFor[c] != 1)
                    continue;
                m_steps.pair(c, d);
                progress = true;
            }
            if (!progress)
                return;
        }
    }

    std::vector<std::size_t> neighbourCandidates(std::size_t d) const
    {
        std::vector<std::size_t> candidates;
        const auto consider = [&](std::size_t c) {
            if (!m_steps.currentMatched(c) && m_current.steps[c].kind == m_desired.steps[d].kind &&
                !contains(candidates, c) && sameNeighbours(d, c))
                candidates.push_back(c);
        };
        for (std::size_t p : m_desiredNeighbours.before[d])
            if (const std::size_t cp = m_steps.currentOf(p); cp != kUnmatched)
                for (std::size_t c : m_currentNeighbours.after[cp])
                    consider(c);
        for (std::size_t s : m_desiredNeighbours.after[d])
            if (const std::size_t cs = m_steps.currentOf(s); cs != kUnmatched)
                for (std::size_t c : m_currentNeighbours.before[cs])
                    consider(c);
        return candidates;
    }

    bool sameNeighbours(std::size_t d, std::size_t c) const
    {
        const auto agree = [this](const std::vector<std::size_t>& desired, const std::vector<std::size_t>& current) {
            if (desired.empty() || current.empty())
                return desired.empty() && current.empty();
            for (std::size_t x : current)
                if (m_steps.currentMatched(x) && contains(desired, m_steps.desiredOf(x)))
                    return true;
            return false;
        };
        return agree(m_desiredNeighbours.before[d], m_currentNeighbours.before[c]) &&
               agree(m_desiredNeighbours.after[d], m_currentNeighbours.after[c]);
    }

    // ---- names and ranks ---------------------------------------------------------------------

    /// A current id as a desired id: the match when there is one, else the id itself (an id
    /// only the current process has never equals a desired id: equal ids match first).
    static const std::string& mapped(const std::unordered_map<std::string, std::string>& ids, const std::string& id)
    {
        const auto it = ids.find(id);
        return it == ids.end() ? id : it->second;
    }

    bool nl() const { return m_desired.language == "nl"; }
    std::string say(const char* english, const char* dutch, std::initializer_list<std::string> args) const
    {
        return Text::say(m_desired.language, english, dutch, args);
    }

    template <class T>
    std::string nameOf(const std::vector<T>& desired, const std::vector<T>& current, const std::string& id) const
    {
        if (id.empty())
            return nl() ? "(geen)" : "(none)";
        const T* item = findIn(desired, id);
        if (!item)
            item = findIn(current, id);
        return item && !item->name.empty() ? item->name : id;
    }
    std::string teamName(const std::string& id) const { return nameOf(m_desired.teams, m_current.teams, id); }
    std::string phaseName(const std::string& id) const { return nameOf(m_desired.phases, m_current.phases, id); }
    std::string stepName(const std::string& id) const { return nameOf(m_desired.steps, m_current.steps, id); }
    std::string channelName(const std::string& id) const
    {
        return nameOf(m_desired.channels, m_current.channels, id);
    }
    std::string segmentName(const std::string& id) const
    {
        return nameOf(m_desired.segments, m_current.segments, id);
    }

    long teamRank(const std::string& id) const
    {
        if (id.empty())
            return kLast;
        for (std::size_t i = 0; i < m_desired.teams.size(); ++i)
            if (m_desired.teams[i].id == id)
                return static_cast<long>(i);
        for (std::size_t i = 0; i < m_current.teams.size(); ++i)
            if (m_current.teams[i].id == id)
                return static_cast<long>(m_desired.teams.size() + i);
        return kLast - 1; // a team neither process defines: still before "no team"
    }

    long phaseRank(const std::string& desiredPhaseId) const
    {
        const int index = m_desired.phaseIndex(desiredPhaseId);
        return index < 0 ? kLast : index;
    }

    /// Process order of a desired step: its phase, then its row.
    std::pair<long, long> stepPosition(const std::string& desiredStepId) const
    {
        const auto it = m_desiredStepIndex.find(desiredStepId);
        if (it == m_desiredStepIndex.end())
            return {kLast, kLast};
        return {phaseRank(m_desired.steps[it->second].phase), static_cast<long>(it->second)};
    }

    std::string desiredTeamOf(const std::string& desiredStepId) const
    {
        const auto it = m_desiredStepIndex.find(desiredStepId);
        return it == m_desiredStepIndex.end() ? std::string() : m_desired.steps[it->second].team;
    }

    void add(Change change, long section, long major, long minor, long detail = 0)
    {
        Entry e;
        e.team = teamRank(change.receivingTeam());
        e.section = section;
        e.major = major;
        e.minor = minor;
        e.detail = detail;
        e.change = std::move(change);
        m_entries.push_back(std::move(e));
    }

    static Change make(ChangeKind kind, std::vector<std::string> ids, std::vector<std::string> names)
    {
        Change c;
        c.kind = kind;
        c.ids = std::move(ids);
        c.names = std::move(names);
        return c;
    }

    static void setGaining(Change& c, const std::string& id, std::string name)
    {
        if (id.empty())
            return;
        c.gainingTeam = id;
        c.gainingTeamName = std::move(name);
    }
    static void setLosing(Change& c, const std::string& id, std::string name)
    {
        if (id.empty())
            return;
        c.losingTeam = id;
        c.losingTeamName = std::move(name);
    }
    static void setTeam(Change& c, const std::string& id, std::string name)
    {
        if (id.empty())
            return;
        c.team = id;
        c.teamName = std::move(name);
    }

    // ---- the changes ---------------------------------------------------------------------------

    void compareTeams()
    {
        for (std::size_t d : m_addedTeams) {
            const Team& t = m_desired.teams[d];
            Change c = make(ChangeKind::TeamAdded, {t.id}, {teamName(t.id)});
            setTeam(c, t.id, teamName(t.id));
            c.key = std::string("team-added:") + t.id;
            c.sentence = say("New team: {0}.", "Nieuw team: {0}.", {c.teamName});
            add(std::move(c), 0, 0, 0);
        }
        for (std::size_t i : m_removedTeams) {
            const Team& t = m_current.teams[i];
            Change c = make(ChangeKind::TeamRemoved, {t.id}, {teamName(t.id)});
            setTeam(c, t.id, teamName(t.id));
            c.key = std::string("team-removed:") + t.id;
            c.sentence = say("Team {0} is discontinued.", "Team {0} verdwijnt.", {c.teamName});
            add(std::move(c), 0, 0, 0);
        }
    }

    void compareSteps()
    {
        for (std::size_t d = 0; d < m_desired.steps.size(); ++d) {
            const Step& want = m_desired.steps[d];
            const auto [phase, row] = stepPosition(want.id);
            const std::string label = Text::quote(want.name.empty() ? want.id : want.name);
            if (!m_steps.desiredMatched(d)) {
                Change c = make(ChangeKind::StepAdded, {want.id}, {stepName(want.id)});
                c.after = phaseName(want.phase);
                setGaining(c, want.team, teamName(want.team));
                c.key = "step-added:" + want.id;
                if (want.team.empty())
                    c.sentence = say("New step {0} in the phase {1}, without a team yet.",
                                     "Nieuwe stap {0} in de fase {1}, nog zonder team.", {label, c.after});
                else
                    c.sentence = say("New step {0} for {1} in the phase {2}.",
                                     "Nieuwe stap {0} voor {1} in de fase {2}.", {label, teamName(want.team), c.after});
                add(std::move(c), 1, phase, row);
                continue;
            }
            const Step& have = m_current.steps[m_steps.currentOf(d)];
            const std::string& oldTeam = mapped(m_teamIds, have.team);
            if (oldTeam != want.team) {
                Change c = make(ChangeKind::StepMovedTeam, {want.id}, {stepName(want.id)});
                c.before = teamName(oldTeam);
                c.after = teamName(want.team);
                setGaining(c, want.team, c.after);
                setLosing(c, oldTeam, c.before);
                c.key = "step-moved-team:" + want.id + ":" + oldTeam + "->" + want.team;
                c.sentence = say("{0} moves from {1} to {2}.", "{0} gaat van {1} naar {2}.", {label, c.before, c.after});
                add(std::move(c), 1, phase, row);
            }
            const std::string& oldPhase = mapped(m_phaseIds, have.phase);
            if (oldPhase != want.phase) {
                Change c = make(ChangeKind::StepMovedPhase, {want.id}, {stepName(want.id)});
                c.before = phaseName(oldPhase);
                c.after = phaseName(want.phase);
                setTeam(c, want.team, teamName(want.team));
                c.key = "step-moved-phase:" + want.id + ":" + oldPhase + "->" + want.phase;
                c.sentence = say("{0} moves from the phase {1} to {2}.", "{0} schuift van de fase {1} naar {2}.",
                                 {label, c.before, c.after});
                add(std::move(c), 1, phase, row);
            }
            if (StepName::exactKey(have.name) != StepName::exactKey(want.name)) {
                Change c = make(ChangeKind::StepRenamed, {want.id}, {stepName(want.id)});
                c.before = have.name;
                c.after = want.name;
                setTeam(c, want.team, teamName(want.team));
                c.key = "step-renamed:" + want.id;
                c.sentence = say("{0} is now called {1}.", "{0} heet voortaan {1}.",
                                 {Text::quote(have.name), Text::quote(want.name)});
                add(std::move(c), 1, phase, row);
            }
        }

        for (std::size_t i = 0; i < m_current.steps.size(); ++i) {
            if (m_steps.currentMatched(i))
                continue;
            const Step& gone = m_current.steps[i];
            const std::string& team = mapped(m_teamIds, gone.team);
            const std::string& phase = mapped(m_phaseIds, gone.phase);
            Change c = make(ChangeKind::StepRemoved, {gone.id}, {stepName(gone.id)});
            c.before = phaseName(phase);
            setLosing(c, team, teamName(team));
            c.key = "step-removed:" + gone.id;
            const std::string label = Text::quote(gone.name.empty() ? gone.id : gone.name);
            if (team.empty())
                c.sentence = say("Step {0} is dropped.", "Stap {0} vervalt.", {label});
            else
                c.sentence = say("Step {0} of {1} is dropped.", "Stap {0} van {1} vervalt.", {label, teamName(team)});
            // Removed steps follow the desired steps of their phase.
            add(std::move(c), 1, phaseRank(phase), static_cast<long>(m_desired.steps.size() + i));
        }
    }

    /// Both ends are steps that both processes have: arrows of added or removed steps are part
    /// of that step's change.
    bool bothEndsKept(const std::string& from, const std::string& to) const
    {
        const auto kept = [this](const std::string& desiredId) {
            const auto it = m_desiredStepIndex.find(desiredId);
            return it != m_desiredStepIndex.end() && m_steps.desiredMatched(it->second);
        };
        return kept(from) && kept(to);
    }

    /// True when the process runs from one kept step to another through steps only it has:
    /// the arrow between the two in the other process is replaced by an added step (or
    /// stands in for a removed one), which that step's change already says.
    template <class IsOwn>
    static bool throughOwnSteps(const Neighbours& n, std::size_t from, std::size_t to, IsOwn isOwn)
    {
        std::vector<std::size_t> queue;
        std::unordered_set<std::size_t> seen;
        for (std::size_t next : n.after[from])
            if (isOwn(next) && seen.insert(next).second)
                queue.push_back(next);
        while (!queue.empty()) {
            const std::size_t step = queue.back();
            queue.pop_back();
            for (std::size_t next : n.after[step]) {
                if (next == to)
                    return true;
                if (isOwn(next) && seen.insert(next).second)
                    queue.push_back(next);
            }
        }
        return false;
    }

    /// A desired arrow missing today because today's process has a removed step in between.
    bool bypassesRemovedStep(const std::string& from, const std::string& to) const
    {
        const std::size_t f = m_steps.currentOf(m_desiredStepIndex.at(from));
        const std::size_t t = m_steps.currentOf(m_desiredStepIndex.at(to));
        return throughOwnSteps(m_currentNeighbours, f, t, [this](std::size_t c) { return !m_steps.currentMatched(c); });
    }

    /// A current arrow gone because the desired process puts an added step in between.
    bool bypassesAddedStep(const std::string& from, const std::string& to) const
    {
        return throughOwnSteps(m_desiredNeighbours, m_desiredStepIndex.at(from), m_desiredStepIndex.at(to),
                               [this](std::size_t d) { return !m_steps.desiredMatched(d); });
    }

    void compareArrows()
    {
        std::map<std::pair<std::string, std::string>, const Arrow*> current;
        for (const Arrow& a : m_current.arrows)
            current.emplace(std::make_pair(mapped(m_stepIds, a.from), mapped(m_stepIds, a.to)), &a);
        std::map<std::pair<std::string, std::string>, const Arrow*> desired;
        for (const Arrow& a : m_desired.arrows)
            desired.emplace(std::make_pair(a.from, a.to), &a);

        for (const Arrow& a : m_desired.arrows) {
            const auto pair = std::make_pair(a.from, a.to);
            if (desired.at(pair) != &a || !bothEndsKept(a.from, a.to))
                continue;
            const auto [phase, row] = stepPosition(a.from);
            const long target = stepPosition(a.to).second;
            const std::string from = Text::quote(stepName(a.from)), to = Text::quote(stepName(a.to));
            const auto found = current.find(pair);
            if (found == current.end()) {
                if (bypassesRemovedStep(a.from, a.to))
                    continue;
                Change c = make(ChangeKind::ArrowAdded, {a.from, a.to}, {stepName(a.from), stepName(a.to)});
                c.after = a.handover;
                setTeam(c, desiredTeamOf(a.to), teamName(desiredTeamOf(a.to)));
                c.key = "arrow-added:" + a.from + "->" + a.to;
                c.sentence = say("After {0} the work now goes to {1}.", "Na {0} gaat het werk voortaan naar {1}.",
                                 {from, to});
                add(std::move(c), 1, phase, row, target);
                continue;
            }
            const std::string& before = found->second->handover;
            if (StepName::exactKey(before) == StepName::exactKey(a.handover))
                continue;
            Change c = make(ChangeKind::HandoverChanged, {a.from, a.to}, {stepName(a.from), stepName(a.to)});
            c.before = before;
            c.after = a.handover;
            setTeam(c, desiredTeamOf(a.to), teamName(desiredTeamOf(a.to)));
            c.key = "handover-changed:" + a.from + "->" + a.to;
            if (before.empty())
                c.sentence = say("The handover from {0} to {1} gets criteria: {2}.",
                                 "De overdracht van {0} naar {1} krijgt criteria: {2}.",
                                 {from, to, Text::quote(a.handover)});
            else if (a.handover.empty())
                c.sentence = say("The handover from {0} to {1} no longer has criteria (were: {2}).",
                                 "De overdracht van {0} naar {1} heeft geen criteria meer (was: {2}).",
                                 {from, to, Text::quote(before)});
            else
                c.sentence = say("The handover from {0} to {1} gets new criteria: {2} (were: {3}).",
                                 "De overdracht van {0} naar {1} krijgt nieuwe criteria: {2} (was: {3}).",
                                 {from, to, Text::quote(a.handover), Text::quote(before)});
            add(std::move(c), 1, phase, row, target);
        }

        for (const Arrow& a : m_current.arrows) {
            const auto pair = std::make_pair(mapped(m_stepIds, a.from), mapped(m_stepIds, a.to));
            if (current.at(pair) != &a || desired.count(pair) || !bothEndsKept(pair.first, pair.second) ||
                bypassesAddedStep(pair.first, pair.second))
                continue;
            const auto [phase, row] = stepPosition(pair.first);
            Change c = make(ChangeKind::ArrowRemoved, {pair.first, pair.second},
                            {stepName(pair.first), stepName(pair.second)});
            c.before = a.handover;
            setTeam(c, desiredTeamOf(pair.second), teamName(desiredTeamOf(pair.second)));
            c.key = "arrow-removed:" + pair.first + "->" + pair.second;
            c.sentence = say("After {0} the work no longer goes to {1}.", "Na {0} gaat het werk niet langer naar {1}.",
                             {Text::quote(stepName(pair.first)), Text::quote(stepName(pair.second))});
            add(std::move(c), 1, phase, row, stepPosition(pair.second).second);
        }
    }

    /// A route's place: channel x segment x condition, in desired ids.
    using RouteId = std::tuple<std::string, std::string, std::string>;

    std::string routeKey(const RouteId& id) const
    {
        const auto& [channel, segment, condition] = id;
        return channel + ":" + segment + (condition.empty() ? "" : ":" + condition);
    }

    std::string routeLabel(const std::string& channel, const std::string& segment, const std::string& condition) const
    {
        return channelName(channel) + " (" + segmentName(segment) + (condition.empty() ? "" : ", " + condition) + ")";
    }

    long channelRank(const std::string& id) const
    {
        for (std::size_t i = 0; i < m_desired.channels.size(); ++i)
            if (m_desired.channels[i].id == id)
                return static_cast<long>(i);
        for (std::size_t i = 0; i < m_current.channels.size(); ++i)
            if (m_current.channels[i].id == id)
                return static_cast<long>(m_desired.channels.size() + i);
        return kLast;
    }

    long segmentRank(const std::string& id) const
    {
        for (std::size_t i = 0; i < m_desired.segments.size(); ++i)
            if (m_desired.segments[i].id == id)
                return static_cast<long>(i);
        for (std::size_t i = 0; i < m_current.segments.size(); ++i)
            if (m_current.segments[i].id == id)
                return static_cast<long>(m_desired.segments.size() + i);
        return kLast;
    }

    std::string responseTime(const std::string& text) const { return text.empty() ? (nl() ? "geen" : "none") : text; }

    void compareRoutes()
    {
        std::map<RouteId, std::size_t> current;
        for (std::size_t i = 0; i < m_current.routes.size(); ++i) {
            const Route& r = m_current.routes[i];
            current.emplace(RouteId{mapped(m_channelIds, r.channel), mapped(m_segmentIds, r.segment), slug(r.condition)}, i);
        }
        std::map<RouteId, std::size_t> desired;
        for (std::size_t i = 0; i < m_desired.routes.size(); ++i) {
            const Route& r = m_desired.routes[i];
            desired.emplace(RouteId{r.channel, r.segment, slug(r.condition)}, i);
        }

        for (std::size_t i = 0; i < m_desired.routes.size(); ++i) {
            const Route& want = m_desired.routes[i];
            const RouteId id{want.channel, want.segment, slug(want.condition)};
            if (desired.at(id) != i)
                continue; // a double route: the checker reports it
            const std::string label = routeLabel(want.channel, want.segment, want.condition);
            const long channel = channelRank(want.channel), segment = segmentRank(want.segment);
            const auto found = current.find(id);
            if (found == current.end()) {
                Change c = make(ChangeKind::RouteAdded, {want.channel, want.segment},
                                {channelName(want.channel), segmentName(want.segment)});
                c.condition = want.condition;
                c.after = want.responseTime;
                setGaining(c, want.team, teamName(want.team));
                c.key = "route-added:" + routeKey(id);
                c.sentence = say("Contacts via {0} now go to {1}.", "Contacten via {0} komen voortaan bij {1}.",
                                 {label, teamName(want.team)});
                add(std::move(c), 2, channel, segment, static_cast<long>(i));
                continue;
            }
            const Route& have = m_current.routes[found->second];
            const std::string& oldTeam = mapped(m_teamIds, have.team);
            if (oldTeam != want.team) {
                Change c = make(ChangeKind::RouteChangedTeam, {want.channel, want.segment},
                                {channelName(want.channel), segmentName(want.segment)});
                c.condition = want.condition;
                c.before = teamName(oldTeam);
                c.after = teamName(want.team);
                setGaining(c, want.team, c.after);
                setLosing(c, oldTeam, c.before);
                c.key = "route-changed-team:" + routeKey(id) + ":" + oldTeam + "->" + want.team;
                c.sentence = say("Contacts via {0} now go to {1} instead of {2}.",
                                 "Contacten via {0} komen voortaan bij {1} in plaats van bij {2}.",
                                 {label, c.after, c.before});
                add(std::move(c), 2, channel, segment, static_cast<long>(i));
            }
            if (!sameResponseTime(have.responseTime, want.responseTime)) {
                Change c = make(ChangeKind::RouteChangedResponseTime, {want.channel, want.segment},
                                {channelName(want.channel), segmentName(want.segment)});
                c.condition = want.condition;
                c.before = have.responseTime;
                c.after = want.responseTime;
                setTeam(c, want.team, teamName(want.team));
                c.key = "route-changed-response-time:" + routeKey(id);
                c.sentence = say("Contacts via {0}: response time {1} instead of {2}.",
                                 "Contacten via {0}: reactietijd {1} in plaats van {2}.",
                                 {label, responseTime(want.responseTime), responseTime(have.responseTime)});
                add(std::move(c), 2, channel, segment, static_cast<long>(i));
            }
        }

        for (std::size_t i = 0; i < m_current.routes.size(); ++i) {
            const Route& gone = m_current.routes[i];
            const RouteId id{mapped(m_channelIds, gone.channel), mapped(m_segmentIds, gone.segment), slug(gone.condition)};
            if (current.at(id) != i || desired.count(id))
                continue;
            const auto& [channel, segment, condition] = id;
            const std::string& team = mapped(m_teamIds, gone.team);
            Change c = make(ChangeKind::RouteRemoved, {channel, segment}, {channelName(channel), segmentName(segment)});
            c.condition = gone.condition;
            c.before = gone.responseTime;
            setLosing(c, team, teamName(team));
            c.key = "route-removed:" + routeKey(id);
            c.sentence = say("Contacts via {0} no longer go to {1}.", "Contacten via {0} komen niet langer bij {1}.",
                             {routeLabel(channel, segment, gone.condition), teamName(team)});
            add(std::move(c), 2, channelRank(channel), segmentRank(segment),
                static_cast<long>(m_desired.routes.size() + i));
        }
    }

    const Process& m_current;
    const Process& m_desired;
    Neighbours m_currentNeighbours;
    Neighbours m_desiredNeighbours;
    std::vector<NeighbourKeys> m_currentNeighbourKeys;
    std::vector<NeighbourKeys> m_desiredNeighbourKeys;
    Matching m_steps;
    std::unordered_map<std::string, std::string> m_teamIds, m_phaseIds, m_segmentIds, m_channelIds, m_stepIds;
    std::unordered_map<std::string, std::size_t> m_desiredStepIndex;
    std::vector<std::size_t> m_addedTeams, m_removedTeams;
    std::vector<Entry> m_entries;
};

} // namespace

std::vector<Change> ProcessComparison::compare(const Process& current, const Process& desired)
{
    return Comparer(current, desired).run();
}

} // namespace salesprocess
