#include "ProcessBuilder.hpp"
#include "core/ProcessChecker.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

using namespace salesprocess;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {

std::string loadError(const std::string& text, const std::string& file = "b2b.json")
{
    try {
        ProcessFile::parse(text, file);
    } catch (const LoadError& e) {
        return e.what();
    }
    return "(loaded)";
}

const char* const minimal = R"({
  "process": { "name": "Mini", "language": "nl" },
  "phases": [ { "id": "p1", "name": "Contact" } ],
  "teams": [ { "id": "t1", "name": "Binnendienst" } ],
  "steps": [
    { "id": "s1", "name": "Aanvraag ontvangen", "kind": "start", "phase": "p1", "team": "t1" },
    { "id": "s2", "name": "Order gewonnen", "kind": "end-won", "phase": "p1", "team": "t1" }
  ],
  "arrows": [ { "from": "s1", "to": "s2" } ]
})";

} // namespace

TEST_CASE("a minimal file loads", "[load]")
{
    const LoadResult r = ProcessFile::parse(minimal, "mini.json");
    CHECK(r.findings.empty());
    CHECK(r.process.name == "Mini");
    CHECK(r.process.language == "nl");
    REQUIRE(r.process.steps.size() == 2);
    CHECK(r.process.steps[0].kind == StepKind::Start);
    CHECK(r.process.segments.size() == 2); // the default prospect / customer
    CHECK(r.process.segments[1].name == "Klant");
    CHECK(ProcessChecker::check(r.process, {}).empty());
}

TEST_CASE("broken syntax names the file and the line", "[load][bad-input]")
{
    const std::string text = "{\n  \"process\": { \"name\": \"x\" }\n  \"steps\": []\n}";
    CHECK_THAT(loadError(text), Contains("b2b.json:3:"));
}

TEST_CASE("empty files", "[load][bad-input]")
{
    CHECK_THAT(loadError(""), Equals("b2b.json: the file is empty"));
    CHECK_THAT(loadError("  \n\t "), Equals("b2b.json: the file is empty"));
    CHECK_THAT(loadError("\xEF\xBB\xBF"), Equals("b2b.json: the file is empty"));
}

TEST_CASE("wrong structure stops loading with the path", "[load][bad-input]")
{
    CHECK_THAT(loadError("[1, 2]"), Contains("expected a JSON object"));
    CHECK_THAT(loadError("42"), Contains("expected a JSON object"));
    CHECK_THAT(loadError(R"({"name": "x"})"), Contains("not a sales process"));
    CHECK_THAT(loadError(R"({"steps": {"a": 1}})"), Equals("b2b.json: steps: expected a list [ ... ]"));
    CHECK_THAT(loadError(R"({"steps": "none"})"), Equals("b2b.json: steps: expected a list [ ... ]"));
    CHECK_THAT(loadError(R"({"steps": [1]})"), Equals("b2b.json: steps[0]: expected an object { ... }"));
    CHECK_THAT(loadError(R"({"steps": [{"id": "a", "name": {"x": 1}}]})"),
               Contains("steps[0].name: expected text"));
    CHECK_THAT(loadError(R"({"steps": [{"id": "a", "checklist": [{"x": 1}]}]})"),
               Contains("steps[0].checklist: expected a list of texts"));
    CHECK_THAT(loadError(R"({"process": "x"})"), Contains("process: expected an object"));
}

TEST_CASE("missing fields, duplicate ids and empty names are findings", "[load][bad-input]")
{
    const char* text = R"({
      "process": { "name": "x" },
      "phases": [ { "id": "p", "name": "P" } ],
      "teams": [ { "id": "t", "name": "T" } ],
      "steps": [
        { "id": "a", "name": "Start here", "kind": "start", "phase": "p", "team": "t" },
        { "id": "a", "name": "", "kind": "end-won", "phase": "p", "team": "t" },
        { "name": "No id", "kind": "wobble", "phase": "p", "team": "t", "recurring": "maybe" }
      ],
      "arrows": [ { "from": "a" } ]
    })";
    const LoadResult r = ProcessFile::parse(text, "x.json");
    REQUIRE(r.findings.size() == 2); // what loading itself sees
    CHECK(r.findings[0].toString() ==
          "steps[2].kind: step \"No id\" has unknown kind \"wobble\" (activity, decision, start, end-won, end-lost).");
    CHECK(r.findings[1].code == "invalid-value");
    CHECK(r.findings[1].where.toPath() == "steps[2].recurring");

    std::vector<std::string> found;
    for (const Finding& f : ProcessChecker::check(r.process, {}))
        found.push_back(f.code + " " + f.where.toPath());
    CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("duplicate-id steps[1].id")));
    CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("missing-field steps[2].id")));
    CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("missing-field steps[1].name")));
    CHECK_THAT(found, Catch::Matchers::VectorContains(std::string("missing-field arrows[0].to")));
}

