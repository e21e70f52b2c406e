#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/ProcessComparison.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salesprocess;
using salesprocess::test::smallProcess;
using salesprocess::test::step;
using salesprocess::test::stepById;

namespace {

std::vector<std::string> keys(const std::vector<Change>& changes)
{
    std::vector<std::string> out;
    for (const Change& c : changes)
        out.push_back(c.key);
    return out;
}

/// The one change there is; fails when there are none or more.
Change only(const std::vector<Change>& changes)
{
    INFO(Catch::Detail::stringify(keys(changes)));
    REQUIRE(changes.size() == 1);
    return changes.front();
}

Process defaultTemplate(const std::string& language)
{
    return ProcessFile::load(test::templatePath("b2b-field-sales", language)).process;
}

Route& routeOf(Process& p, const std::string& channel, const std::string& segment)
{
    auto it = std::find_if(p.routes.begin(), p.routes.end(), [&](const Route& r) {
        return r.channel == channel && r.segment == segment && r.condition.empty();
    });
    REQUIRE(it != p.routes.end());
    return *it;
}

Arrow& arrowOf(Process& p, const std::string& from, const std::string& to)
{
    auto it = std::find_if(p.arrows.begin(), p.arrows.end(),
                           [&](const Arrow& a) { return a.from == from && a.to == to; });
    REQUIRE(it != p.arrows.end());
    return *it;
}

/// Today's situation before the redesign of the default template: field sales does inside-sales
/// work (qualifying leads and booking its own visits), web form contacts from prospects reach
/// nobody and those from customers land with field sales, and no arrow has handover criteria.
Process realisticBefore(const std::string& language)
{
    Process p = defaultTemplate(language);
    stepById(p, "qualify").team = "field";
    stepById(p, "plan-visit").team = "field";
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(),
                                  [](const Route& r) { return r.channel == "webform" && r.segment == "prospect"; }),
                   p.routes.end());
    routeOf(p, "webform", "customer").team = "field";
    for (Arrow& a : p.arrows)
        a.handover.clear();
    return p;
}

/// The same process under other ids: "x-" before every id of every table, references included.
Process withOtherIds(Process p)
{
    const auto other = [](std::string& id) {
        if (!id.empty())
            id = "x-" + id;
    };
    for (Segment& s : p.segments)
        other(s.id);
    for (Phase& ph : p.phases)
        other(ph.id);
    for (Team& t : p.teams)
        other(t.id);
    for (Person& person : p.people)
        other(person.team);
    for (Step& s : p.steps) {
        other(s.id);
        other(s.phase);
        other(s.team);
        std::for_each(s.supportingTeams.begin(), s.supportingTeams.end(), other);
        std::for_each(s.segments.begin(), s.segments.end(), other);
    }
    for (Arrow& a : p.arrows) {
        other(a.from);
        other(a.to);
    }
    for (Channel& c : p.channels)
        other(c.id);
    for (Route& r : p.routes) {
        other(r.channel);
        other(r.segment);
        other(r.team);
        other(r.fallback);
    }
    return p;
}

} // namespace

TEST_CASE("a process compared with itself has no changes", "[comparison]")
{
    CHECK(ProcessComparison::compare(smallProcess(), smallProcess()).empty());
    for (const char* language : {"nl", "en"}) {
        const Process p = defaultTemplate(language);
        CHECK(keys(ProcessComparison::compare(p, p)).empty());
    }
}

TEST_CASE("what the comparison does not count as a change", "[comparison]")
{
    Process current = smallProcess();
    Step& qualify = stepById(current, "qualify");
    qualify.name = "qualify  THE lead!";        // case, spacing, punctuation
    qualify.description = "Call and ask";        // descriptions and checklists are not the process
    qualify.checklist = {"Other line"};
    qualify.supportingTeams = {"field"};         // joint work does not hand anything over
    arrowOf(current, "decide", "quote").label = "ok";
    arrowOf(current, "qualify", "decide").handover = "needs, and budget: known";
    routeOf(current, "phone", "prospect").fallback = "inside";
    routeOf(current, "mail", "customer").responseTime = "4H.";
    current.teams[0].name = "Binnendienst";     // a team renamed under its id is the same team
    current.teams[0].colour = "#000000";
    current.people.clear();
    CHECK(keys(ProcessComparison::compare(current, smallProcess())).empty());
}

