#include "core/Drawing.hpp"

#include <catch2/catch.hpp>

using namespace salesprocess;

TEST_CASE("a segment runs through a box only through its inside", "[drawing]")
{
    const Rect box{1000, 1000, 2000, 1000};
    CHECK(runsThrough({500, 1500}, {3500, 1500}, box, 20));  // straight across
    CHECK(runsThrough({2000, 0}, {2000, 1500}, box, 20));    // ends inside
    CHECK(runsThrough({0, 0}, {4000, 4000}, box, 20));       // slanted, through a corner region
    CHECK_FALSE(runsThrough({500, 1000}, {3500, 1000}, box, 20)); // along its top edge
    CHECK_FALSE(runsThrough({2000, 0}, {2000, 1000}, box, 20));   // ending on its edge (a glue point)
    CHECK_FALSE(runsThrough({2000, 0}, {2000, 1010}, box, 20));   // within the margin
    CHECK_FALSE(runsThrough({0, 0}, {500, 3000}, box, 20));       // beside it
    CHECK_FALSE(runsThrough({0, 0}, {4000, 0}, Rect{0, 0, 30, 30}, 20)); // a box smaller than its margins
}

TEST_CASE("a simplified route keeps only its corners", "[drawing]")
{
    const std::vector<Point> route{{0, 0}, {0, 0}, {0, 500}, {0, 1000}, {800, 1000}, {800, 1000}, {800, 2000}};
    const std::vector<Point> corners = simplified(route);
    REQUIRE(corners.size() == 4);
    CHECK((corners[0].x == 0 && corners[0].y == 0));
    CHECK((corners[1].x == 0 && corners[1].y == 1000));
    CHECK((corners[2].x == 800 && corners[2].y == 1000));
    CHECK((corners[3].x == 800 && corners[3].y == 2000));
}
