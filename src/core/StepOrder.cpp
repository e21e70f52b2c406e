#include "StepOrder.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

namespace salesprocess {

namespace {

// Above these sizes the exhaustive search would cost more than the layout may take.
constexpr double everythingBudget = 2.0e7; // arrangements x link pairs
constexpr std::size_t exactStackSize = 6;  // 720 orders per stack
constexpr int maxSweeps = 12;
constexpr int maxPasses = 6;

long long orientation(long ax, long ay, long bx, long by, long cx, long cy)
{
    return static_cast<long long>(bx - ax) * (cy - ay) - static_cast<long long>(by - ay) * (cx - ax);
}

int sign(long long v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

} // namespace

StepOrder::StepOrder(std::vector<std::size_t> columns, std::vector<std::size_t> lanes, std::vector<Link> links)
    : m_columns(std::move(columns)), m_lanes(std::move(lanes))
{
    const std::size_t steps = m_columns.size();
    for (const Link& link : links)
        if (link.from != link.to && link.from < steps && link.to < steps)
            m_links.push_back(link);

    // Stacks in input order: the steps keep the order they were given in.
    std::map<std::pair<std::size_t, std::size_t>, Stack> stacks;
    std::size_t laneCount = 0;
    std::size_t columnCount = 0;
    for (std::size_t i = 0; i < steps; ++i) {
        stacks[{m_columns[i], m_lanes[i]}].push_back(i);
        laneCount = std::max(laneCount, m_lanes[i] + 1);
        columnCount = std::max(columnCount, m_columns[i] + 1);
    }
    std::vector<long> depth(laneCount, 1);
    for (auto& [key, stack] : stacks) {
        depth[key.second] = std::max(depth[key.second], static_cast<long>(stack.size()));
        m_input.push_back(std::move(stack));
    }
    m_laneFirstRow.assign(laneCount, 0);
    for (std::size_t lane = 1; lane < laneCount; ++lane)
        m_laneFirstRow[lane] = m_laneFirstRow[lane - 1] + depth[lane - 1];
    // Which rows hold a step does not depend on the order within the stacks.
    m_laneCount = laneCount;
    for (std::size_t lane = 0; lane < laneCount; ++lane)
        m_laneOfRow.insert(m_laneOfRow.end(), static_cast<std::size_t>(depth[lane]), lane);
    m_depth.assign(columnCount * laneCount, 0);
    for (const Stack& stack : m_input)
        m_depth[m_columns[stack.front()] * laneCount + m_lanes[stack.front()]] = stack.size();

    m_linksOfStep.resize(steps);
    m_linksOverColumn.resize(columnCount);
    for (std::size_t k = 0; k < m_links.size(); ++k) {
        const std::size_t a = m_columns[m_links[k].from];
        const std::size_t b = m_columns[m_links[k].to];
        m_linksOfStep[m_links[k].from].push_back(k);
        m_linksOfStep[m_links[k].to].push_back(k);
        for (std::size_t c = std::min(a, b); c <= std::max(a, b); ++c)
            m_linksOverColumn[c].push_back(k);
        m_byStart.push_back(k);
    }
    std::stable_sort(m_byStart.begin(), m_byStart.end(), [&](std::size_t x, std::size_t y) {
        return std::min(m_columns[m_links[x].from], m_columns[m_links[x].to]) <
               std::min(m_columns[m_links[y].from], m_columns[m_links[y].to]);
    });
}

StepOrder::Rows StepOrder::rowsOf(const std::vector<Stack>& stacks) const
{
    Rows rows(m_columns.size(), 0);
    for (const Stack& stack : stacks)
        for (std::size_t i = 0; i < stack.size(); ++i)
            rows[stack[i]] = m_laneFirstRow[m_lanes[stack[i]]] + static_cast<long>(i);
    return rows;
}

bool StepOrder::cross(std::size_t a, std::size_t b, const Rows& rows) const
{
    const Link& p = m_links[a];
    const Link& q = m_links[b];
    if (p.from == q.from || p.from == q.to || p.to == q.from || p.to == q.to)
        return false;
    const long px1 = static_cast<long>(m_columns[p.from]), py1 = rows[p.from];
    const long px2 = static_cast<long>(m_columns[p.to]), py2 = rows[p.to];
    const long qx1 = static_cast<long>(m_columns[q.from]), qy1 = rows[q.from];
    const long qx2 = static_cast<long>(m_columns[q.to]), qy2 = rows[q.to];
    return sign(orientation(px1, py1, px2, py2, qx1, qy1)) * sign(orientation(px1, py1, px2, py2, qx2, qy2)) < 0 &&
           sign(orientation(qx1, qy1, qx2, qy2, px1, py1)) * sign(orientation(qx1, qy1, qx2, qy2, px2, py2)) < 0;
}

std::size_t StepOrder::through(std::size_t k, const Rows& rows) const
{
    // The grid points strictly between the ends, and whether a step stands on each.
    const Link& link = m_links[k];
    const long x1 = static_cast<long>(m_columns[link.from]);
    const long y1 = rows[link.from];
    const long dx = static_cast<long>(m_columns[link.to]) - x1;
    const long dy = rows[link.to] - y1;
    long a = std::labs(dx);
    long b = std::labs(dy);
    while (b != 0) {
        const long t = a % b;
        a = b;
        b = t;
    }
    std::size_t count = 0;
    for (long step = 1; step < a; ++step) {
        const auto column = static_cast<std::size_t>(x1 + step * dx / a);
        const auto row = static_cast<std::size_t>(y1 + step * dy / a);
        const std::size_t lane = m_laneOfRow[row];
        count += m_depth[column * m_laneCount + lane] > row - static_cast<std::size_t>(m_laneFirstRow[lane]) ? 1u : 0u;
    }
    return count;
}

std::size_t StepOrder::countAll(const Rows& rows) const
{
    // Only arrows whose column spans overlap can cross: walk them sorted by first column.
    std::size_t count = 0;
    for (std::size_t i = 0; i < m_byStart.size(); ++i) {
        const Link& p = m_links[m_byStart[i]];
        const std::size_t end = std::max(m_columns[p.from], m_columns[p.to]);
        for (std::size_t j = i + 1; j < m_byStart.size(); ++j) {
            const Link& q = m_links[m_byStart[j]];
            if (std::min(m_columns[q.from], m_columns[q.to]) > end)
                break;
            count += cross(m_byStart[i], m_byStart[j], rows) ? 1u : 0u;
        }
        count += through(m_byStart[i], rows);
    }
    return count;
}

std::size_t StepOrder::crossings(const std::vector<Stack>& stacks) const { return countAll(rowsOf(stacks)); }

std::vector<StepOrder::Stack> StepOrder::arrange() const
{
    std::vector<Stack> stacks = m_input;
    if (m_links.empty() || searchEverything(stacks))
        return stacks;
    sweep(stacks);
    Rows rows = rowsOf(stacks);
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool improved = false;
        for (Stack& stack : stacks)
            improved = improveStack(stack, rows) || improved;
        if (!improved)
            break;
    }
    return stacks;
}

bool StepOrder::searchEverything(std::vector<Stack>& stacks) const
{
    double arrangements = 1.0;
    std::vector<std::size_t> free;
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        for (std::size_t k = 2; k <= stacks[s].size(); ++k)
            arrangements *= static_cast<double>(k);
        if (stacks[s].size() > 1)
            free.push_back(s);
    }
    const double pairs = static_cast<double>(m_links.size()) * static_cast<double>(m_links.size()) / 2.0;
    if (arrangements * std::max(pairs, 1.0) > everythingBudget)
        return false;