TEST_CASE("step moved to another team: a responsibility changing hands", "[comparison]")
{
    Process current = smallProcess();
    stepById(current, "qualify").team = "field";
    const Change c = only(ProcessComparison::compare(current, smallProcess()));
    CHECK(c.kind == ChangeKind::StepMovedTeam);
    CHECK(c.key == "step-moved-team:qualify:field->inside");
    CHECK(c.ids == std::vector<std::string>{"qualify"});
    CHECK(c.names == std::vector<std::string>{"Qualify the lead"});
    CHECK(c.gainingTeam == "inside");
    CHECK(c.gainingTeamName == "Inside sales");
    CHECK(c.losingTeam == "field");
    CHECK(c.losingTeamName == "Field sales");
    CHECK(c.team.empty());
    CHECK(c.receivingTeam() == "inside");
    CHECK(c.sentence == "\"Qualify the lead\" moves from Field sales to Inside sales.");

    // The other way round, in Dutch.
    Process desired = current;
    desired.language = "nl";
    const Change back = only(ProcessComparison::compare(smallProcess(), desired));
    CHECK(back.key == "step-moved-team:qualify:inside->field");
    CHECK(back.sentence == "\"Qualify the lead\" gaat van Inside sales naar Field sales.");
}

TEST_CASE("step moved to another phase", "[comparison]")
{
    Process current = smallProcess();
    stepById(current, "quote").phase = "close";
    const Change c = only(ProcessComparison::compare(current, smallProcess()));
    CHECK(c.kind == ChangeKind::StepMovedPhase);
    CHECK(c.key == "step-moved-phase:quote:close->quote");
    CHECK(c.before == "Closing");
    CHECK(c.after == "Quotation");
    CHECK(c.team == "field");
    CHECK(c.gainingTeam.empty());
    CHECK(c.losingTeam.empty());
    CHECK(c.sentence == "\"Prepare the quote\" moves from the phase Closing to Quotation.");
}

TEST_CASE("step renamed, matched by id", "[comparison]")
{
    Process current = smallProcess();
    stepById(current, "quote").name = "Write an offer";
    const Change c = only(ProcessComparison::compare(current, smallProcess("nl")));
    CHECK(c.kind == ChangeKind::StepRenamed);
    CHECK(c.key == "step-renamed:quote");
    CHECK(c.before == "Write an offer");
    CHECK(c.after == "Prepare the quote");
    CHECK(c.team == "field");
    CHECK(c.sentence == "\"Write an offer\" heet voortaan \"Prepare the quote\".");
}

TEST_CASE("one step can change team, phase and name at once", "[comparison]")
{
    Process current = smallProcess();
    Step& quote = stepById(current, "quote");
    quote.team = "inside";
    quote.phase = "contact";
    quote.name = "Make an offer";
    CHECK(keys(ProcessComparison::compare(current, smallProcess())) ==
          std::vector<std::string>{"step-moved-team:quote:inside->field", "step-moved-phase:quote:contact->quote",
                                   "step-renamed:quote"});
}

TEST_CASE("step added, with its arrows", "[comparison]")
{
    Process desired = smallProcess();
    desired.steps.push_back(step("check", "Check the credit", "quote", "inside"));
    arrowOf(desired, "quote", "won").to = "check";
    desired.arrows.push_back({"check", "won", "", "Credit limit set", false});

    const Change c = only(ProcessComparison::compare(smallProcess(), desired));
    CHECK(c.kind == ChangeKind::StepAdded);
    CHECK(c.key == "step-added:check");
    CHECK(c.ids == std::vector<std::string>{"check"});
    CHECK(c.after == "Quotation");
    CHECK(c.gainingTeam == "inside");
    CHECK(c.losingTeam.empty());
    CHECK(c.sentence == "New step \"Check the credit\" for Inside sales in the phase Quotation.");
}

TEST_CASE("step removed, with its arrows", "[comparison]")
{
    Process current = smallProcess();
    current.steps.push_back(step("fax", "Fax the quote", "quote", "field"));
    arrowOf(current, "quote", "won").to = "fax";
    current.arrows.push_back({"fax", "won", "", "", false});

    Process desired = smallProcess();
    desired.language = "nl";
    const Change c = only(ProcessComparison::compare(current, desired));
    CHECK(c.kind == ChangeKind::StepRemoved);
    CHECK(c.key == "step-removed:fax");
    CHECK(c.ids == std::vector<std::string>{"fax"});
    CHECK(c.names == std::vector<std::string>{"Fax the quote"});
    CHECK(c.before == "Quotation");
    CHECK(c.losingTeam == "field");
    CHECK(c.gainingTeam.empty());
    CHECK(c.sentence == "Stap \"Fax the quote\" van Field sales vervalt.");
}