TEST_CASE("encoding: UTF-8 with or without byte-order mark, nothing else", "[load][bad-input]")
{
    const std::string utf8 = R"({"process": {"name": "Offerte opstellen – één, twee"}, "steps": []})";
    CHECK(ProcessFile::parse(utf8, "u.json").process.name == "Offerte opstellen – één, twee");
    CHECK(ProcessFile::parse("\xEF\xBB\xBF" + utf8, "u.json").process.name == "Offerte opstellen – één, twee");
    // Latin-1 "é" in line 2.
    CHECK_THAT(loadError("{\n\"process\": {\"name\": \"caf\xE9\"}, \"steps\": []}", "latin1.json"),
               Equals("latin1.json:2: invalid UTF-8 byte (save the file as UTF-8)"));
    CHECK_THAT(loadError("{\"steps\": [], \"x\": \"\xC3\"}"), Contains("invalid UTF-8"));
    CHECK_THAT(loadError(std::string("{\"steps\": [], \"x\": \"\0\"}", 22)), Contains("b2b.json:1:"));
}

TEST_CASE("size and nesting are checked before parsing", "[load][bad-input]")
{
    SECTION("100,000 levels deep gives a clean error, not a crash")
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        CHECK_THAT(loadError(deep), Equals("b2b.json:1: nested too deeply (more than 32 levels)"));
        const std::string deepObject = "{\"steps\": [" + std::string(50000, '{') ;
        CHECK_THAT(loadError(deepObject), Contains("nested too deeply"));
    }
    SECTION("brackets inside strings do not count")
    {
        const std::string text = "{\"process\": {\"name\": \"" + std::string(100, '[') + "\"}, \"steps\": []}";
        CHECK(ProcessFile::parse(text, "s.json").process.name == std::string(100, '['));
    }
    SECTION("a file over the limit is refused without reading it")
    {
        const std::string path = "huge-test-file.json";
        {
            std::ofstream out(path, std::ios::binary);
            out.seekp(static_cast<std::streamoff>(ProcessFile::maxBytes) + 10);
            out.put('x');
        }
        try {
            ProcessFile::load(path);
            FAIL("loaded");
        } catch (const LoadError& e) {
            CHECK_THAT(e.what(), Contains("file too large (64 MiB; at most 64 MiB)"));
        }
        std::remove(path.c_str());
    }
    SECTION("a missing file")
    {
        CHECK_THROWS_AS(ProcessFile::load("/nonexistent/x.json"), LoadError);
    }
}

TEST_CASE("a process survives a round trip through JSON", "[load][save]")
{
    Process p = test::smallProcess("nl");
    p.steps[1].name = "Lead kwalificeren\nen vastleggen";
    p.steps[1].supportingTeams = {"field"};
    p.steps[1].segments = {"prospect"};
    p.steps[1].checklist = {"Budget bekend", "Beslisser \"bekend\""};
    p.steps[1].recurring = true;
    p.arrows[2].isReturn = true;
    p.channels[0].inbound = false;
    p.actions = {{"Train", "Anna", "2026-03-01", ActionStatus::Doing, "change 3"}};
    const LoadResult r = ProcessFile::parse(ProcessFile::toJson(p), "round.json");
    CHECK(r.findings.empty());
    const Process& q = r.process;
    CHECK(q.language == "nl");
    CHECK(q.steps[1].name == p.steps[1].name);
    CHECK(q.steps[1].supportingTeams == p.steps[1].supportingTeams);
    CHECK(q.steps[1].segments == p.steps[1].segments);
    CHECK(q.steps[1].checklist == p.steps[1].checklist);
    CHECK(q.steps[1].recurring);
    CHECK(q.steps[2].kind == StepKind::Decision);
    CHECK(q.arrows[2].isReturn);
    CHECK_FALSE(q.channels[0].inbound);
    CHECK(q.channels[1].contactsPerWeek == 20);
    CHECK(q.actions[0].status == ActionStatus::Doing);
    CHECK(q.actions[0].origin == "change 3");
    CHECK(q.routes.size() == p.routes.size());

    SECTION("saving writes the file atomically")
    {
        const std::string path = "round-trip-test.json";
        ProcessFile::save(p, path);
        CHECK(ProcessFile::load(path).process.steps[1].name == p.steps[1].name);
        std::remove(path.c_str());
    }
}
