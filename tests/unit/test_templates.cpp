#include "TemplateFiles.hpp"
#include "core/ProcessChecker.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TemplateCatalog.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

std::vector<std::string> describe(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const Finding& f : findings)
        out.push_back(f.code + " " + f.toString());
    return out;
}

Step& stepById(Process& p, const std::string& id)
{
    auto it = std::find_if(p.steps.begin(), p.steps.end(), [&](const Step& s) { return s.id == id; });
    REQUIRE(it != p.steps.end());
    return *it;
}

} // namespace

TEST_CASE("every shipped template loads and passes every check", "[templates]")
{
    for (const std::string& name : templateNames()) {
        for (const char* language : {"nl", "en"}) {
            INFO(name << "." << language);
            const LoadResult r = ProcessFile::load(templatePath(name, language));
            CHECK(describe(r.findings).empty());
            CHECK(describe(ProcessChecker::check(r.process, CheckOptions{"2026-11-28"})).empty());
            const Process& p = r.process;
            CHECK(p.language == language);
            CHECK(p.phases.size() >= 5);
            CHECK(p.phases.size() <= 8);
            CHECK(p.teams.size() >= 4);
            CHECK(p.teams.size() <= 7);
            CHECK(p.steps.size() >= 25);
            CHECK(p.steps.size() <= 60);
            CHECK(p.actions.empty());
            CHECK(!p.people.empty());
            CHECK(std::count_if(p.people.begin(), p.people.end(), [](const Person& x) { return x.lead; }) >= 1);
            for (const Step& s : p.steps) {
                INFO(s.id);
                CHECK(!s.description.empty());
                CHECK(!s.checklist.empty());
            }
            auto kinds = [&](StepKind k) {
                return std::count_if(p.steps.begin(), p.steps.end(), [&](const Step& s) { return s.kind == k; });
            };
            CHECK(kinds(StepKind::Decision) >= 2);
            CHECK(kinds(StepKind::Start) >= 1);
            CHECK(kinds(StepKind::EndWon) >= 1);
            CHECK(kinds(StepKind::EndLost) >= 1);
            CHECK(std::any_of(p.arrows.begin(), p.arrows.end(), [](const Arrow& a) { return a.isReturn; }));
            // Both segments have steps of their own somewhere.
            for (const char* segment : {"prospect", "customer"})
                CHECK(std::any_of(p.steps.begin(), p.steps.end(), [&](const Step& s) {
                    return s.segments.size() == 1 && s.segments[0] == segment;
                }));
            // Work passing between teams says what is handed over.
            for (const Arrow& a : p.arrows) {
                const Step* from = p.findStep(a.from);
                const Step* to = p.findStep(a.to);
                if (from->team != to->team && !to->isEnd()) {
                    INFO(a.from << " -> " << a.to);
                    CHECK(!a.handover.empty());
                }
            }
        }
    }
}

TEST_CASE("Dutch and English templates share their ids and structure", "[templates]")
{
    for (const std::string& name : templateNames()) {
        INFO(name);
        const Process nl = ProcessFile::load(templatePath(name, "nl")).process;
        const Process en = ProcessFile::load(templatePath(name, "en")).process;
        auto ids = [](const auto& items) {
            std::vector<std::string> out;
            for (const auto& x : items)
                out.push_back(x.id);
            return out;
        };
        CHECK(ids(nl.segments) == ids(en.segments));
        CHECK(ids(nl.phases) == ids(en.phases));
        CHECK(ids(nl.teams) == ids(en.teams));
        CHECK(ids(nl.steps) == ids(en.steps));
        CHECK(ids(nl.channels) == ids(en.channels));
        REQUIRE(nl.steps.size() == en.steps.size());
        for (std::size_t i = 0; i < nl.steps.size(); ++i) {
            CHECK(nl.steps[i].kind == en.steps[i].kind);
            CHECK(nl.steps[i].phase == en.steps[i].phase);
            CHECK(nl.steps[i].team == en.steps[i].team);
            CHECK(nl.steps[i].segments == en.steps[i].segments);
            CHECK(nl.steps[i].supportingTeams == en.steps[i].supportingTeams);
            CHECK((nl.steps[i].name != en.steps[i].name || nl.steps[i].name.size() < 12)); // translated
        }
        REQUIRE(nl.arrows.size() == en.arrows.size());
        for (std::size_t i = 0; i < nl.arrows.size(); ++i) {
            CHECK(nl.arrows[i].from == en.arrows[i].from);
            CHECK(nl.arrows[i].to == en.arrows[i].to);
            CHECK(nl.arrows[i].isReturn == en.arrows[i].isReturn);
            CHECK(nl.arrows[i].label.empty() == en.arrows[i].label.empty());
        }
        REQUIRE(nl.routes.size() == en.routes.size());
        for (std::size_t i = 0; i < nl.routes.size(); ++i) {
            CHECK(nl.routes[i].channel == en.routes[i].channel);
            CHECK(nl.routes[i].segment == en.routes[i].segment);
            CHECK(nl.routes[i].team == en.routes[i].team);
            CHECK(nl.routes[i].fallback == en.routes[i].fallback);
            CHECK(nl.routes[i].condition.empty() == en.routes[i].condition.empty());
        }
        REQUIRE(nl.people.size() == en.people.size());
        for (std::size_t i = 0; i < nl.people.size(); ++i) {
            CHECK(nl.people[i].team == en.people[i].team);
            CHECK(nl.people[i].lead == en.people[i].lead);
        }
    }
}