TEST_CASE("arrows added and removed between steps both processes have", "[comparison]")
{
    Process current = smallProcess();
    current.arrows.push_back({"qualify", "lost", "", "", false});
    Process desired = smallProcess();
    desired.arrows.push_back({"lead", "decide", "", "Request is complete", false});

    const auto changes = ProcessComparison::compare(current, desired);
    REQUIRE(keys(changes) == std::vector<std::string>{"arrow-removed:qualify->lost", "arrow-added:lead->decide"});
    const Change& removed = changes[0];
    CHECK(removed.kind == ChangeKind::ArrowRemoved);
    CHECK(removed.ids == std::vector<std::string>{"qualify", "lost"});
    CHECK(removed.team == "inside"); // the team the work went to
    CHECK(removed.sentence == "After \"Qualify the lead\" the work no longer goes to \"Lead lost\".");
    const Change& added = changes[1];
    CHECK(added.kind == ChangeKind::ArrowAdded);
    CHECK(added.ids == std::vector<std::string>{"lead", "decide"});
    CHECK(added.names == std::vector<std::string>{"Receive the request", "Is there a need?"});
    CHECK(added.after == "Request is complete");
    CHECK(added.team == "field");
    CHECK(added.sentence == "After \"Receive the request\" the work now goes to \"Is there a need?\".");
}

TEST_CASE("handover criteria changed", "[comparison]")
{
    SECTION("criteria where there were none")
    {
        Process current = smallProcess();
        arrowOf(current, "qualify", "decide").handover.clear();
        const Change c = only(ProcessComparison::compare(current, smallProcess("nl")));
        CHECK(c.kind == ChangeKind::HandoverChanged);
        CHECK(c.key == "handover-changed:qualify->decide");
        CHECK(c.ids == std::vector<std::string>{"qualify", "decide"});
        CHECK(c.before.empty());
        CHECK(c.after == "Needs and budget known");
        CHECK(c.team == "field");
        CHECK(c.sentence == "De overdracht van \"Qualify the lead\" naar \"Is there a need?\" krijgt criteria: "
                            "\"Needs and budget known\".");
    }
    SECTION("other criteria")
    {
        Process current = smallProcess();
        arrowOf(current, "decide", "lost").handover = "Nothing";
        const Change c = only(ProcessComparison::compare(current, smallProcess()));
        CHECK(c.key == "handover-changed:decide->lost");
        CHECK(c.before == "Nothing");
        CHECK(c.after == "Reason recorded");
        CHECK(c.sentence == "The handover from \"Is there a need?\" to \"Lead lost\" gets new criteria: "
                            "\"Reason recorded\" (were: \"Nothing\").");
    }
    SECTION("criteria dropped")
    {
        Process desired = smallProcess();
        arrowOf(desired, "decide", "lost").handover.clear();
        const Change c = only(ProcessComparison::compare(smallProcess(), desired));
        CHECK(c.key == "handover-changed:decide->lost");
        CHECK(c.after.empty());
        CHECK(c.sentence == "The handover from \"Is there a need?\" to \"Lead lost\" no longer has criteria "
                            "(were: \"Reason recorded\").");
    }
}

TEST_CASE("route changed to another team: a contact now lands elsewhere", "[comparison]")
{
    Process current = smallProcess();
    routeOf(current, "mail", "customer").team = "field";
    const Change c = only(ProcessComparison::compare(current, smallProcess()));
    CHECK(c.kind == ChangeKind::RouteChangedTeam);
    CHECK(c.key == "route-changed-team:mail:customer:field->inside");
    CHECK(c.ids == std::vector<std::string>{"mail", "customer"});
    CHECK(c.names == std::vector<std::string>{"E-mail", "Customer"});
    CHECK(c.gainingTeam == "inside");
    CHECK(c.losingTeam == "field");
    CHECK(c.sentence == "Contacts via E-mail (Customer) now go to Inside sales instead of Field sales.");
}

TEST_CASE("route gets another response time", "[comparison]")
{
    Process current = smallProcess();
    routeOf(current, "phone", "prospect").responseTime = "1 day";
    Process desired = smallProcess("nl");
    const Change c = only(ProcessComparison::compare(current, desired));
    CHECK(c.kind == ChangeKind::RouteChangedResponseTime);
    CHECK(c.key == "route-changed-response-time:phone:prospect");
    CHECK(c.before == "1 day");
    CHECK(c.after == "4 h");
    CHECK(c.team == "inside");
    CHECK(c.sentence == "Contacten via Phone (Prospect): reactietijd 4 h in plaats van 1 day.");
}

