#include "ProcessBuilder.hpp"
#include "core/ProcessChecker.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace salesprocess;
using salesprocess::test::smallProcess;
using salesprocess::test::step;
using salesprocess::test::stepById;

namespace {

std::vector<Finding> check(const Process& p, const std::string& today = "2026-06-01")
{
    return ProcessChecker::check(p, CheckOptions{today});
}

std::multiset<std::string> codes(const std::vector<Finding>& findings)
{
    std::multiset<std::string> out;
    for (const Finding& f : findings)
        out.insert(f.code);
    return out;
}

Finding only(const std::vector<Finding>& findings, const std::string& code)
{
    auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
    REQUIRE(it != findings.end());
    REQUIRE(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; }) == 1);
    return *it;
}

} // namespace

TEST_CASE("the small process has no findings", "[checks]")
{
    CHECK(check(smallProcess()).empty());
    CHECK(check(smallProcess("nl")).empty());
}

TEST_CASE("duplicate step in one team", "[checks][duplicates]")
{
    Process p = smallProcess();
    p.steps.push_back(step("qualify2", "Qualify  the LEAD!", "quote", "inside"));
    p.arrows.push_back({"qualify", "qualify2", "", "", false});
    p.arrows.push_back({"qualify2", "decide", "", "", false});
    const auto findings = check(p);
    const Finding f = only(findings, "duplicate-step");
    CHECK(f.severity == Severity::Warning);
    CHECK(f.where.toPath() == "steps[6].name");
    CHECK(f.ids == std::vector<std::string>{"qualify", "qualify2"});
    CHECK(f.message.find("\"Qualify the lead\"") != std::string::npos);
    CHECK(codes(findings) == std::multiset<std::string>{"duplicate-step"});
}

TEST_CASE("different steps are not duplicates", "[checks][duplicates]")
{
    Process p = smallProcess();
    p.steps.push_back(step("send", "Send the quote", "quote", "field"));
    p.arrows.back().to = "send";
    p.arrows.push_back({"send", "won", "", "", false});
    CHECK(check(p).empty());
}

TEST_CASE("near-duplicate step", "[checks][duplicates]")
{
    Process p = smallProcess();
    p.steps.push_back(step("quote2", "Prepare quotes", "close", "inside"));
    p.arrows.back().to = "quote2";
    p.arrows.push_back({"quote2", "won", "", "", false});
    const Finding f = only(check(p), "near-duplicate-step");
    CHECK(f.severity == Severity::Info);
    CHECK(f.ids == std::vector<std::string>{"quote", "quote2"});
}

TEST_CASE("same step for prospects and customers in one team", "[checks][duplicates]")
{
    Process p = smallProcess();
    stepById(p, "qualify").segments = {"prospect"};
    Step copy = step("qualify-c", "Qualify the lead", "contact", "inside");
    copy.segments = {"customer"};
    p.steps.push_back(copy);
    p.arrows.push_back({"lead", "qualify-c", "", "", false});
    p.arrows.push_back({"qualify-c", "decide", "", "", false});
    const auto findings = check(p);
    CHECK(only(findings, "segment-duplicate").severity == Severity::Info);
    CHECK(codes(findings).count("duplicate-step") == 0);

    SECTION("overlapping segments are a plain duplicate")
    {
        p.steps.back().segments.clear();
        CHECK(codes(check(p)) == std::multiset<std::string>{"duplicate-step"});
    }
}

TEST_CASE("double work: one step by two teams in one phase", "[checks][duplicates]")
{
    Process p = smallProcess();
    p.steps.push_back(step("qualify-f", "Qualify the lead", "contact", "field"));
    p.arrows.push_back({"lead", "qualify-f", "", "", false});
    p.arrows.push_back({"qualify-f", "decide", "", "", false});
    const Finding f = only(check(p), "double-work");
    CHECK(f.message.find("\"Inside sales\"") != std::string::npos);
    CHECK(f.message.find("\"Field sales\"") != std::string::npos);

    SECTION("joint work (a supporting team) is not double work")
    {
        p.steps.back().supportingTeams = {"inside"};
        CHECK(check(p).empty());
    }
    SECTION("in another phase it is a duplicate step")
    {
        p.steps.back().phase = "quote";
        CHECK(codes(check(p)) == std::multiset<std::string>{"duplicate-step"});
    }
}

