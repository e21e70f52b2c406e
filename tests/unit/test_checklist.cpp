#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/Checklist.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

Process loadTemplate(const std::string& name, const std::string& language)
{
    return ProcessFile::load(templatePath(name, language)).process;
}

const Checklist::Item& itemOf(const Checklist& checklist, const std::string& stepId)
{
    for (const Checklist::Section& section : checklist.sections)
        for (const Checklist::Item& item : section.items)
            if (item.stepId == stepId)
                return item;
    FAIL("no item for step " << stepId);
    throw std::logic_error("unreachable");
}

bool hasItem(const Checklist& checklist, const std::string& stepId)
{
    for (const Checklist::Section& section : checklist.sections)
        for (const Checklist::Item& item : section.items)
            if (item.stepId == stepId)
                return true;
    return false;
}

std::vector<std::string> itemIds(const Checklist& checklist)
{
    std::vector<std::string> ids;
    for (const Checklist::Section& section : checklist.sections)
        for (const Checklist::Item& item : section.items)
            ids.push_back(item.stepId);
    return ids;
}

std::vector<std::string> texts(const std::vector<Checklist::Handover>& handovers)
{
    std::vector<std::string> out;
    for (const Checklist::Handover& h : handovers)
        out.push_back(h.text);
    return out;
}

std::string row(const Checklist::CheatSheetRow& r)
{
    return r.channel + " | " + r.segment + " | " + r.conditionText + " | " + r.roleText + " | " + r.responseTime;
}

} // namespace

TEST_CASE("a team's checklist of a shipped template, in Dutch", "[checklist]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist c = Checklist::forTeam(p, "inside");
    CHECK(c.language == "nl");
    CHECK(c.title == "Binnendienst");
    CHECK(c.teamName == "Binnendienst");
    CHECK(c.colour == "#EEDD88");
    CHECK(c.company == "Voorbeeld Techniek BV");
    CHECK(c.processName == "B2B-verkoop met buitendienst");
    CHECK(c.version == "1.0");
    CHECK(c.dateText == "15 januari 2026");
    CHECK(c.subtitle.empty());
    CHECK_FALSE(c.isPerson());

    // Phases in process order, only those where the team has work.
    std::vector<std::string> headings;
    for (const Checklist::Section& s : c.sections)
        headings.push_back(s.heading);
    CHECK(headings == std::vector<std::string>{"Fase 1 · Eerste contact", "Fase 2 · Kwalificatie", "Fase 3 · Offerte"});

    // Own steps and the steps the team supports, in process order.
    CHECK(itemIds(c) == std::vector<std::string>{"lead-inbound", "d-known", "qualify", "d-qualified",
                                                 "lost-unqualified", "account-check", "plan-visit", "draft-quote",
                                                 "follow-quote", "revise-quote"});
    const Checklist::Item& qualify = itemOf(c, "qualify");
    CHECK(qualify.text == "Lead kwalificeren");
    CHECK(qualify.lines == p.findStep("qualify")->checklist);
    CHECK(itemOf(c, "lead-inbound").markers == std::vector<std::string>{"Startpunt"});
    CHECK(itemOf(c, "lost-unqualified").markers ==
          std::vector<std::string>{"Einde: verloren", "Alleen voor: Prospect"});
}

TEST_CASE("the same checklist in English has the same steps", "[checklist]")
{
    const Checklist nl = Checklist::forTeam(loadTemplate("b2b-field-sales", "nl"), "inside");
    const Checklist en = Checklist::forTeam(loadTemplate("b2b-field-sales", "en"), "inside");
    CHECK(itemIds(en) == itemIds(nl));
    CHECK(en.title == "Inside sales");
    CHECK(en.dateText == "15 January 2026");
    REQUIRE(en.sections.size() == 3);
    CHECK(en.sections[1].heading == "Phase 2 · Qualification");
    CHECK(en.sections[1].number == 2);
    CHECK(itemOf(en, "qualify").markers == std::vector<std::string>{"Only for: Prospect"});
    CHECK(itemOf(en, "account-check").markers == std::vector<std::string>{"Only for: Customer"});
    CHECK(texts(itemOf(en, "plan-visit").outgoing) ==
          std::vector<std::string>{"To Field sales: Conduct the sales visit"});
    CHECK(itemOf(en, "plan-visit").outgoing[0].criteriaText ==
          "Handover when: Appointment is in the calendar; contact person, address and reason are known");
    CHECK(row(en.cheatSheet.front()) == "Phone | Prospect | always | Owner (fallback: Field sales) | immediately");
}