TEST_CASE("routes added and removed, conditions matched by their wording", "[comparison]")
{
    Process current = smallProcess();
    current.routes.pop_back(); // mail x customer: unrouted today
    current.routes.push_back({"phone", "customer", "Outside office hours", "field", "", "next day"});
    current.routes.push_back({"phone", "prospect", "At the weekend", "field", "", ""});
    Process desired = smallProcess();
    desired.routes.push_back({"phone", "customer", "outside office hours.", "field", "inside", "next day"});

    const auto changes = ProcessComparison::compare(current, desired);
    // Inside sales gains the e-mails, field sales loses the weekend calls.
    REQUIRE(keys(changes) == std::vector<std::string>{"route-added:mail:customer",
                                                      "route-removed:phone:prospect:at-the-weekend"});
    const Change& added = changes[0];
    CHECK(added.kind == ChangeKind::RouteAdded);
    CHECK(added.gainingTeam == "inside");
    CHECK(added.after == "4 h");
    CHECK(added.sentence == "Contacts via E-mail (Customer) now go to Inside sales.");
    const Change& removed = changes[1];
    CHECK(removed.kind == ChangeKind::RouteRemoved);
    CHECK(removed.condition == "At the weekend");
    CHECK(removed.losingTeam == "field");
    CHECK(removed.sentence == "Contacts via Phone (Prospect, At the weekend) no longer go to Field sales.");
}

TEST_CASE("teams added and removed", "[comparison]")
{
    Process current = smallProcess();
    current.teams.push_back({"tele", "Telemarketing", "", "inside"});
    Process desired = smallProcess("nl");
    desired.teams.push_back({"service", "Klantenservice", "", "service"});

    const auto changes = ProcessComparison::compare(current, desired);
    REQUIRE(keys(changes) == std::vector<std::string>{"team-added:service", "team-removed:tele"});
    CHECK(changes[0].kind == ChangeKind::TeamAdded);
    CHECK(changes[0].team == "service");
    CHECK(changes[0].sentence == "Nieuw team: Klantenservice.");
    CHECK(changes[1].kind == ChangeKind::TeamRemoved);
    CHECK(changes[1].team == "tele");
    CHECK(changes[1].teamName == "Telemarketing");
    CHECK(changes[1].sentence == "Team Telemarketing verdwijnt.");
}

TEST_CASE("a step of a team that disappears moves to a team by name", "[comparison]")
{
    // Today "Verkoop" (id sales) qualifies; in the desired process Inside sales does.
    Process current = smallProcess();
    current.teams.push_back({"sales", "Verkoop", "", "field"});
    stepById(current, "qualify").team = "sales";
    const auto changes = ProcessComparison::compare(current, smallProcess());
    REQUIRE(keys(changes) == std::vector<std::string>{"step-moved-team:qualify:sales->inside", "team-removed:sales"});
    CHECK(changes[0].losingTeamName == "Verkoop");
}

TEST_CASE("changes come by team, then in process order", "[comparison]")
{
    Process current = smallProcess();
    stepById(current, "won").name = "Deal won";      // field, close
    stepById(current, "lead").name = "Take the call"; // inside, contact
    stepById(current, "decide").name = "Need?";       // field, quote
    routeOf(current, "phone", "prospect").responseTime = "1 h"; // inside, routes after steps
    stepById(current, "lost").phase = "quote";        // inside, close
    CHECK(keys(ProcessComparison::compare(current, smallProcess())) ==
          std::vector<std::string>{"step-renamed:lead", "step-moved-phase:lost:quote->close",
                                   "route-changed-response-time:phone:prospect", "step-renamed:decide",
                                   "step-renamed:won"});
}

