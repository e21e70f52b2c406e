#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/ActionPlanner.hpp"
#include "core/ProcessComparison.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using namespace salesprocess;
using salesprocess::test::smallProcess;
using salesprocess::test::stepById;

namespace {

const PlanSettings kSettings{"2026-03-02", 4}; // a Monday; never the clock

Process defaultTemplate()
{
    return ProcessFile::load(test::templatePath("b2b-field-sales", "nl")).process;
}

/// Today field sales qualifies leads and books its own visits, and web form prospects reach nobody.
Process before()
{
    Process p = defaultTemplate();
    stepById(p, "qualify").team = "field";
    stepById(p, "plan-visit").team = "field";
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(),
                                  [](const Route& r) { return r.channel == "webform" && r.segment == "prospect"; }),
                   p.routes.end());
    return p;
}

std::vector<std::string> origins(const std::vector<Action>& actions)
{
    std::vector<std::string> out;
    for (const Action& a : actions)
        out.push_back(a.origin);
    return out;
}

Change change(ChangeKind kind, std::vector<std::string> ids, std::vector<std::string> names, std::string key)
{
    Change c;
    c.kind = kind;
    c.ids = std::move(ids);
    c.names = std::move(names);
    c.key = std::move(key);
    return c;
}

} // namespace

TEST_CASE("one open action per change, owned by the lead of the receiving team", "[actions]")
{
    const Process desired = defaultTemplate();
    const auto changes = ProcessComparison::compare(before(), desired);
    REQUIRE(changes.size() == 3);
    const ActionPlan plan = ActionPlanner::plan(changes, desired, {}, {}, kSettings);

    CHECK(origins(plan.actions) == std::vector<std::string>{"step-moved-team:qualify:field->inside",
                                                            "step-moved-team:plan-visit:field->inside",
                                                            "route-added:webform:prospect"});
    CHECK(plan.proposedKeys == std::set<std::string>{"step-moved-team:qualify:field->inside",
                                                     "step-moved-team:plan-visit:field->inside",
                                                     "route-added:webform:prospect"});
    const Action& qualify = plan.actions[0];
    CHECK(qualify.description == "Overdracht van \"Lead kwalificeren\" naar Binnendienst regelen: werkinstructie "
                                 "bijwerken en team instrueren");
    CHECK(qualify.owner == "Sanne de Vries"); // lead of Binnendienst, which takes the work on
    CHECK(qualify.deadline == "2026-03-30");
    CHECK(qualify.status == ActionStatus::Open);
    const Action& web = plan.actions[2];
    CHECK(web.description == "Contacten via Webformulier (Prospect) naar Binnendienst leiden: routering instellen, "
                             "reactietijd binnen 4 uur afspreken en team instrueren");
    CHECK(web.owner == "Sanne de Vries");
}

TEST_CASE("the owner is the team when the desired process knows no lead", "[actions]")
{
    Process current = smallProcess();
    stepById(current, "qualify").team = "field";
    Process desired = smallProcess();
    const auto changes = ProcessComparison::compare(current, desired);

    CHECK(ActionPlanner::plan(changes, desired, {}, {}, kSettings).actions.at(0).owner == "Anna");
    desired.people.clear();
    CHECK(ActionPlanner::plan(changes, desired, {}, {}, kSettings).actions.at(0).owner == "inside");
    desired.people = {{"Anna", "inside", "Sales rep", false}, {"Bram", "field", "Account manager", true}};
    CHECK(ActionPlanner::plan(changes, desired, {}, {}, kSettings).actions.at(0).owner == "inside");
}

TEST_CASE("owners of changes within a team, of removals and of teams that disappear", "[actions]")
{
    Process desired = smallProcess();
    desired.people.push_back({"Carla", "field", "Sales manager", false});

    Change phase = change(ChangeKind::StepMovedPhase, {"quote"}, {"Prepare the quote"}, "step-moved-phase:quote:a->b");
    phase.team = "field";
    CHECK(ActionPlanner::owner(phase, desired) == "Bram");

    Change removed = change(ChangeKind::StepRemoved, {"fax"}, {"Fax"}, "step-removed:fax");
    removed.losingTeam = "inside";
    CHECK(ActionPlanner::owner(removed, desired) == "Anna");

    // A team that disappears owns nothing: the process owner does, when that is a person.
    Change gone = change(ChangeKind::TeamRemoved, {"tele"}, {"Telemarketing"}, "team-removed:tele");
    gone.team = "tele";
    CHECK(ActionPlanner::owner(gone, desired).empty());
    desired.owner = "Carla";
    CHECK(ActionPlanner::owner(gone, desired) == "Carla");

    // A step moving away from a team that disappears: the receiving team's lead.
    Change moved = change(ChangeKind::StepMovedTeam, {"qualify"}, {"Qualify the lead"},
                          "step-moved-team:qualify:tele->field");
    moved.gainingTeam = "field";
    moved.losingTeam = "tele";
    CHECK(ActionPlanner::owner(moved, desired) == "Bram");
}

