#include "core/StepOrder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace salesprocess;

namespace {

/// Steps 0..n-1 in column 0 and n..2n-1 in column 1, all in lane 0; step i points at n + target[i].
StepOrder twoColumns(const std::vector<std::size_t>& target)
{
    const std::size_t n = target.size();
    std::vector<std::size_t> columns(2 * n, 0);
    std::fill(columns.begin() + static_cast<long>(n), columns.end(), 1);
    std::vector<StepOrder::Link> links;
    for (std::size_t i = 0; i < n; ++i)
        links.push_back({i, n + target[i]});
    return StepOrder(columns, std::vector<std::size_t>(2 * n, 0), links);
}

/// Where each step stands after arranging: (stack, row).
std::vector<std::size_t> rowsOf(const std::vector<StepOrder::Stack>& stacks, std::size_t steps)
{
    std::vector<std::size_t> rows(steps, 0);
    for (const StepOrder::Stack& stack : stacks)
        for (std::size_t i = 0; i < stack.size(); ++i)
            rows[stack[i]] = i;
    return rows;
}

} // namespace

TEST_CASE("input stacks keep the given order, sorted by column and lane", "[order]")
{
    const StepOrder order({1, 0, 1, 0, 0}, {0, 1, 0, 0, 1}, {});
    const std::vector<StepOrder::Stack> expected = {{3}, {1, 4}, {0, 2}};
    CHECK(order.inputStacks() == expected);
    CHECK(order.crossings(order.inputStacks()) == 0);
    CHECK(order.arrange() == expected); // nothing to gain: nothing moves
}

TEST_CASE("a reversed hand-over is untangled to no crossing at all", "[order]")
{
    // Five steps each pass their work to the step in the mirrored row: every pair crosses.
    const StepOrder order = twoColumns({4, 3, 2, 1, 0});
    CHECK(order.crossings(order.inputStacks()) == 10);
    const auto stacks = order.arrange();
    CHECK(order.crossings(stacks) == 0);
}

TEST_CASE("two steps that both feed two others keep their one unavoidable crossing", "[order]")
{
    // K(2,2): whatever the order, exactly one pair of arrows crosses.
    const StepOrder order({0, 0, 1, 1}, {0, 0, 0, 0}, {{0, 2}, {0, 3}, {1, 2}, {1, 3}});
    CHECK(order.crossings(order.inputStacks()) == 1);
    CHECK(order.crossings(order.arrange()) == 1);
}

TEST_CASE("large stacks beyond the exhaustive search still reach the minimum", "[order]")
{
    // Seven rows per column and three columns: 7!^3 orders, far too many to try, so the sweeps
    // and the per-stack search do it. Column 0 -> 1 is a shuffle, column 1 -> 2 another one.
    const std::vector<std::size_t> first = {3, 6, 0, 5, 1, 4, 2};
    const std::vector<std::size_t> second = {5, 2, 6, 0, 3, 1, 4};
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < 3; ++c)
        columns.insert(columns.end(), 7, c);
    std::vector<StepOrder::Link> links;
    for (std::size_t i = 0; i < 7; ++i) {
        links.push_back({i, 7 + first[i]});
        links.push_back({7 + i, 14 + second[i]});
    }
    const StepOrder order(columns, std::vector<std::size_t>(21, 0), links);
    CHECK(order.crossings(order.inputStacks()) > 0);
    const auto stacks = order.arrange();
    CHECK(order.crossings(stacks) == 0);
    // The result is a real reordering of the same stacks.
    REQUIRE(stacks.size() == order.inputStacks().size());
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        auto a = stacks[s];
        auto b = order.inputStacks()[s];
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        CHECK(a == b);
    }
}

TEST_CASE("an arrow drawn straight through another step counts as a crossing", "[order]")
{
    // Column 0: a, a2; column 1: b; column 2: c, c2. The arrow a -> c in the first row runs
    // through b; with a or c in the second row it passes by.
    //   0=a 1=a2 2=b 3=c 4=c2
    const StepOrder order({0, 0, 1, 2, 2}, {0, 0, 0, 0, 0}, {{0, 3}});
    CHECK(order.crossings(order.inputStacks()) == 1);
    const auto stacks = order.arrange();
    CHECK(order.crossings(stacks) == 0);
    const auto rows = rowsOf(stacks, 5);
    CHECK(rows[0] + rows[3] > 0);
}

TEST_CASE("rows count on from the first lane: a lane is as deep as its deepest stack", "[order]")
{
    // Lane 0 has a stack of two in column 0; lane 1 one step in each column. The arrow from the
    // lane-0 step in row 1 to lane 1 crosses the arrow from row 0 of lane 0 only when its stack
    // is ordered badly.
    //   0: column 0 lane 0, 1: column 0 lane 0, 2: column 1 lane 0, 3: column 1 lane 1
    const StepOrder order({0, 0, 1, 1}, {0, 0, 0, 1}, {{0, 3}, {1, 2}});
    CHECK(order.crossings(order.inputStacks()) == 1);
    const auto stacks = order.arrange();
    CHECK(order.crossings(stacks) == 0);
    CHECK(rowsOf(stacks, 4)[1] == 0);
}

TEST_CASE("arranging is deterministic and never worse than the input", "[order]")
{
    // A scrambled process of 300 steps over 30 columns and 4 lanes.
    std::vector<std::size_t> columns;
    std::vector<std::size_t> lanes;
    std::vector<StepOrder::Link> links;
    unsigned long seed = 7;
    auto next = [&](unsigned long range) {
        seed = seed * 6364136223846793005UL + 1442695040888963407UL;
        return static_cast<std::size_t>((seed >> 33) % range);
    };
    for (std::size_t i = 0; i < 300; ++i) {
        columns.push_back(i / 10);
        lanes.push_back(next(4));
    }
    for (std::size_t i = 10; i < 300; ++i) {
        links.push_back({i - 10 + next(10), i});
        if (next(3) == 0)
            links.push_back({i - 10 + next(10), i});
    }
    const StepOrder order(columns, lanes, links);
    const auto once = order.arrange();
    const auto twice = order.arrange();
    CHECK(once == twice);
    CHECK(order.crossings(once) < order.crossings(order.inputStacks()));
}
