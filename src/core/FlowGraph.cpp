#include "FlowGraph.hpp"

#include <algorithm>
#include <unordered_set>

namespace salesprocess {

FlowGraph::FlowGraph(std::size_t nodeCount, const std::vector<Edge>& edges)
    : m_nodes(nodeCount), m_edges(edges), m_out(nodeCount)
{
    for (std::size_t e = 0; e < m_edges.size(); ++e)
        m_out[m_edges[e].from].push_back(e);
}

std::vector<bool> FlowGraph::reachableFrom(const std::vector<std::size_t>& roots) const
{
    std::vector<bool> seen(m_nodes, false);
    std::vector<std::size_t> stack;
    for (std::size_t r : roots)
        if (!seen[r]) {
            seen[r] = true;
            stack.push_back(r);
        }
    while (!stack.empty()) {
        const std::size_t node = stack.back();
        stack.pop_back();
        for (std::size_t e : m_out[node]) {
            const std::size_t next = m_edges[e].to;
            if (!seen[next]) {
                seen[next] = true;
                stack.push_back(next);
            }
        }
    }
    return seen;
}

std::vector<std::vector<std::size_t>> FlowGraph::cycles(const std::vector<bool>& use) const
{
    // Tarjan's algorithm with an explicit call stack.
    constexpr std::size_t unvisited = static_cast<std::size_t>(-1);
    std::vector<std::size_t> index(m_nodes, unvisited), low(m_nodes, 0);
    std::vector<bool> onStack(m_nodes, false);
    std::vector<std::size_t> sccStack;
    std::vector<std::pair<std::size_t, std::size_t>> calls; // node, next outgoing position
    std::vector<std::vector<std::size_t>> result;
    std::size_t counter = 0;

    for (std::size_t root = 0; root < m_nodes; ++root) {
        if (index[root] != unvisited)
            continue;
        calls.emplace_back(root, 0);
        index[root] = low[root] = counter++;
        sccStack.push_back(root);
        onStack[root] = true;
        while (!calls.empty()) {
            auto& [node, pos] = calls.back();
            if (pos < m_out[node].size()) {
                const std::size_t e = m_out[node][pos++];
                if (!use[e])
                    continue;
                const std::size_t next = m_edges[e].to;
                if (index[next] == unvisited) {
                    index[next] = low[next] = counter++;
                    sccStack.push_back(next);
                    onStack[next] = true;
                    calls.emplace_back(next, 0);
                } else if (onStack[next]) {
                    low[node] = std::min(low[node], index[next]);
                }
                continue;
            }
            const std::size_t done = node;
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            if (low[done] != index[done])
                continue;
            std::vector<std::size_t> component;
            std::size_t member = 0;
            do {
                member = sccStack.back();
                sccStack.pop_back();
                onStack[member] = false;
                component.push_back(member);
            } while (member != done);
            bool selfLoop = false;
            if (component.size() == 1)
                for (std::size_t e : m_out[done])
                    selfLoop = selfLoop || (use[e] && m_edges[e].to == done);
            if (component.size() > 1 || selfLoop) {
                std::sort(component.begin(), component.end());
                result.push_back(std::move(component));
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool FlowGraph::hasExit(const std::vector<std::size_t>& loop) const
{
    const std::unordered_set<std::size_t> inside(loop.begin(), loop.end());
    for (std::size_t node : loop)
        for (std::size_t e : m_out[node])
            if (!inside.count(m_edges[e].to))
                return true;
    return false;
}

} // namespace salesprocess