TEST_CASE("decisions read as questions with their outcomes", "[checklist]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist finance = Checklist::forTeam(p, "finance");
    const Checklist::Item& credit = itemOf(finance, "d-credit");
    CHECK(credit.kind == StepKind::Decision);
    CHECK(credit.text == "Kredietlimiet toetsen?");
    CHECK(credit.summary() ==
          "Kredietlimiet toetsen? kredietwaardig → Orderbevestiging versturen; aanbetaling nodig → Aanbetaling factureren");
    REQUIRE(credit.outgoing.size() == 2);
    CHECK(credit.outgoing[0].label == "kredietwaardig");
    CHECK(credit.outgoing[0].otherTeam);
    CHECK(credit.outgoing[0].text == "kredietwaardig → Orderbevestiging versturen (Orderverwerking)");
    CHECK(credit.outgoing[0].criteriaText == "Overdracht als: Kredietlimiet vastgelegd en order vrijgegeven in het ERP");
    CHECK_FALSE(credit.outgoing[1].otherTeam); // the down payment stays with finance: no team named
    CHECK(credit.outgoing[1].text == "aanbetaling nodig → Aanbetaling factureren");
    CHECK(credit.outgoing[1].criteriaText.empty());

    // A name that already asks gets no second question mark; an unlabelled way out still shows.
    Process small = smallProcess();
    small.arrows.push_back({"decide", "won", "", "", false});
    const Checklist smallField = Checklist::forTeam(small, "field");
    const Checklist::Item& decide = itemOf(smallField, "decide");
    CHECK(decide.text == "Is there a need?");
    CHECK(decide.summary() == "Is there a need? yes → Prepare the quote; no → Lead lost; → Order won");
    CHECK(texts(decide.outgoing) ==
          std::vector<std::string>{"yes → Prepare the quote", "no → Lead lost (Inside sales)", "→ Order won"});
    CHECK(itemOf(Checklist::forTeam(small, "field"), "quote").summary() == "Prepare the quote");
}

TEST_CASE("handovers say from whom the work comes and to whom it goes", "[checklist]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist inside = Checklist::forTeam(p, "inside");
    const Checklist field = Checklist::forTeam(p, "field");
    const Checklist marketing = Checklist::forTeam(p, "marketing");

    const Checklist::Item& plan = itemOf(inside, "plan-visit");
    CHECK(plan.incoming.empty()); // both predecessors are the team's own steps
    REQUIRE(plan.outgoing.size() == 1);
    CHECK(plan.outgoing[0].text == "Naar Buitendienst: Verkoopbezoek afleggen");
    CHECK(plan.outgoing[0].teamId == "field");
    CHECK(plan.outgoing[0].criteria == "Afspraak staat in de agenda; contactpersoon, adres en aanleiding zijn bekend");

    const Checklist::Item& visit = itemOf(field, "visit");
    CHECK(texts(visit.incoming) == std::vector<std::string>{"Van Binnendienst: Afspraak inplannen"});
    CHECK(visit.incoming[0].criteriaText ==
          "Overdracht als: Afspraak staat in de agenda; contactpersoon, adres en aanleiding zijn bekend");
    CHECK(visit.outgoing.empty()); // the next step is the team's own, without handover criteria

    // Loops back, across teams and within one.
    CHECK(texts(itemOf(marketing, "nurture").outgoing) ==
          std::vector<std::string>{"Terug naar Binnendienst: Lead kwalificeren"});
    CHECK(itemOf(marketing, "nurture").outgoing[0].isReturn);
    CHECK(texts(itemOf(inside, "qualify").incoming) == std::vector<std::string>{"Terug van Marketing: Lead opwarmen"});
    CHECK(texts(itemOf(field, "send-quote").incoming) == std::vector<std::string>{"Terug van: Offerte aanpassen"});
    CHECK(texts(itemOf(field, "revise-quote").outgoing) == std::vector<std::string>{"Terug naar: Offerte versturen"});

    // The own team's next step shows when it comes with handover criteria.
    Process small = smallProcess();
    small.arrows[0].handover = "Contact details in the CRM";
    const Checklist smallInside = Checklist::forTeam(small, "inside");
    const Checklist::Item& lead = itemOf(smallInside, "lead");
    CHECK(texts(lead.outgoing) == std::vector<std::string>{"Next: Qualify the lead"});
    CHECK(lead.outgoing[0].criteriaText == "Handover when: Contact details in the CRM");
    CHECK(texts(itemOf(Checklist::forTeam(small, "field"), "decide").incoming) ==
          std::vector<std::string>{"From Inside sales: Qualify the lead"});
}