TEST_CASE("step without team or phase, unknown references", "[checks][references]")
{
    Process p = smallProcess();
    SECTION("no team")
    {
        stepById(p, "qualify").team.clear();
        CHECK(codes(check(p)) == std::multiset<std::string>{"step-without-team"});
    }
    SECTION("no phase")
    {
        stepById(p, "qualify").phase.clear();
        CHECK(codes(check(p)) == std::multiset<std::string>{"step-without-phase"});
    }
    SECTION("unknown team names the step and the team")
    {
        stepById(p, "quote").team = "feild";
        const Finding f = only(check(p), "unknown-team");
        CHECK(f.toString() == "steps[3].team: step \"Prepare the quote\" refers to unknown team \"feild\".");
    }
    SECTION("unknown phase")
    {
        stepById(p, "quote").phase = "offer";
        CHECK(codes(check(p)) == std::multiset<std::string>{"unknown-phase"});
    }
    SECTION("unknown supporting team and segment")
    {
        stepById(p, "quote").supportingTeams = {"legal"};
        stepById(p, "quote").segments = {"partner"};
        CHECK(codes(check(p)) == std::multiset<std::string>{"unknown-segment", "unknown-team"});
    }
    SECTION("unknown team of a person")
    {
        p.people[0].team = "marketing";
        CHECK(only(check(p), "unknown-team").where.toPath() == "people[0].team");
    }
    SECTION("unknown channel in a route")
    {
        p.routes[0].channel = "fax";
        // The phone/prospect contact loses its owner as well.
        CHECK(codes(check(p)) == std::multiset<std::string>{"unknown-channel", "unrouted-contact"});
    }
    SECTION("Dutch messages in a Dutch process")
    {
        p.language = "nl";
        stepById(p, "quote").team = "buitendinst";
        CHECK(only(check(p), "unknown-team").toString() ==
              "steps[3].team: stap \"Prepare the quote\" verwijst naar onbekend team \"buitendinst\".");
    }
}

TEST_CASE("ids must be present and unique", "[checks][references]")
{
    Process p = smallProcess();
    SECTION("duplicate step id")
    {
        p.steps.push_back(step("quote", "Send the invoice", "close", "inside"));
        const auto findings = check(p);
        CHECK(only(findings, "duplicate-id").where.toPath() == "steps[6].id");
    }
    SECTION("missing id and name")
    {
        p.teams.push_back({"", "", "", ""});
        p.steps[1].name.clear();
        const auto c = codes(check(p));
        CHECK(c.count("missing-field") == 2);
    }
    SECTION("duplicate person")
    {
        p.people.push_back({"Anna", "field", "", false});
        CHECK(codes(check(p)) == std::multiset<std::string>{"duplicate-id"});
    }
}

TEST_CASE("phase and team without steps", "[checks][coverage]")
{
    Process p = smallProcess();
    p.phases.push_back({"aftercare", "Aftercare"});
    p.teams.push_back({"finance", "Finance", "", "finance"});
    p.routes[0].fallback = "finance"; // a fallback is not a step
    const auto findings = check(p);
    CHECK(only(findings, "phase-without-steps").ids == std::vector<std::string>{"aftercare"});
    CHECK(only(findings, "team-without-steps").ids == std::vector<std::string>{"finance"});

    SECTION("a supporting role counts as work")
    {
        stepById(p, "quote").supportingTeams = {"finance"};
        CHECK(codes(check(p)) == std::multiset<std::string>{"phase-without-steps"});
    }
}

TEST_CASE("arrows and flow", "[checks][flow]")
{
    Process p = smallProcess();
    SECTION("arrow to a missing step")
    {
        p.arrows.push_back({"quote", "invoice", "", "", false});
        CHECK(only(check(p), "arrow-to-missing-step").where.toPath() == "arrows[5].to");
    }
    SECTION("unmarked loop")
    {
        p.arrows.push_back({"quote", "qualify", "", "", false});
        const Finding f = only(check(p), "unmarked-loop");
        CHECK(f.ids == std::vector<std::string>{"qualify", "decide", "quote"});
        CHECK(f.message.find("\"Qualify the lead\"") != std::string::npos);
    }
    SECTION("a marked return loop is fine")
    {
        p.arrows.push_back({"quote", "qualify", "", "", true});
        CHECK(check(p).empty());
    }
    SECTION("loop without exit, even when marked")
    {
        p.steps.push_back(step("revise", "Revise the quote", "quote", "field"));
        p.steps.push_back(step("nego", "Negotiate", "quote", "field"));
        p.arrows.push_back({"decide", "revise", "maybe", "", false});
        p.arrows.push_back({"revise", "nego", "", "", false});
        p.arrows.push_back({"nego", "revise", "", "", true});
        const auto findings = check(p);
        CHECK(only(findings, "loop-without-exit").ids == std::vector<std::string>{"revise", "nego"});
        CHECK(codes(findings) == std::multiset<std::string>{"loop-without-exit"});
    }
    SECTION("unreachable step and dead end")
    {
        p.steps.push_back(step("orphan", "Archive the file", "close", "inside"));
        const auto c = codes(check(p));
        CHECK(c == std::multiset<std::string>{"dead-end", "unreachable-step"});
    }
    SECTION("a recurring step needs no predecessor and no successor")
    {
        Step review = step("review", "Review the account", "close", "field");
        review.recurring = true;
        p.steps.push_back(review);
        CHECK(check(p).empty());
    }
    SECTION("decision without two labelled ways out")
    {
        p.arrows[3].label.clear();
        CHECK(only(check(p), "decision-exits").ids == std::vector<std::string>{"decide"});
        p.arrows[3].label = "no";
        p.arrows.erase(p.arrows.begin() + 3);
        const auto c = codes(check(p));
        CHECK(c.count("decision-exits") == 1);
    }
    SECTION("no start and no end")
    {
        stepById(p, "lead").kind = StepKind::Activity;
        stepById(p, "lead").recurring = true; // keeps the rest reachable
        stepById(p, "won").kind = StepKind::Activity;
        stepById(p, "lost").kind = StepKind::Activity;
        const auto c = codes(check(p));
        CHECK(c.count("no-start") == 1);
        CHECK(c.count("no-end") == 1);
    }
    SECTION("arrows into a start and out of an end")
    {
        p.arrows.push_back({"won", "lead", "", "", true});
        const auto c = codes(check(p));
        CHECK(c.count("start-with-predecessor") == 1);
        CHECK(c.count("end-with-successor") == 1);
    }
}

