#pragma once
#include <cstddef>
#include <vector>

namespace salesprocess {

/// The arrows between steps as a directed graph on step indices. Iterative algorithms only:
/// a 100,000-step process must not overflow the stack.
class FlowGraph {
public:
    struct Edge {
        std::size_t from;
        std::size_t to;
        std::size_t arrow; ///< index into Process::arrows
    };

    FlowGraph(std::size_t nodeCount, const std::vector<Edge>& edges);

    /// Indices into the edge list of the edges leaving a node.
    const std::vector<std::size_t>& outgoing(std::size_t node) const { return m_out[node]; }

    std::vector<bool> reachableFrom(const std::vector<std::size_t>& roots) const;

    /// The loops: strongly connected components with more than one node or a self-loop,
    /// using only the edges where use[edge] is true. Nodes of each loop ascending.
    std::vector<std::vector<std::size_t>> cycles(const std::vector<bool>& use) const;

    /// True when an edge leads from a node of the loop to a node outside it.
    bool hasExit(const std::vector<std::size_t>& loop) const;

private:
    std::size_t m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<std::size_t>> m_out;
};

} // namespace salesprocess