TEST_CASE("two processes that share no ids", "[comparison]")
{
    const Process desired = defaultTemplate("nl");

    // Everything is matched by name: no change at all.
    CHECK(keys(ProcessComparison::compare(withOtherIds(desired), desired)).empty());
    CHECK(keys(ProcessComparison::compare(desired, withOtherIds(desired))).empty());

    // Genuine differences under other ids.
    Process current = withOtherIds(desired);
    stepById(current, "x-qualify").team = "x-field";
    stepById(current, "x-follow-quote").name = "Opvolging doen"; // no word in common: known by its neighbours
    // No reference asked today: the satisfied customer goes straight to account management
    // (the arrow that skips the step is part of the step's change).
    current.steps.erase(std::find_if(current.steps.begin(), current.steps.end(),
                                     [](const Step& s) { return s.id == "x-reference"; }));
    current.arrows.erase(std::remove_if(current.arrows.begin(), current.arrows.end(),
                                        [](const Arrow& a) { return a.from == "x-reference"; }),
                         current.arrows.end());
    arrowOf(current, "x-d-satisfied", "x-reference").to = "x-keep-customer";
    // Today the order confirmation is also faxed (the arrow around it is part of the change).
    current.steps.push_back(test::step("x-fax", "Orderbevestiging faxen", "x-order", "x-backoffice"));
    arrowOf(current, "x-confirm-order", "x-order-materials").to = "x-fax";
    current.arrows.push_back({"x-fax", "x-order-materials", "", "", false});
    routeOf(current, "x-webform", "x-prospect").team = "x-field";
    routeOf(current, "x-phone", "x-prospect").responseTime = "binnen 1 uur";
    arrowOf(current, "x-plan-visit", "x-visit").handover = "Afspraak gemaakt";
    current.teams.push_back({"x-tele", "Telemarketing", "", "inside"});
    current.arrows.erase(std::remove_if(current.arrows.begin(), current.arrows.end(), [](const Arrow& a) {
                             return a.from == "x-d-upsell" && a.to == "x-draft-quote";
                         }),
                         current.arrows.end());
    current.arrows.push_back({"x-qualify", "x-lost-unqualified", "", "", false});

    const auto changes = ProcessComparison::compare(current, desired);
    CHECK(keys(changes) == std::vector<std::string>{
                               "step-added:reference",                              // Marketing
                               "step-moved-team:qualify:field->inside",             // Binnendienst
                               "arrow-removed:qualify->lost-unqualified",
                               "step-renamed:follow-quote",
                               "route-changed-response-time:phone:prospect",
                               "route-changed-team:webform:prospect:field->inside",
                               "handover-changed:plan-visit->visit",                // Buitendienst
                               "arrow-added:d-upsell->draft-quote",
                               "step-removed:x-fax",                                // Orderverwerking
                               "team-removed:x-tele",                               // gone
                           });
    const auto find = [&](const std::string& key) {
        return *std::find_if(changes.begin(), changes.end(), [&](const Change& c) { return c.key == key; });
    };
    CHECK(find("step-renamed:follow-quote").sentence == "\"Opvolging doen\" heet voortaan \"Offerte nabellen\".");
    CHECK(find("step-moved-team:qualify:field->inside").sentence ==
          "\"Lead kwalificeren\" gaat van Buitendienst naar Binnendienst.");
    CHECK(find("step-removed:x-fax").losingTeam == "backoffice");
    CHECK(find("route-changed-team:webform:prospect:field->inside").sentence ==
          "Contacten via Webformulier (Prospect) komen voortaan bij Binnendienst in plaats van bij Buitendienst.");
}

TEST_CASE("a step renamed under another id is known by its neighbours", "[comparison]")
{
    Process current = smallProcess();
    stepById(current, "quote").id = "offer";
    stepById(current, "offer").name = "Handle it";
    arrowOf(current, "decide", "quote").to = "offer";
    arrowOf(current, "quote", "won").from = "offer";
    const Change c = only(ProcessComparison::compare(current, smallProcess()));
    CHECK(c.key == "step-renamed:quote");
    CHECK(c.before == "Handle it");

    // A step of another kind between the same neighbours is not the same step.
    stepById(current, "offer").kind = StepKind::Decision;
    CHECK(keys(ProcessComparison::compare(current, smallProcess())) ==
          std::vector<std::string>{"step-added:quote", "step-removed:offer"});

    // Nor is one whose neighbours differ.
    stepById(current, "offer").kind = StepKind::Activity;
    arrowOf(current, "decide", "offer").from = "lead";
    CHECK(keys(ProcessComparison::compare(current, smallProcess())) ==
          std::vector<std::string>{"step-added:quote", "step-removed:offer"});
}

