#include "core/DuplicateFinder.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using salesprocess::DuplicateFinder;
using Members = std::vector<std::size_t>;

TEST_CASE("DuplicateFinder: no names, no groups", "[duplicates]")
{
    CHECK(DuplicateFinder::find({}).empty());
    CHECK(DuplicateFinder::find({"Offerte opstellen"}).empty());
    CHECK(DuplicateFinder::find({"Offerte opstellen", "Offerte versturen", "Klant bellen"}).empty());
}

TEST_CASE("DuplicateFinder: exact duplicates form one exact group", "[duplicates]")
{
    const auto groups = DuplicateFinder::find({"Offerte opstellen", "Klant bellen", "offerte  OPSTELLEN!",
                                               "Offerte\nopstellen"});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].exact);
    CHECK(groups[0].members == Members{0, 2, 3});
}

TEST_CASE("DuplicateFinder: near duplicates form one near group", "[duplicates]")
{
    const auto groups = DuplicateFinder::find({"Send the quote", "Call customer", "Send quotation"});
    REQUIRE(groups.size() == 1);
    CHECK_FALSE(groups[0].exact);
    CHECK(groups[0].members == Members{0, 2});
}

TEST_CASE("DuplicateFinder: exact and near groups together", "[duplicates]")
{
    const std::vector<std::string> names = {
        "Offerte opstellen",  // 0
        "Offertes opstellen", // 1 near 0
        "Klant bellen",       // 2
        "OFFERTE OPSTELLEN",  // 3 exact 0
        "Bel de klant",       // 4 near 2
        "Order invoeren",     // 5
        "Order bevestigen",   // 6 different action on the same object
    };
    const auto groups = DuplicateFinder::find(names);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].exact);
    CHECK(groups[0].members == Members{0, 3});
    // A near group lists every member of the similarity key, exact duplicates included.
    CHECK_FALSE(groups[1].exact);
    CHECK(groups[1].members == Members{0, 1, 3});
    CHECK_FALSE(groups[2].exact);
    CHECK(groups[2].members == Members{2, 4});
}

TEST_CASE("DuplicateFinder: empty names are ignored", "[duplicates]")
{
    CHECK(DuplicateFinder::find({"", "", "   ", "!!!", "\n", "...", "Klant bellen"}).empty());
    const auto groups = DuplicateFinder::find({"", "Klant bellen", "", "klant bellen"});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].members == Members{1, 3});
}

TEST_CASE("DuplicateFinder: groups come ordered by first member", "[duplicates]")
{
    const auto groups = DuplicateFinder::find(
        {"Order invoeren", "Klant bellen", "Send quote", "Klant bellen", "Send the quotation", "order invoeren"});
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].members == Members{0, 5});
    CHECK(groups[0].exact);
    CHECK(groups[1].members == Members{1, 3});
    CHECK(groups[1].exact);
    CHECK(groups[2].members == Members{2, 4});
    CHECK_FALSE(groups[2].exact);
    for (const auto& g : groups)
        for (std::size_t i = 1; i < g.members.size(); ++i)
            CHECK(g.members[i - 1] < g.members[i]);
}

TEST_CASE("DuplicateFinder: 100,000 names finish and the planted groups are found", "[duplicates]")
{
    // Unique names: a number and one of a few verbs and objects, so keys differ by the number.
    const char* verbs[] = {"Check", "Send", "Prepare", "Call", "Controleer", "Verstuur"};
    const char* objects[] = {"quote", "invoice", "customer", "offerte", "order", "levering"};
    std::vector<std::string> names;
    names.reserve(100000);
    for (std::size_t i = 0; i < 100000; ++i)
        names.push_back(std::string(verbs[i % 6]) + " " + objects[(i / 6) % 6] + " " + std::to_string(i));

    // Planted: an exact pair, a near pair and a near group of three (with an exact pair inside).
    names[17] = "Offerte opstellen";
    names[50000] = "offerte  opstellen!";
    names[123] = "Send the quote to the customer";
    names[99999] = "Send quotation to client";
    names[40] = "Klant bellen";
    names[41] = "Bel de klant";
    names[77777] = "KLANT BELLEN";

    const auto groups = DuplicateFinder::find(names);
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].exact);
    CHECK(groups[0].members == Members{17, 50000});
    CHECK(groups[1].exact);
    CHECK(groups[1].members == Members{40, 77777});
    CHECK_FALSE(groups[2].exact);
    CHECK(groups[2].members == Members{40, 41, 77777});
    CHECK_FALSE(groups[3].exact);
    CHECK(groups[3].members == Members{123, 99999});
}