TEST_CASE("routing", "[checks][routing]")
{
    Process p = smallProcess();
    SECTION("a channel x segment without owner")
    {
        p.routes.pop_back(); // mail / customer
        const Finding f = only(check(p), "unrouted-contact");
        CHECK(f.ids == std::vector<std::string>{"mail", "customer"});
        CHECK(f.severity == Severity::Error);
    }
    SECTION("only a conditional route is not enough")
    {
        p.routes.back().condition = "outside office hours";
        CHECK(codes(check(p)) == std::multiset<std::string>{"unrouted-contact"});
    }
    SECTION("two owners")
    {
        p.routes.push_back({"phone", "prospect", "", "field", "inside", "1 h"});
        const Finding f = only(check(p), "double-route");
        CHECK(f.where.toPath() == "routes[4].team");
    }
    SECTION("two owners under one condition, spelled differently")
    {
        p.routes.push_back({"phone", "prospect", "Outside office hours", "field", "inside", "1 h"});
        p.routes.push_back({"phone", "prospect", "outside office-hours!", "inside", "field", "1 h"});
        CHECK(codes(check(p)) == std::multiset<std::string>{"double-route"});
    }
    SECTION("route to an unknown team and no fallback")
    {
        p.routes[0].team = "telesales";
        p.routes[1].fallback.clear();
        CHECK(codes(check(p)) == std::multiset<std::string>{"route-without-fallback", "unknown-team"});
    }
    SECTION("outbound channels need no route")
    {
        p.channels.push_back({"mailing", "Mailing", false, std::nullopt});
        CHECK(check(p).empty());
    }
}

TEST_CASE("actions", "[checks][actions]")
{
    Process p = smallProcess();
    p.actions = {{"Train field sales", "Bram", "2026-05-01", ActionStatus::Open, ""},
                 {"Update the CRM", "inside", "2026-07-01", ActionStatus::Doing, ""},
                 {"Old plan", "Anna", "2026-01-01", ActionStatus::Done, ""},
                 {"Dropped", "Anna", "2026-01-01", ActionStatus::Cancelled, ""}};
    SECTION("past its deadline and not done")
    {
        const Finding f = only(check(p, "2026-06-01"), "action-overdue");
        CHECK(f.where.toPath() == "actions[0].deadline");
        CHECK(check(p, "2026-04-30").empty());
        CHECK(check(p, "").empty()); // no today: no overdue check
    }
    SECTION("without owner or deadline, unknown owner, bad date")
    {
        p.actions[1].owner.clear();
        p.actions[2].deadline.clear();
        p.actions[3].owner = "Charlie";
        p.actions[0].deadline = "2026-02-30";
        CHECK(codes(check(p)) == std::multiset<std::string>{"action-without-deadline", "action-without-owner",
                                                             "invalid-date", "unknown-person"});
    }
}

TEST_CASE("a large process is checked without recursion limits", "[checks][flow]")
{
    Process p = smallProcess();
    // A 50,000-step chain: deep for any recursive graph walk.
    for (int i = 0; i < 50000; ++i) {
        p.steps.push_back(step("c" + std::to_string(i), "Step number " + std::to_string(i), "quote", "field"));
        p.arrows.push_back({i == 0 ? "quote" : "c" + std::to_string(i - 1), "c" + std::to_string(i), "", "", false});
    }
    p.arrows.push_back({"c49999", "c0", "", "", false}); // one huge unmarked loop
    const auto c = codes(check(p));
    CHECK(c.count("unmarked-loop") == 1);
}
