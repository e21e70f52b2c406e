#include "core/FlowGraph.hpp"

#include <catch2/catch.hpp>

using salesprocess::FlowGraph;

TEST_CASE("loops and reachability", "[flow]")
{
    // 0 -> 1 -> 2 -> 1 (loop), 2 -> 3; 4 -> 4 (self loop); 5 alone
    const std::vector<FlowGraph::Edge> edges = {{0, 1, 0}, {1, 2, 1}, {2, 1, 2}, {2, 3, 3}, {4, 4, 4}};
    const FlowGraph graph(6, edges);
    const auto all = graph.cycles(std::vector<bool>(edges.size(), true));
    REQUIRE(all.size() == 2);
    CHECK(all[0] == std::vector<std::size_t>{1, 2});
    CHECK(all[1] == std::vector<std::size_t>{4});
    CHECK(graph.hasExit(all[0]));
    CHECK_FALSE(graph.hasExit(all[1]));
    CHECK(graph.cycles({true, true, false, true, false}).empty());
    CHECK(graph.reachableFrom({0}) == std::vector<bool>{true, true, true, true, false, false});
}