TEST_CASE("deadlines are today plus N weeks", "[actions]")
{
    Process current = smallProcess();
    stepById(current, "qualify").team = "field";
    const Process desired = smallProcess();
    const auto changes = ProcessComparison::compare(current, desired);
    const auto deadline = [&](const std::string& today, int weeks) {
        return ActionPlanner::plan(changes, desired, {}, {}, PlanSettings{today, weeks}).actions.at(0).deadline;
    };
    CHECK(deadline("2026-03-02", 4) == "2026-03-30");
    CHECK(deadline("2026-03-02", 0) == "2026-03-02");
    CHECK(deadline("2026-12-15", 3) == "2027-01-05");
    CHECK(deadline("2028-02-08", 3) == "2028-02-29");
    CHECK(PlanSettings{}.weeks == 4);

    CHECK_THROWS_AS(deadline("", 4), std::invalid_argument);
    CHECK_THROWS_AS(deadline("2026-02-30", 4), std::invalid_argument);
    CHECK_THROWS_AS(deadline("2026-03-02", -1), std::invalid_argument);
    Process dutch = desired;
    dutch.language = "nl";
    CHECK_THROWS_WITH(ActionPlanner::plan(changes, dutch, {}, {}, PlanSettings{"morgen", 4}),
                      "\"morgen\" is geen datum (JJJJ-MM-DD) om als vandaag te nemen.");
}

TEST_CASE("a re-run adds only changes that have no action yet", "[actions]")
{
    const Process desired = defaultTemplate();
    const auto changes = ProcessComparison::compare(before(), desired);
    const ActionPlan first = ActionPlanner::plan(changes, desired, {}, {}, kSettings);
    REQUIRE(first.actions.size() == 3);

    SECTION("nothing changed: nothing new")
    {
        const ActionPlan again = ActionPlanner::plan(changes, desired, first.actions, first.proposedKeys, kSettings);
        CHECK(again.actions.empty());
        CHECK(again.proposedKeys == first.proposedKeys);
    }
    SECTION("edited, sorted, done or cancelled actions count as the user left them")
    {
        std::vector<Action> edited = first.actions;
        edited[0].description = "Sanne neemt het kwalificeren over";
        edited[0].owner = "Fleur Mulder";
        edited[0].deadline = "2026-05-01";
        edited[0].status = ActionStatus::Done;
        edited[1].status = ActionStatus::Cancelled;
        edited[2].origin = "  " + edited[2].origin + "\n"; // a cell edited by hand
        std::reverse(edited.begin(), edited.end());
        // Even without the proposed keys (a workbook that lost them) nothing comes back.
        CHECK(ActionPlanner::plan(changes, desired, edited, {}, kSettings).actions.empty());
        CHECK(ActionPlanner::plan(changes, desired, edited, first.proposedKeys, kSettings).actions.empty());
    }
    SECTION("a deleted action does not come back")
    {
        std::vector<Action> left = first.actions;
        left.erase(left.begin() + 1);
        const ActionPlan again = ActionPlanner::plan(changes, desired, left, first.proposedKeys, kSettings);
        CHECK(again.actions.empty());
        CHECK(again.proposedKeys.count("step-moved-team:plan-visit:field->inside") == 1);
        // Only the proposed keys tell a deleted action from a change never proposed.
        CHECK(origins(ActionPlanner::plan(changes, desired, left, {}, kSettings).actions) ==
              std::vector<std::string>{"step-moved-team:plan-visit:field->inside"});
    }
    SECTION("a new change after an edit gets an action")
    {
        Process edited = desired;
        stepById(edited, "follow-quote").team = "field"; // the account manager now follows up his quotes
        const auto newChanges = ProcessComparison::compare(before(), edited);
        const ActionPlan again = ActionPlanner::plan(newChanges, edited, first.actions, first.proposedKeys, kSettings);
        REQUIRE(origins(again.actions) == std::vector<std::string>{"step-moved-team:follow-quote:inside->field"});
        const Action& a = again.actions[0];
        CHECK(a.owner == "Martijn Jansen");
        CHECK(a.description == "Overdracht van \"Offerte nabellen\" naar Buitendienst regelen: werkinstructie "
                               "bijwerken en team instrueren");
        CHECK(again.proposedKeys.size() == 4);
        CHECK(again.proposedKeys.count("step-moved-team:follow-quote:inside->field") == 1);
    }
}

