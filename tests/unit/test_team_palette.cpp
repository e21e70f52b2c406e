#include "core/TeamPalette.hpp"

#include <catch2/catch.hpp>

#include <set>

using salesprocess::TeamPalette;

TEST_CASE("team colours stay distinct well beyond the base palette", "[palette]")
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < 3 * TeamPalette::baseSize(); ++i) {
        const std::string fill = TeamPalette::fill(i);
        CHECK(TeamPalette::isColour(fill));
        CHECK(seen.insert(fill).second);
        // Light fills carry dark text: readable when printed in grey.
        CHECK(TeamPalette::text(fill) == "#222222");
        CHECK(TeamPalette::border(fill) != fill);
    }
    CHECK(TeamPalette::fill(0) == "#99DDFF");
}

TEST_CASE("a team's own colour wins over the palette", "[palette]")
{
    salesprocess::Process p;
    p.teams = {{"a", "A", "#123456", ""}, {"b", "B", "", ""}, {"c", "C", "blue", ""}};
    CHECK(TeamPalette::fillOf(p, "a") == "#123456");
    CHECK(TeamPalette::fillOf(p, "b") == TeamPalette::fill(1));
    CHECK(TeamPalette::fillOf(p, "c") == TeamPalette::fill(2));
    CHECK(TeamPalette::text("#123456") == "#FFFFFF");
}
