#pragma once
#include <cstddef>
#include <vector>

namespace salesprocess {

/// Orders the steps that share one column of one lane (a stack) so that few arrows cross.
///
/// It works on positions only. A step stands in a column (along the process, in order) and in a
/// lane (a team); within its stack it takes a row. Rows count from the first lane on: a lane is
/// as many rows deep as its deepest stack, and every stack fills its lane from the first row.
/// The swimlane layout draws the steps in exactly these rows, so fewer crossings here means
/// fewer crossing arrows on paper.
class StepOrder {
public:
    /// An arrow between two steps, as indices into the steps given to the constructor.
    struct Link {
        std::size_t from = 0;
        std::size_t to = 0;
    };
    /// The steps in one column of one lane, first row first (indices into the steps).
    using Stack = std::vector<std::size_t>;

    /// Step i stands in columns[i] and lanes[i]; links are the arrows between steps.
    StepOrder(std::vector<std::size_t> columns, std::vector<std::size_t> lanes, std::vector<Link> links);

    /// The stacks with their steps in input order, sorted by column, then lane.
    const std::vector<Stack>& inputStacks() const { return m_input; }

    /// The same stacks, each ordered to keep crossings few: an exhaustive search over every
    /// stack at once when the process is small; otherwise barycentric sweeps over the columns,
    /// then an exact search within each small stack. Deterministic.
    std::vector<Stack> arrange() const;

    /// What a reader sees as arrows crossing, with every arrow drawn straight from its first
    /// step's position (column, row) to its second's: each pair of arrows that cross, plus each
    /// step an arrow runs straight through (on paper that arrow has to go around the box, across
    /// the others). Arrows sharing a step and arrows that only touch do not count.
    std::size_t crossings(const std::vector<Stack>& stacks) const;

private:
    using Rows = std::vector<long>;

    Rows rowsOf(const std::vector<Stack>& stacks) const;
    std::size_t countAll(const Rows& rows) const;
    bool cross(std::size_t a, std::size_t b, const Rows& rows) const;
    std::size_t through(std::size_t link, const Rows& rows) const;
    bool searchEverything(std::vector<Stack>& stacks) const;
    void sweep(std::vector<Stack>& stacks) const;
    bool improveStack(Stack& stack, Rows& rows) const;

    std::vector<std::size_t> m_columns;
    std::vector<std::size_t> m_lanes;
    std::vector<Link> m_links;          ///< self-loops left out: they cross nothing
    std::vector<Stack> m_input;
    std::vector<long> m_laneFirstRow;   ///< row of each lane's first row
    std::vector<std::size_t> m_laneOfRow;
    std::vector<std::size_t> m_depth;   ///< [column * lanes + lane]: steps in that stack
    std::size_t m_laneCount = 0;
    std::vector<std::size_t> m_byStart; ///< links sorted by their first column
    std::vector<std::vector<std::size_t>> m_linksOfStep;
    std::vector<std::vector<std::size_t>> m_linksOverColumn; ///< links whose span covers the column
};

} // namespace salesprocess