TEST_CASE("among steps with the same name, the one with the same neighbours is the match", "[comparison]")
{
    // Two "Call the customer" steps under other ids: each keeps its own place.
    Process desired = smallProcess();
    desired.steps.push_back(step("call-1", "Call the customer", "contact", "inside"));
    desired.steps.push_back(step("call-2", "Call the customer", "close", "field"));
    arrowOf(desired, "lead", "qualify").to = "call-1";
    desired.arrows.push_back({"call-1", "qualify", "", "", false});
    arrowOf(desired, "quote", "won").to = "call-2";
    desired.arrows.push_back({"call-2", "won", "", "", false});

    Process current = desired;
    stepById(current, "call-2").id = "b";
    stepById(current, "call-1").id = "a";
    arrowOf(current, "lead", "call-1").to = "a";
    arrowOf(current, "call-1", "qualify").from = "a";
    arrowOf(current, "quote", "call-2").to = "b";
    arrowOf(current, "call-2", "won").from = "b";
    std::swap(current.steps[6], current.steps[7]); // table order must not decide
    CHECK(keys(ProcessComparison::compare(current, desired)).empty());
}

TEST_CASE("the realistic before of the default template", "[comparison]")
{
    for (const char* language : {"nl", "en"}) {
        INFO(language);
        const auto changes = ProcessComparison::compare(realisticBefore(language), defaultTemplate(language));
        CHECK(keys(changes) == std::vector<std::string>{
                                   // Marketing
                                   "handover-changed:d-qualified->nurture",
                                   "handover-changed:d-satisfied->reference",
                                   // Inside sales takes the inside-sales work and the web contacts
                                   "handover-changed:lead-collect->d-known",
                                   "step-moved-team:qualify:field->inside",
                                   "handover-changed:nurture->qualify",
                                   "step-moved-team:plan-visit:field->inside",
                                   "handover-changed:send-quote->follow-quote",
                                   "route-added:webform:prospect",
                                   "route-changed-team:webform:customer:field->inside",
                                   // Field sales
                                   "handover-changed:plan-visit->visit",
                                   "handover-changed:follow-quote->d-response",
                                   "handover-changed:reference->keep-customer",
                                   // Back office
                                   "handover-changed:d-response->enter-order",
                                   "handover-changed:d-credit->confirm-order",
                                   "handover-changed:prepayment->confirm-order",
                                   // Finance
                                   "handover-changed:enter-order->d-credit",
                                   "handover-changed:d-accepted->invoice",
                                   // Customer service
                                   "handover-changed:plan-delivery->install",
                                   "handover-changed:d-paid->satisfaction-call",
                               });
    }
    const auto changes = ProcessComparison::compare(realisticBefore("nl"), defaultTemplate("nl"));
    const auto find = [&](const std::string& key) {
        return *std::find_if(changes.begin(), changes.end(), [&](const Change& c) { return c.key == key; });
    };
    const Change visit = find("step-moved-team:plan-visit:field->inside");
    CHECK(visit.sentence == "\"Afspraak inplannen\" gaat van Buitendienst naar Binnendienst.");
    CHECK(visit.losingTeamName == "Buitendienst");
    const Change web = find("route-added:webform:prospect");
    CHECK(web.sentence == "Contacten via Webformulier (Prospect) komen voortaan bij Binnendienst.");
    CHECK(web.after == "binnen 4 uur");
    CHECK(find("route-changed-team:webform:customer:field->inside").sentence ==
          "Contacten via Webformulier (Klant) komen voortaan bij Binnendienst in plaats van bij Buitendienst.");
    CHECK(find("handover-changed:plan-visit->visit").sentence ==
          "De overdracht van \"Afspraak inplannen\" naar \"Verkoopbezoek afleggen\" krijgt criteria: \"Afspraak staat "
          "in de agenda; contactpersoon, adres en aanleiding zijn bekend\".");
}

TEST_CASE("comparing a large process stays fast", "[comparison]")
{
    // 2000 steps in a chain, every id different and every other step renamed.
    Process desired = smallProcess();
    desired.steps.clear();
    desired.arrows.clear();
    for (int i = 0; i < 2000; ++i) {
        desired.steps.push_back(step("s" + std::to_string(i), "Step number " + std::to_string(i), "quote", "field"));
        if (i > 0)
            desired.arrows.push_back({"s" + std::to_string(i - 1), "s" + std::to_string(i), "", "", false});
    }
    Process current = withOtherIds(desired);
    for (std::size_t i = 0; i < current.steps.size(); i += 2)
        current.steps[i].name = "Other work " + std::to_string(i);
    const auto changes = ProcessComparison::compare(current, desired);
    CHECK(changes.size() == 1000);
    CHECK(std::all_of(changes.begin(), changes.end(),
                      [](const Change& c) { return c.kind == ChangeKind::StepRenamed; }));
}
