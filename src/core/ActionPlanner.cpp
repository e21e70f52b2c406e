#include "ActionPlanner.hpp"

#include "Date.hpp"
#include "Text.hpp"

#include <stdexcept>

namespace salesprocess {

namespace {

/// The name of the i-th thing a change involves (its id when it has no name).
std::string nameAt(const Change& change, std::size_t i)
{
    if (i < change.names.size() && !change.names[i].empty())
        return change.names[i];
    return i < change.ids.size() ? change.ids[i] : std::string();
}

/// "Webformulier (Prospect)" or "Telefoon (Klant, buiten kantooruren)".
std::string routeLabel(const Change& change)
{
    return nameAt(change, 0) + " (" + nameAt(change, 1) +
           (change.condition.empty() ? "" : ", " + change.condition) + ")";
}

std::string orTeam(const std::string& name, bool nl)
{
    return name.empty() ? (nl ? "het team" : "the team") : name;
}

const Person* leadOf(const Process& process, const std::string& teamId)
{
    for (const Person& person : process.people)
        if (person.lead && person.team == teamId && !person.name.empty())
            return &person;
    return nullptr;
}

} // namespace

std::string ActionPlanner::description(const Change& c, const std::string& language)
{
    const bool nl = language == "nl";
    const auto say = [&language](const char* english, const char* dutch, std::initializer_list<std::string> args) {
        return Text::say(language, english, dutch, args);
    };
    const std::string first = Text::quote(nameAt(c, 0)), second = Text::quote(nameAt(c, 1));

    switch (c.kind) {
    case ChangeKind::StepAdded:
        return say("Introduce the new step {0} in {1}: write the work instruction and brief the team",
                   "Nieuwe stap {0} invoeren bij {1}: werkinstructie schrijven en team instrueren",
                   {first, orTeam(c.gainingTeamName, nl)});
    case ChangeKind::StepRemoved:
        return say("Stop the step {0} in {1}: update the work instruction and checklist and inform the team",
                   "Stap {0} bij {1} afschaffen: werkinstructie en checklist aanpassen en team informeren",
                   {first, orTeam(c.losingTeamName, nl)});
    case ChangeKind::StepMovedTeam:
        return say("Arrange the handover of {0} to {1}: update the work instruction and brief the team",
                   "Overdracht van {0} naar {1} regelen: werkinstructie bijwerken en team instrueren",
                   {first, orTeam(c.gainingTeamName, nl)});
    case ChangeKind::StepMovedPhase:
        return say("Move {0} to the phase {1}: adjust the planning and the work instruction",
                   "{0} verplaatsen naar de fase {1}: planning en werkinstructie aanpassen", {first, c.after});
    case ChangeKind::StepRenamed:
        return say("Rename {0} to {1}: update the CRM, work instructions and checklists",
                   "{0} hernoemen naar {1}: CRM, werkinstructies en checklists bijwerken",
                   {Text::quote(c.before), Text::quote(c.after)});
    case ChangeKind::ArrowAdded:
        if (c.after.empty())
            return say("Introduce the step from {0} to {1}: agree when the work passes on and brief the team",
                       "Overgang van {0} naar {1} invoeren: afspreken wanneer het werk doorgaat en team instrueren",
                       {first, second});
        return say("Introduce the step from {0} to {1}: agree the handover criteria {2} and brief the team",
                   "Overgang van {0} naar {1} invoeren: overdrachtscriteria {2} afspreken en team instrueren",
                   {first, second, Text::quote(c.after)});
    case ChangeKind::ArrowRemoved:
        return say("Stop passing work from {0} to {1}: update the work instruction and inform the team",
                   "Overgang van {0} naar {1} afschaffen: werkinstructie aanpassen en team informeren",
                   {first, second});
    case ChangeKind::HandoverChanged:
        if (c.after.empty())
            return say("Drop the handover criteria from {0} to {1} and inform both teams",
                       "Overdrachtscriteria van {0} naar {1} laten vervallen en beide teams informeren",
                       {first, second});
        return say("Agree and record the handover criteria from {0} to {1}: {2}",
                   "Overdrachtscriteria van {0} naar {1} afspreken en vastleggen: {2}",
                   {first, second, Text::quote(c.after)});
    case ChangeKind::RouteChangedTeam:
        return say("Route contacts via {0} to {1}: change the routing in the phone system, mailbox or CRM and "
                   "brief {1} and {2}",
                   "Contacten via {0} voortaan naar {1} leiden: routering in telefooncentrale, mailbox of CRM "
                   "aanpassen en {1} en {2} instrueren",
                   {routeLabel(c), orTeam(c.gainingTeamName, nl), orTeam(c.losingTeamName, nl)});
    case ChangeKind::RouteChangedResponseTime:
        if (c.after.empty())
            return say("Drop the response time for contacts via {0} and inform {1}",
                       "Reactietijd voor contacten via {0} laten vervallen en {1} informeren",
                       {routeLabel(c), orTeam(c.teamName, nl)});
        return say("Introduce the response time {1} for contacts via {0} in {2}: agree it, monitor it and brief "
                   "the team",
                   "Reactietijd {1} voor contacten via {0} invoeren bij {2}: afspreken, bewaken en team instrueren",
                   {routeLabel(c), c.after, orTeam(c.teamName, nl)});
    case ChangeKind::RouteAdded:
        if (c.after.empty())
            return say("Route contacts via {0} to {1}: set up the routing and brief the team",
                       "Contacten via {0} naar {1} leiden: routering instellen en team instrueren",
                       {routeLabel(c), orTeam(c.gainingTeamName, nl)});
        return say("Route contacts via {0} to {1}: set up the routing, agree the response time {2} and brief the team",
                   "Contacten via {0} naar {1} leiden: routering instellen, reactietijd {2} afspreken en team "
                   "instrueren",
                   {routeLabel(c), orTeam(c.gainingTeamName, nl), c.after});
    case ChangeKind::RouteRemoved:
        return say("Stop routing contacts via {0} to {1}: change the routing and inform the team",
                   "Contacten via {0} niet langer naar {1} leiden: routering aanpassen en team informeren",
                   {routeLabel(c), orTeam(c.losingTeamName, nl)});
    case ChangeKind::TeamAdded:
        return say("Set up the team {0}: appoint a lead, hand out tasks and checklists",
                   "Team {0} opzetten: teamleider aanwijzen, taken en checklists uitreiken", {nameAt(c, 0)});
    case ChangeKind::TeamRemoved:
        return say("Wind up the team {0}: hand over running work and give its people a new place",
                   "Team {0} opheffen: lopend werk overdragen en medewerkers een nieuwe plek geven",
                   {nameAt(c, 0)});
    }
    return c.sentence;
}

std::string ActionPlanner::owner(const Change& change, const Process& desired)
{
    // The receiving team first; a team that disappears cannot own the action.
    for (const std::string* team : {&change.gainingTeam, &change.team, &change.losingTeam}) {
        if (team->empty() || !desired.findTeam(*team))
            continue;
        const Person* lead = leadOf(desired, *team);
        return lead ? lead->name : *team;
    }
    return desired.findPerson(desired.owner) ? desired.owner : std::string();
}

ActionPlan ActionPlanner::plan(const std::vector<Change>& changes, const Process& desired,
                               const std::vector<Action>& existing, const std::set<std::string>& proposedBefore,
                               const PlanSettings& settings)
{
    const std::optional<Date> today = Date::parse(settings.today);
    if (!today)
        throw std::invalid_argument(Text::say(desired.language, "{0} is not a date (YYYY-MM-DD) to take as today.",
                                              "{0} is geen datum (JJJJ-MM-DD) om als vandaag te nemen.",
                                              {Text::quote(settings.today)}));
    if (settings.weeks < 0)
        throw std::invalid_argument(Text::say(desired.language, "The deadline cannot be {0} weeks from today.",
                                              "De deadline kan niet {0} weken na vandaag liggen.",
                                              {std::to_string(settings.weeks)}));
    const std::string deadline = today->plusDays(7L * settings.weeks).toIso();

    ActionPlan plan;
    plan.proposedKeys = proposedBefore;
    std::set<std::string> covered; // changes that have an action, as the user left it
    for (const Action& a : existing) {
        const auto begin = a.origin.find_first_not_of(" \t\r\n");
        if (begin != std::string::npos)
            covered.insert(a.origin.substr(begin, a.origin.find_last_not_of(" \t\r\n") - begin + 1));
    }

    for (const Change& change : changes) {
        if (change.key.empty())
            continue;
        const bool isNew = !covered.count(change.key) && !proposedBefore.count(change.key);
        plan.proposedKeys.insert(change.key);
        if (!isNew)
            continue;
        covered.insert(change.key); // a key twice in the list gets one action
        Action a;
        a.description = description(change, desired.language);
        a.owner = owner(change, desired);
        a.deadline = deadline;
        a.status = ActionStatus::Open;
        a.origin = change.key;
        plan.actions.push_back(std::move(a));
    }
    return plan;
}

} // namespace salesprocess