TEST_CASE("the routing cheat sheet lists the contacts that land with the team", "[checklist][routing]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist marketing = Checklist::forTeam(p, "marketing");
    std::vector<std::string> rows;
    for (const Checklist::CheatSheetRow& r : marketing.cheatSheet)
        rows.push_back(row(r));
    CHECK(rows == std::vector<std::string>{
                      "Chat op de website | Prospect | buiten kantooruren | Eigenaar (achtervang: Binnendienst) | 1 werkdag",
                      "Social media (LinkedIn) | Prospect | altijd | Eigenaar (achtervang: Binnendienst) | 1 werkdag",
                      "Social media (LinkedIn) | Klant | altijd | Eigenaar (achtervang: Klantenservice) | 1 werkdag",
                      "E-mail | Prospect | altijd | Achtervang voor Binnendienst | binnen 4 uur",
                      "Webformulier | Prospect | altijd | Achtervang voor Binnendienst | binnen 4 uur",
                      "Chat op de website | Prospect | altijd | Achtervang voor Binnendienst | direct"});
    CHECK(marketing.cheatSheet[0].asOwner);
    CHECK(marketing.cheatSheet[0].condition == "buiten kantooruren");
    CHECK(marketing.cheatSheet[0].otherTeamId == "inside");
    CHECK_FALSE(marketing.cheatSheet[3].asOwner);
    CHECK(marketing.cheatSheet[3].channelId == "email");
    CHECK(marketing.cheatSheet[3].otherTeamId == "inside");

    // Every route of the process lands on the cheat sheet of its owner and of its fallback.
    std::size_t total = 0;
    for (const Team& team : p.teams)
        total += Checklist::cheatSheetFor(p, team.id).size();
    CHECK(total == 2 * p.routes.size());

    // Outbound channels are left out; a route without fallback shows the owner alone.
    Process small = smallProcess();
    small.channels.push_back({"mailing", "Mailing", false, {}});
    small.routes.push_back({"mailing", "prospect", "", "inside", "field", "1 day"});
    small.routes[0].fallback.clear();
    const auto sheet = Checklist::cheatSheetFor(small, "inside");
    REQUIRE(sheet.size() == 4);
    CHECK(row(sheet[0]) == "Phone | Prospect | always | Owner | 4 h");
    CHECK(row(sheet[1]) == "Phone | Customer | always | Owner (fallback: Field sales) | 4 h");
    CHECK(Checklist::cheatSheetFor(small, "field").size() == 3);
    CHECK(row(Checklist::cheatSheetFor(small, "field")[0]) == "Phone | Customer | always | Fallback for Inside sales | 4 h");
}

TEST_CASE("joint work shows on both teams' checklists", "[checklist]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist inside = Checklist::forTeam(p, "inside");
    const Checklist field = Checklist::forTeam(p, "field");
    const Checklist::Item& asSupport = itemOf(inside, "draft-quote");
    CHECK(asSupport.joint);
    CHECK(asSupport.supporting);
    CHECK(asSupport.ownerTeamId == "field");
    CHECK(asSupport.partnerTeamIds == std::vector<std::string>{"field"});
    CHECK(asSupport.markers == std::vector<std::string>{"Samenwerking: Buitendienst is eigenaar"});
    CHECK(texts(asSupport.incoming) == std::vector<std::string>{"Van Buitendienst: Haalbaarheid toetsen",
                                                                "Van Buitendienst: Uitbreidingskansen afwegen"});

    const Checklist::Item& asOwner = itemOf(field, "draft-quote");
    CHECK(asOwner.joint);
    CHECK_FALSE(asOwner.supporting);
    CHECK(asOwner.partnerTeamIds == std::vector<std::string>{"inside"});
    CHECK(asOwner.markers == std::vector<std::string>{"Samenwerking met Binnendienst"});

    const Checklist::Item& alone = itemOf(field, "visit");
    CHECK_FALSE(alone.joint);
    CHECK(alone.partnerTeamIds.empty());

    const Process en = loadTemplate("b2b-field-sales", "en");
    CHECK(itemOf(Checklist::forTeam(en, "inside"), "draft-quote").markers ==
          std::vector<std::string>{"Joint work: Field sales owns this step"});
    CHECK(itemOf(Checklist::forTeam(en, "field"), "draft-quote").markers ==
          std::vector<std::string>{"Joint work with Inside sales"});
}

TEST_CASE("segment markers only for steps of some segments", "[checklist]")
{
    Process p = smallProcess("nl");
    stepById(p, "qualify").segments = {"prospect"};
    stepById(p, "quote").segments = {"prospect", "customer"};
    stepById(p, "decide").segments = {"customer"};
    stepById(p, "decide").recurring = true;
    const Checklist inside = Checklist::forTeam(p, "inside");
    const Checklist field = Checklist::forTeam(p, "field");
    CHECK(itemOf(inside, "qualify").segmentIds == std::vector<std::string>{"prospect"});
    CHECK(itemOf(inside, "qualify").markers == std::vector<std::string>{"Alleen voor: Prospect"});
    CHECK(itemOf(field, "quote").segmentIds.empty());
    CHECK(itemOf(field, "quote").markers.empty());
    CHECK(itemOf(field, "decide").markers == std::vector<std::string>{"Alleen voor: Customer", "Terugkerend"});
    CHECK(itemOf(field, "won").markers == std::vector<std::string>{"Einde: gewonnen"});
}