    // Every combination of orders, as an odometer of permutations (each stack starts sorted).
    std::vector<Stack> current = stacks;
    for (std::size_t s : free)
        std::sort(current[s].begin(), current[s].end());
    std::vector<Stack> best = stacks;
    std::size_t bestCount = crossings(stacks);
    while (bestCount > 0) {
        const std::size_t count = crossings(current);
        if (count < bestCount) {
            bestCount = count;
            best = current;
        }
        std::size_t wheel = 0;
        while (wheel < free.size() && !std::next_permutation(current[free[wheel]].begin(), current[free[wheel]].end()))
            ++wheel;
        if (wheel == free.size())
            break;
    }
    stacks = std::move(best);
    return true;
}

void StepOrder::sweep(std::vector<Stack>& stacks) const
{
    // Stacks are sorted by column: find each column's range once.
    std::vector<std::size_t> columnStart;
    for (std::size_t s = 0; s < stacks.size(); ++s)
        if (s == 0 || m_columns[stacks[s].front()] != m_columns[stacks[s - 1].front()])
            columnStart.push_back(s);
    columnStart.push_back(stacks.size());

    Rows rows = rowsOf(stacks);
    std::size_t bestCount = countAll(rows);
    std::vector<Stack> best = stacks;
    int stale = 0;
    for (int round = 0; round < maxSweeps && bestCount > 0 && stale < 3; ++round) {
        const bool forward = round % 2 == 0;
        const std::size_t columnGroups = columnStart.size() - 1;
        for (std::size_t g = 0; g < columnGroups; ++g) {
            const std::size_t group = forward ? g : columnGroups - 1 - g;
            for (std::size_t s = columnStart[group]; s < columnStart[group + 1]; ++s) {
                Stack& stack = stacks[s];
                if (stack.size() < 2)
                    continue;
                const std::size_t column = m_columns[stack.front()];
                // Barycentre of the neighbours already placed in this sweep; a step without
                // such neighbours keeps its row.
                std::vector<std::pair<double, std::size_t>> keyed;
                for (std::size_t step : stack) {
                    double sum = 0;
                    int count = 0;
                    for (std::size_t k : m_linksOfStep[step]) {
                        const std::size_t other = m_links[k].from == step ? m_links[k].to : m_links[k].from;
                        const std::size_t otherColumn = m_columns[other];
                        if (forward ? otherColumn < column : otherColumn > column) {
                            sum += static_cast<double>(rows[other]);
                            ++count;
                        }
                    }
                    keyed.emplace_back(count > 0 ? sum / count : static_cast<double>(rows[step]), step);
                }
                std::stable_sort(keyed.begin(), keyed.end(),
                                 [](const auto& a, const auto& b) { return a.first < b.first; });
                for (std::size_t i = 0; i < stack.size(); ++i) {
                    stack[i] = keyed[i].second;
                    rows[stack[i]] = m_laneFirstRow[m_lanes[stack[i]]] + static_cast<long>(i);
                }
            }
        }
        const std::size_t count = countAll(rows);
        if (count < bestCount) {
            bestCount = count;
            best = stacks;
            stale = 0;
        } else {
            ++stale;
        }
    }
    stacks = std::move(best);
}