TEST_CASE("the template catalog lists every template", "[templates]")
{
    const TemplateCatalog catalog(templatesDir());
    const auto entries = catalog.entries();
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].name == "b2b-field-sales");
    CHECK(entries[0].language == "en");
    CHECK(!entries[0].title.empty());
    CHECK(catalog.path(TemplateCatalog::defaultName, "nl") == templatePath("b2b-field-sales", "nl"));
    CHECK_THROWS_WITH(catalog.path("b2c", "nl"), Catch::Matchers::Contains("no template \"b2c\""));
}

TEST_CASE("a dialog lists each template once, titled in the office language where it has it", "[templates]")
{
    const auto entries = TemplateCatalog(templatesDir()).entries();
    const auto dutch = TemplateCatalog::titled(entries, "nl");
    const auto english = TemplateCatalog::titled(entries, "en");
    REQUIRE(dutch.size() == 3);
    REQUIRE(english.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(dutch[i].name == english[i].name);
        CHECK(dutch[i].title == ProcessFile::load(templatePath(dutch[i].name, "nl")).process.name);
        CHECK(english[i].title == ProcessFile::load(templatePath(english[i].name, "en")).process.name);
        CHECK(dutch[i].title != english[i].title);
    }
    // A language no template has: each in the first language it has.
    const auto other = TemplateCatalog::titled(entries, "de");
    REQUIRE(other.size() == 3);
    CHECK(other[0].title == entries[0].title);
}

TEST_CASE("a spoiled copy of the default template gives exactly the planted findings", "[templates][checks]")
{
    Process p = ProcessFile::load(templatePath("b2b-field-sales", "nl")).process;
    // 1. A misspelled team.
    stepById(p, "draft-quote").team = "buitendinst";
    // 2. The quote loop loses its return mark.
    for (Arrow& a : p.arrows)
        if (a.from == "revise-quote" && a.to == "send-quote")
            a.isReturn = false;
    // 3. A duplicate step, added without arrows.
    Step copy = stepById(p, "send-quote");
    copy.id = "send-quote-2";
    p.steps.push_back(copy);
    // 4. Chat contacts no longer routed.
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(), [](const Route& r) { return r.channel == "chat"; }),
                   p.routes.end());

    const auto findings = ProcessChecker::check(p, CheckOptions{"2026-11-28"});
    std::multiset<std::string> codes;
    for (const Finding& f : findings)
        codes.insert(f.code);
    // Planted, plus what the unconnected duplicate implies (unreachable, dead end).
    CHECK(codes == std::multiset<std::string>{"unknown-team", "unmarked-loop", "duplicate-step", "unreachable-step",
                                              "dead-end", "unrouted-contact", "unrouted-contact"});
    for (const Finding& f : findings) {
        INFO(f.toString());
        if (f.code == "unknown-team")
            CHECK(f.toString() == "steps[14].team: stap \"Offerte opstellen\" verwijst naar onbekend team \"buitendinst\".");
        if (f.code == "unmarked-loop") {
            CHECK(f.message.find("\"Offerte versturen\"") != std::string::npos);
            CHECK(f.message.find("\"Offerte aanpassen\"") != std::string::npos);
        }
        if (f.code == "duplicate-step" || f.code == "unreachable-step" || f.code == "dead-end")
            CHECK(f.message.find("\"Offerte versturen\"") != std::string::npos);
        if (f.code == "unrouted-contact")
            CHECK(f.message.find("\"Chat op de website\"") != std::string::npos);
    }
}