TEST_CASE("a person's checklist: name and role on top, the team's steps", "[checklist][people]")
{
    const Process p = loadTemplate("b2b-field-sales", "nl");
    const Checklist person = Checklist::forPerson(p, "Fleur Mulder");
    const Checklist team = Checklist::forTeam(p, "inside");
    CHECK(person.isPerson());
    CHECK(person.title == "Fleur Mulder");
    CHECK(person.personRole == "Commercieel medewerker binnendienst");
    CHECK(person.subtitle == "Commercieel medewerker binnendienst · Binnendienst");
    CHECK(person.teamId == "inside");
    CHECK(person.colour == team.colour);
    CHECK(itemIds(person) == itemIds(team));
    CHECK(person.cheatSheet.size() == team.cheatSheet.size());

    const Process en = loadTemplate("inside-sales", "en");
    const Checklist lead = Checklist::forPerson(en, "Sanne de Vries");
    CHECK(lead.subtitle == "Inside sales team lead · Inside sales and telesales");
    CHECK(lead.itemCount() == Checklist::forTeam(en, "inside").itemCount());

    CHECK_THROWS_AS(Checklist::forPerson(p, "Nobody"), std::invalid_argument);
    CHECK_THROWS_AS(Checklist::forTeam(p, "nobody"), std::invalid_argument);

    // A person of a team that does not exist still gets a page, without steps.
    Process broken = smallProcess();
    broken.people.push_back({"Chris", "ghost", "", false});
    const Checklist chris = Checklist::forPerson(broken, "Chris");
    CHECK(chris.sections.empty());
    CHECK(chris.cheatSheet.empty());
    CHECK(chris.subtitle == "ghost");
}

TEST_CASE("steps without a known phase come last; dates that are not dates stay as written", "[checklist]")
{
    Process p = smallProcess();
    stepById(p, "qualify").phase = "nowhere";
    p.date = "soon";
    const Checklist c = Checklist::forTeam(p, "inside");
    REQUIRE(c.sections.size() == 3);
    CHECK(c.sections.back().heading == "Without phase");
    CHECK(c.sections.back().phaseId.empty());
    CHECK(c.sections.back().items[0].stepId == "qualify");
    CHECK(c.dateText == "soon");
    p.date = "2026-02-30";
    CHECK(Checklist::forTeam(p, "inside").dateText == "2026-02-30");
    p.date = "2026-03-05";
    CHECK(Checklist::forTeam(p, "inside").dateText == "5 March 2026");
}

TEST_CASE("every template and every team: all its steps, decisions with all their outcomes", "[checklist][templates]")
{
    for (const std::string& name : templateNames()) {
        for (const char* language : {"nl", "en"}) {
            INFO(name << "." << language);
            const Process p = loadTemplate(name, language);
            std::size_t ownItems = 0;
            for (const Team& team : p.teams) {
                INFO(team.id);
                const Checklist c = Checklist::forTeam(p, team.id);
                std::size_t expected = 0;
                for (const Step& s : p.steps) {
                    const bool mine = s.team == team.id ||
                                      std::find(s.supportingTeams.begin(), s.supportingTeams.end(), team.id) !=
                                          s.supportingTeams.end();
                    expected += mine ? 1u : 0u;
                    ownItems += s.team == team.id ? 1u : 0u;
                    CHECK(hasItem(c, s.id) == mine);
                }
                CHECK(c.itemCount() == expected);
                CHECK(c.itemCount() > 0);
                int previous = 0;
                for (const Checklist::Section& s : c.sections) {
                    CHECK(s.number > previous);
                    previous = s.number;
                    CHECK(!s.items.empty());
                    for (const Checklist::Item& item : s.items) {
                        CHECK(!item.text.empty());
                        CHECK(!item.lines.empty());
                        if (item.kind != StepKind::Decision)
                            continue;
                        CHECK(item.text.back() == '?');
                        const auto outcomes = std::count_if(p.arrows.begin(), p.arrows.end(),
                                                            [&](const Arrow& a) { return a.from == item.stepId; });
                        CHECK(item.outgoing.size() == static_cast<std::size_t>(outcomes));
                    }
                }
            }
            CHECK(ownItems == p.steps.size());
        }
    }
}