bool StepOrder::improveStack(Stack& stack, Rows& rows) const
{
    if (stack.size() < 2)
        return false;
    // The arrows touching this stack, and every arrow that can cross one of them: only their
    // crossings change when the stack is reordered.
    std::vector<std::size_t> own;
    std::size_t first = m_linksOverColumn.size();
    std::size_t last = 0;
    for (std::size_t step : stack) {
        for (std::size_t k : m_linksOfStep[step]) {
            own.push_back(k);
            first = std::min({first, m_columns[m_links[k].from], m_columns[m_links[k].to]});
            last = std::max({last, m_columns[m_links[k].from], m_columns[m_links[k].to]});
        }
    }
    if (own.empty())
        return false;
    std::sort(own.begin(), own.end());
    own.erase(std::unique(own.begin(), own.end()), own.end());
    std::vector<std::size_t> others;
    for (std::size_t c = first; c <= last; ++c)
        others.insert(others.end(), m_linksOverColumn[c].begin(), m_linksOverColumn[c].end());
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    others.erase(std::remove_if(others.begin(), others.end(),
                                [&](std::size_t k) { return std::binary_search(own.begin(), own.end(), k); }),
                 others.end());

    const long firstRow = m_laneFirstRow[m_lanes[stack.front()]];
    auto place = [&](const Stack& order) {
        for (std::size_t i = 0; i < order.size(); ++i)
            rows[order[i]] = firstRow + static_cast<long>(i);
    };
    auto local = [&]() {
        std::size_t count = 0;
        for (std::size_t i = 0; i < own.size(); ++i) {
            count += through(own[i], rows);
            for (std::size_t j = i + 1; j < own.size(); ++j)
                count += cross(own[i], own[j], rows) ? 1u : 0u;
            for (std::size_t k : others)
                count += cross(own[i], k, rows) ? 1u : 0u;
        }
        return count;
    };

    const std::size_t before = local();
    if (before == 0)
        return false;
    Stack best = stack;
    std::size_t bestCount = before;
    if (stack.size() <= exactStackSize) {
        Stack order = stack;
        std::sort(order.begin(), order.end());
        do {
            place(order);
            const std::size_t count = local();
            if (count < bestCount) {
                bestCount = count;
                best = order;
            }
        } while (bestCount > 0 && std::next_permutation(order.begin(), order.end()));
    } else {
        // Too many orders to try them all: swap neighbours while that helps.
        Stack order = stack;
        bool swapped = true;
        while (swapped && bestCount > 0) {
            swapped = false;
            for (std::size_t i = 0; i + 1 < order.size(); ++i) {
                std::swap(order[i], order[i + 1]);
                place(order);
                const std::size_t count = local();
                if (count < bestCount) {
                    bestCount = count;
                    best = order;
                    swapped = true;
                } else {
                    std::swap(order[i], order[i + 1]);
                }
            }
        }
    }
    stack = best;
    place(stack);
    return bestCount < before;
}

} // namespace salesprocess