TEST_CASE("a change listed twice gets one action", "[actions]")
{
    Change c = change(ChangeKind::TeamAdded, {"tele"}, {"Telemarketing"}, "team-added:tele");
    const ActionPlan plan = ActionPlanner::plan({c, c}, smallProcess(), {}, {}, kSettings);
    CHECK(plan.actions.size() == 1);
}

TEST_CASE("every kind of change has a description usable as it is, in both languages", "[actions]")
{
    const std::vector<Change> changes = {
        change(ChangeKind::StepAdded, {"s"}, {"Check the credit"}, "k"),
        change(ChangeKind::StepRemoved, {"s"}, {"Fax the order"}, "k"),
        change(ChangeKind::StepMovedTeam, {"s"}, {"Qualify the lead"}, "k"),
        change(ChangeKind::StepMovedPhase, {"s"}, {"Qualify the lead"}, "k"),
        change(ChangeKind::StepRenamed, {"s"}, {"Qualify the lead"}, "k"),
        change(ChangeKind::ArrowAdded, {"a", "b"}, {"Qualify the lead", "Book the visit"}, "k"),
        change(ChangeKind::ArrowRemoved, {"a", "b"}, {"Qualify the lead", "Book the visit"}, "k"),
        change(ChangeKind::HandoverChanged, {"a", "b"}, {"Qualify the lead", "Book the visit"}, "k"),
        change(ChangeKind::RouteChangedTeam, {"web", "prospect"}, {"Web form", "Prospect"}, "k"),
        change(ChangeKind::RouteChangedResponseTime, {"web", "prospect"}, {"Web form", "Prospect"}, "k"),
        change(ChangeKind::RouteAdded, {"web", "prospect"}, {"Web form", "Prospect"}, "k"),
        change(ChangeKind::RouteRemoved, {"web", "prospect"}, {"Web form", "Prospect"}, "k"),
        change(ChangeKind::TeamAdded, {"tele"}, {"Telemarketing"}, "k"),
        change(ChangeKind::TeamRemoved, {"tele"}, {"Telemarketing"}, "k"),
    };
    std::set<std::string> english, dutch;
    for (Change c : changes) {
        INFO(toString(c.kind));
        c.gainingTeamName = "Inside sales";
        c.losingTeamName = "Field sales";
        c.teamName = "Inside sales";
        c.before = "Old value";
        c.after = "New value";
        const std::string en = ActionPlanner::description(c, "en");
        const std::string nl = ActionPlanner::description(c, "nl");
        CHECK(en != nl);
        CHECK(en.find("{") == std::string::npos);
        CHECK(nl.find("{") == std::string::npos);
        CHECK(en.find(':') != std::string::npos); // what, then how
        CHECK(nl.find(':') != std::string::npos);
        const std::string named = c.kind == ChangeKind::StepRenamed ? "New value" : c.names.front();
        CHECK(en.find(named) != std::string::npos);
        CHECK(nl.find(named) != std::string::npos);
        english.insert(en);
        dutch.insert(nl);
    }
    CHECK(english.size() == changes.size()); // tailored per kind
    CHECK(dutch.size() == changes.size());

    Change route = changes[8];
    route.condition = "outside office hours";
    route.gainingTeamName = "Inside sales";
    route.losingTeamName = "Field sales";
    CHECK(ActionPlanner::description(route, "en") ==
          "Route contacts via Web form (Prospect, outside office hours) to Inside sales: change the routing in the "
          "phone system, mailbox or CRM and brief Inside sales and Field sales");
    Change handover = changes[7];
    handover.after = "Budget known";
    CHECK(ActionPlanner::description(handover, "nl") ==
          "Overdrachtscriteria van \"Qualify the lead\" naar \"Book the visit\" afspreken en vastleggen: "
          "\"Budget known\"");
}
