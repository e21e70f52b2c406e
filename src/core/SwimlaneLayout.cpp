#include "SwimlaneLayout.hpp"

#include "ArrowLabels.hpp"
#include "StepOrder.hpp"
#include "TeamPalette.hpp"
#include "Text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <queue>
#include <set>
#include <tuple>
#include <string>
#include <vector>

namespace salesprocess {

namespace {

// Design sizes at scale 1, in 1/100 mm. The diagram scales; margins, title block and legend do not.
constexpr long pageMargin = 1000;
constexpr long stripGap = 400;          // between title block, diagram and legend
constexpr long boxWidth = 3600;
constexpr long decisionWidth = 6000;    // a diamond's label only has its middle half
constexpr long boxHeight = 1000;        // the smallest box; taller ones grow by grid steps
constexpr long gridStep = 250;
constexpr long gutterWidth = 800;       // between boxes: room for several arrows side by side
constexpr long markerWidth = 3000;      // off-page markers: narrower than steps, they take a column of their own
constexpr long laneHeaderWidth = 2500;  // teams as lanes: the column of team names
constexpr long phaseHeaderWidth = 3000; // teams as columns: the column of phase names
constexpr long trackSpacing = 150;      // between arrows that share a gutter
constexpr double headerPoints = 11.0;
constexpr double arrowPoints = 9.0;
constexpr double titlePoints = 14.0;
constexpr double detailPoints = 9.0;
constexpr double legendPoints = 9.0;
constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

/// Sides of a box in the diagram's own terms: along the process, or across the lanes.
enum class Side { Forward, Backward, Before, After };

/// One shown step on the grid.
struct Node {
    std::size_t step = 0;   ///< index into Process::steps
    std::size_t phase = 0;
    std::size_t lane = 0;   ///< index into Process::teams
    std::size_t rank = 0;   ///< column within its phase before stacks are capped
    std::size_t place = 0;  ///< among the steps of its cell with the same rank, in input order
    std::size_t column = 0; ///< over all phases, in process order
    std::size_t row = 0;    ///< within its stack, after StepOrder
};

/// One shown arrow, between nodes.
struct Link {
    std::size_t from = 0;
    std::size_t to = 0;
    std::size_t arrow = 0; ///< index into Process::arrows
};

/// Reads the plane as flow (along the process) and cross (across the lanes).
struct Axes {
    bool horizontal = true;

    long flow(const Size& s) const { return horizontal ? s.width : s.height; }
    long cross(const Size& s) const { return horizontal ? s.height : s.width; }
    Rect rect(long f, long c, long flowLength, long crossLength) const
    {
        return horizontal ? Rect{f, c, flowLength, crossLength} : Rect{c, f, crossLength, flowLength};
    }
    Point point(long f, long c) const { return horizontal ? Point{f, c} : Point{c, f}; }
    int glue(Side side) const
    {
        switch (side) {
        case Side::Forward: return horizontal ? 1 : 2;
        case Side::Backward: return horizontal ? 3 : 0;
        case Side::Before: return horizontal ? 0 : 3;
        case Side::After: return horizontal ? 2 : 1;
        }
        return 0;
    }
};

long scaled(long length, double scale) { return std::lround(static_cast<double>(length) * scale); }

/// Mixes a "#rrggbb" colour with white: lanes are a whisper of their team's colour.
std::string lighten(const std::string& colour, double amount)
{
    if (!TeamPalette::isColour(colour))
        return "#F7F7F7";
    char out[8];
    int channels[3];
    for (int i = 0; i < 3; ++i) {
        const int v = static_cast<int>(std::stoul(colour.substr(static_cast<std::size_t>(1 + 2 * i), 2), nullptr, 16));
        channels[i] = static_cast<int>(std::lround(v + (255 - v) * amount));
    }
    std::snprintf(out, sizeof out, "#%02X%02X%02X", channels[0], channels[1], channels[2]);
    return out;
}

/// Dates as the reader expects them: 15-01-2026 in Dutch, ISO in English.
std::string showDate(const std::string& iso, const std::string& language)
{
    if (language == "nl" && iso.size() == 10 && iso[4] == '-' && iso[7] == '-')
        return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
    return iso;
}

/// Sizes of the scaled parts of the diagram at one scale.
struct Metrics {
    double scale = 1.0;
    long boxWidth = 0;
    long decisionWidth = 0;
    long boxHeight = 0;
    long grid = 0;
    long gutter = 0;
    long laneHeaderWidth = 0;
    long phaseHeaderWidth = 0;
    long track = 0;
    Font label;
    Font header;
    Font arrow;

    explicit Metrics(double s)
        : scale(s), boxWidth(scaled(salesprocess::boxWidth, s)), decisionWidth(scaled(salesprocess::decisionWidth, s)),
          boxHeight(scaled(salesprocess::boxHeight, s)), grid(scaled(gridStep, s)), gutter(scaled(gutterWidth, s)),
          laneHeaderWidth(scaled(salesprocess::laneHeaderWidth, s)),
          phaseHeaderWidth(scaled(salesprocess::phaseHeaderWidth, s)), track(scaled(trackSpacing, s)),
          label{SwimlaneLayout::labelPoints * s, false}, header{headerPoints * s, true},
          arrow{std::max(SwimlaneLayout::minimumPoints, arrowPoints * s), false}
    {
    }
};

/// The widest word of a text: a box narrower than that would cut it.
long longestWord(const std::string& text, const Font& font, const TextMeasure& measure)
{
    long longest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
        if (end > start)
            longest = std::max(longest, measure.lineWidth(text.substr(start, end - start), font));
        start = end + 1;
    }
    return longest;
}

/// The smallest box of a kind that holds its text, from the given size on the grid: wider only
/// where a word would not fit (a long Dutch compound is not cut), then as tall as the text. A
/// start or end marker grows in both directions, as its round ends take more of a taller box.
Size fitBox(ShapeKind kind, const std::string& text, const Font& font, Size size, long step, const TextMeasure& measure,
            bool widen = false)
{
    Shape probe;
    probe.kind = kind;
    probe.font = font;
    step = std::max(step, 1L);
    const bool rounded = kind == ShapeKind::Start || kind == ShapeKind::EndWon || kind == ShapeKind::EndLost;
    const long word = widen ? longestWord(text, font, measure) : 0;
    long measuredWidth = -1;
    long textHeight = 0;
    for (int i = 0; i < 1000; ++i) {
        probe.bounds = Rect{0, 0, size.width, size.height};
        const Rect area = SwimlaneLayout::textArea(probe);
        if (area.width < word) {
            size.width += step;
            continue;
        }
        if (area.width != measuredWidth) {
            measuredWidth = area.width;
            textHeight = area.width > 0 ? measure.measure(text, font, area.width).height : std::numeric_limits<long>::max();
        }
        if (textHeight <= area.height)
            break;
        size.height += step;
        if (rounded && widen)
            size.width += step;
    }
    return size;
}

ShapeKind kindOf(StepKind kind)
{
    switch (kind) {
    case StepKind::Activity: return ShapeKind::Step;
    case StepKind::Decision: return ShapeKind::Decision;
    case StepKind::Start: return ShapeKind::Start;
    case StepKind::EndWon: return ShapeKind::EndWon;
    case StepKind::EndLost: return ShapeKind::EndLost;
    }
    return ShapeKind::Step;
}

/// Where the shown steps stand, independent of paper and scale.
struct Grid {
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::size_t lanes = 0;
    std::vector<std::size_t> columnPhase;
    std::vector<std::size_t> phaseFirstColumn; ///< one more entry than phases
    std::vector<std::size_t> stackDepth;       ///< [column * lanes + lane]: steps in that stack
    std::vector<std::vector<std::size_t>> nodesOfColumn;
    std::vector<std::vector<std::size_t>> linksOfNode;
    std::size_t crossings = 0;
    std::size_t inputCrossings = 0;

    std::size_t depth(std::size_t column, std::size_t lane) const { return stackDepth[column * lanes + lane]; }
};

/// Rank of each step within its phase, so that the work flows forward: a step stands at least
/// one column after a step of its own lane that it follows, and not before a step of another
/// lane that it follows (there the arrow goes straight up or down). Longest paths over the
/// phase's arrows, return arrows left out; a loop is broken at its first step in input order.
std::vector<std::size_t> rankWithinPhases(const std::vector<Node>& nodes, const std::vector<Link>& links,
                                          const Process& process)
{
    std::vector<std::vector<std::size_t>> next(nodes.size());
    std::vector<std::size_t> incoming(nodes.size(), 0);
    for (const Link& link : links) {
        if (link.from != link.to && nodes[link.from].phase == nodes[link.to].phase &&
            !process.arrows[link.arrow].isReturn) {
            next[link.from].push_back(link.to);
            ++incoming[link.to];
        }
    }
    std::vector<std::size_t> rank(nodes.size(), 0);
    std::vector<bool> done(nodes.size(), false);
    // Ready steps, first in input order first; when none is ready a loop is left: take its first.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<std::size_t>> ready;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (incoming[i] == 0)
            ready.push(i);
    std::size_t nextUnplaced = 0;
    for (std::size_t placed = 0; placed < nodes.size(); ++placed) {
        std::size_t pick = none;
        while (!ready.empty() && pick == none) {
            if (!done[ready.top()])
                pick = ready.top();
            ready.pop();
        }
        while (pick == none) {
            if (!done[nextUnplaced])
                pick = nextUnplaced;
            ++nextUnplaced;
        }
        done[pick] = true;
        for (std::size_t n : next[pick]) {
            if (done[n])
                continue;
            rank[n] = std::max(rank[n], rank[pick] + (nodes[n].lane == nodes[pick].lane ? 1 : 0));
            if (--incoming[n] == 0)
                ready.push(n);
        }
    }
    return rank;
}

/// The shown steps and arrows, each step with its rank within its phase and place in its stack.
Grid selectSteps(const Process& process, const SwimlaneOptions& options)
{
    Grid grid;
    grid.lanes = process.teams.size();
    const std::string segment = options.segmentId();
    std::map<std::string, std::size_t> nodeOfStep;
    std::map<std::string, std::size_t> laneOf;
    for (std::size_t t = 0; t < process.teams.size(); ++t)
        laneOf.emplace(process.teams[t].id, t);
    for (std::size_t s = 0; s < process.steps.size(); ++s) {
        const Step& step = process.steps[s];
        const int phase = process.phaseIndex(step.phase);
        const auto lane = laneOf.find(step.team);
        if (phase < 0 || lane == laneOf.end() || (!segment.empty() && !step.isFor(segment)))
            continue;
        if (!nodeOfStep.emplace(step.id, grid.nodes.size()).second)
            continue; // a duplicate id: the checks report it, the diagram shows the first
        Node node;
        node.step = s;
        node.phase = static_cast<std::size_t>(phase);
        node.lane = lane->second;
        grid.nodes.push_back(node);
    }
    grid.linksOfNode.resize(grid.nodes.size());
    for (std::size_t a = 0; a < process.arrows.size(); ++a) {
        const auto from = nodeOfStep.find(process.arrows[a].from);
        const auto to = nodeOfStep.find(process.arrows[a].to);
        if (from == nodeOfStep.end() || to == nodeOfStep.end())
            continue;
        grid.linksOfNode[from->second].push_back(grid.links.size());
        if (to->second != from->second)
            grid.linksOfNode[to->second].push_back(grid.links.size());
        grid.links.push_back(Link{from->second, to->second, a});
    }
    const std::vector<std::size_t> rank = rankWithinPhases(grid.nodes, grid.links, process);
    std::map<std::tuple<std::size_t, std::size_t, std::size_t>, std::size_t> placed;
    for (std::size_t i = 0; i < grid.nodes.size(); ++i) {
        Node& node = grid.nodes[i];
        node.rank = rank[i];
        node.place = placed[{node.phase, node.lane, node.rank}]++;
    }
    return grid;
}

/// The deepest stack when nothing is capped.
std::size_t naturalDepth(const Grid& grid)
{
    std::size_t depth = 1;
    for (const Node& node : grid.nodes)
        depth = std::max(depth, node.place + 1);
    return depth;
}

/// Columns when no stack may be deeper than `cap`: a deeper one continues in the next column
/// of its cell, a small grid. Every lane of a phase keeps the same columns for the same rank,
/// so the work still flows forward. Each phase is at least one column wide.
void placeColumns(Grid& grid, std::size_t phases, std::size_t cap)
{
    // Per phase and rank: how many columns that rank takes in its widest cell.
    std::vector<std::vector<std::size_t>> width(phases);
    for (const Node& node : grid.nodes) {
        std::vector<std::size_t>& w = width[node.phase];
        if (w.size() <= node.rank)
            w.resize(node.rank + 1, 1);
        w[node.rank] = std::max(w[node.rank], node.place / cap + 1);
    }
    std::vector<std::vector<std::size_t>> start(phases);
    grid.phaseFirstColumn.assign(1, 0);
    grid.columnPhase.clear();
    for (std::size_t p = 0; p < phases; ++p) {
        std::size_t used = 0;
        for (std::size_t w : width[p]) {
            start[p].push_back(used);
            used += w;
        }
        used = std::max<std::size_t>(used, 1);
        grid.phaseFirstColumn.push_back(grid.phaseFirstColumn.back() + used);
        grid.columnPhase.insert(grid.columnPhase.end(), used, p);
    }
    for (Node& node : grid.nodes)
        node.column = grid.phaseFirstColumn[node.phase] + start[node.phase][node.rank] + node.place / cap;
}

/// Orders the stacks and records where each step stands.
void orderStacks(Grid& grid)
{
    std::vector<std::size_t> columns;
    std::vector<std::size_t> lanes;
    std::vector<StepOrder::Link> links;
    for (const Node& node : grid.nodes) {
        columns.push_back(node.column);
        lanes.push_back(node.lane);
    }
    for (const Link& link : grid.links)
        links.push_back(StepOrder::Link{link.from, link.to});
    const StepOrder order(columns, lanes, links);
    const std::vector<StepOrder::Stack> stacks = order.arrange();
    grid.inputCrossings = order.crossings(order.inputStacks());
    grid.crossings = order.crossings(stacks);

    const std::size_t columnCount = grid.columnPhase.size();
    grid.stackDepth.assign(columnCount * grid.lanes, 0);
    grid.nodesOfColumn.assign(columnCount, {});
    for (const StepOrder::Stack& stack : stacks) {
        for (std::size_t i = 0; i < stack.size(); ++i)
            grid.nodes[stack[i]].row = i;
        const Node& first = grid.nodes[stack.front()];
        grid.stackDepth[first.column * grid.lanes + first.lane] = stack.size();
    }
    for (std::size_t i = 0; i < grid.nodes.size(); ++i)
        grid.nodesOfColumn[grid.nodes[i].column].push_back(i);
}

/// Everything measured at one scale.
struct Sizes {
    Metrics metrics;
    std::vector<Size> box;          ///< per node
    std::vector<long> labelRoom;    ///< per column: room after it beyond a gutter, for arrow labels
    std::vector<long> linkLabelRoom; ///< per link: the room its label needs beside a gutter
    std::vector<long> laneMinimum;  ///< teams as lanes: a lane's depth for its header
    /// Per column and lane ([column * lanes + lane]): room before and after the lane's rows for
    /// the label of an arrow in that column straight across to the neighbouring lane on that
    /// side; the two lanes give half of it each.
    std::vector<long> labelBefore;
    std::vector<long> labelAfter;
    std::vector<long> phaseMinimum; ///< teams as columns: a phase's length for its header
    long phaseBand = 0; ///< room for the phase headers across the lanes, at their narrowest
    long laneHeaderWidth = 0;  ///< teams as lanes: the column of team names
    long phaseHeaderWidth = 0; ///< teams as columns: the column of phase names
    /// Off-page markers naming a node, measured when first needed: most steps never get one.
    mutable std::vector<Size> toMarker;
    mutable std::vector<Size> fromMarker;
    mutable std::vector<Size> toMarkerNarrow;
    mutable std::vector<Size> fromMarkerNarrow;
    /// Header depths by text and width: planning asks for the same ones many times.
    mutable std::map<std::pair<std::string, long>, long> headers;

    explicit Sizes(double scale) : metrics(scale) {}
};

/// One page as planned: which lanes and which columns it shows.
struct PagePlan {
    std::size_t group = 0;
    std::vector<std::size_t> lanes;
    std::size_t first = 0; ///< first column
    std::size_t count = 0; ///< columns on the page
    std::size_t markerColumns = 2; ///< off-page markers per side at most; 1 when width is short
    bool wideMarkers = true;       ///< markers wide enough for whole words; narrow when width is shorter still
};

struct Plan {
    Sizes sizes;
    std::vector<PagePlan> pages;
    std::vector<std::size_t> laneGroup;
    std::vector<std::size_t> pageOfNode;
    bool fits = true; ///< every page holds its part; else the diagram overflows at the smallest scale

    explicit Plan(double scale) : sizes(scale) {}
};

/// A flow slot on a page: a column of steps, or a column of off-page markers before or after them.
struct Slot {
    long extent = 0;
    int block = 0;     ///< phase index; -1 markers before the steps, -2 markers after them
    long roomAfter = 0; ///< more than a gutter before the next slot: the label of an arrow to it
};

/// Positions of slots along the flow: blocks (a phase, a marker column) padded by half a gutter
/// on each side so that every gap between boxes is one gutter.
struct FlowPositions {
    std::vector<long> slotStart;
    struct Block {
        int key = 0;
        std::size_t firstSlot = 0;
        std::size_t lastSlot = 0;
        long start = 0;
        long end = 0;
    };
    std::vector<Block> blocks;
    long end = 0;
};

FlowPositions placeSlots(const std::vector<Slot>& slots, long start, long gutter, const std::vector<long>& phaseMinimum)
{
    FlowPositions out;
    out.slotStart.resize(slots.size());
    long cursor = start;
    for (std::size_t i = 0; i < slots.size();) {
        std::size_t j = i;
        long content = slots[i].extent;
        while (j + 1 < slots.size() && slots[j + 1].block == slots[i].block) {
            content += slots[j].roomAfter;
            ++j;
            content += gutter + slots[j].extent;
        }
        long extra = 0;
        if (slots[i].block >= 0 && !phaseMinimum.empty())
            extra = std::max(0L, phaseMinimum[static_cast<std::size_t>(slots[i].block)] - (content + gutter));
        FlowPositions::Block block;
        block.key = slots[i].block;
        block.firstSlot = i;
        block.lastSlot = j;
        block.start = cursor;
        cursor += gutter / 2 + extra / 2;
        for (std::size_t k = i; k <= j; ++k) {
            out.slotStart[k] = cursor;
            cursor += slots[k].extent + (k < j ? gutter : 0) + slots[k].roomAfter;
        }
        cursor += gutter - gutter / 2 + (extra - extra / 2);
        block.end = cursor;
        out.blocks.push_back(block);
        i = j + 1;
    }
    out.end = cursor;
    return out;
}

/// A lane's depth from its rows: half a gutter above and below, one gutter between rows.
long laneDepthOf(const std::vector<long>& rowExtents, long gutter, long minimum, long labelRoom = 0)
{
    long depth = gutter + labelRoom;
    for (std::size_t r = 0; r < rowExtents.size(); ++r)
        depth += rowExtents[r] + (r > 0 ? gutter : 0);
    return std::max(depth, minimum);
}

/// A box or marker placed on a page.
struct Item {
    std::string id;
    std::size_t node = none;    ///< none for a marker
    std::size_t slot = 0;
    std::size_t lane = 0;       ///< position of its lane among the page's lanes
    std::size_t row = 0;        ///< a step: its row within its lane
    std::size_t pageRow = 0;    ///< a step: its row among all rows of the page
    std::size_t markerColumn = 0; ///< a marker: 0 next to the steps, 1 beyond
    long laneOffset = 0;        ///< a marker: where it stands across its lane, from the lane's edge
    Size size;
    long f = 0;
    long c = 0;
};

/// An arrow with one end on this page and the other elsewhere.
struct Marker {
    std::size_t link = 0;
    bool outgoing = true;
    std::size_t here = 0;  ///< node on this page
    std::size_t other = 0; ///< node on another page
    bool after = true;     ///< the other page comes later: marker after the steps
};

/// Tracks within a gutter: arrows that share it run side by side, centre first.
class Tracks {
public:
    void reset(std::size_t count) { m_used.assign(count, 0); }
    long take(std::size_t channel, long low, long high, long spacing)
    {
        const long centre = (low + high) / 2;
        const long room = (high - low) / 2 - spacing / 2;
        const long each = room > 0 && spacing > 0 ? room / spacing : 0;
        const std::size_t n = m_used[channel]++;
        const long m = static_cast<long>(n % static_cast<std::size_t>(2 * each + 1));
        const long offset = (m + 1) / 2 * spacing;
        return m % 2 == 1 ? centre + offset : centre - offset;
    }

private:
    std::vector<std::size_t> m_used;
};

class Layouter {
public:
    Layouter(const Process& process, const SwimlaneOptions& options, const TextMeasure& measure)
        : m_process(process), m_options(options), m_measure(measure),
          m_axes{options.orientation == LaneOrientation::Horizontal}, m_grid(selectSteps(process, options))
    {
        for (const Phase& phase : m_process.phases)
            m_continued.push_back(continued(phase.name));
        measureFrame();
        placeColumns(m_grid, m_process.phases.size(), chooseDepth());
        orderStacks(m_grid);
    }

    const Grid& grid() const { return m_grid; }

    Plan plan(double scale, bool laneLabels = true) const
    {
        Plan plan(scale);
        measure(plan.sizes);
        if (!laneLabels) {
            std::fill(plan.sizes.labelBefore.begin(), plan.sizes.labelBefore.end(), 0);
            std::fill(plan.sizes.labelAfter.begin(), plan.sizes.labelAfter.end(), 0);
        }
        // Markers can make a lane deeper than its steps: when a page then overflows, the lanes
        // are grouped again with the depth their markers took.
        std::vector<long> markers(m_process.teams.size(), 0);
        for (int attempt = 0; attempt < 4; ++attempt) {
            plan.pages.clear();
            plan.fits = true;
            groupLanes(plan, markers);
            const std::size_t groups = plan.laneGroup.empty() ? 1 : plan.laneGroup.back() + 1;
            for (std::size_t g = 0; g < groups; ++g)
                planColumns(plan, g);
            if (plan.fits || !regroup(plan, markers))
                break;
        }
        assignPages(plan);
        return plan;
    }

    /// Records how much deeper markers made each lane on a page too deep; false when that is
    /// not what overflows.
    bool regroup(const Plan& plan, std::vector<long>& markers) const
    {
        bool deeper = false;
        for (const PagePlan& page : plan.pages) {
            const PageGeometry g = geometryOf(plan, page);
            if (crossLength(g) <= crossRoom())
                continue;
            for (std::size_t i = 0; i < page.lanes.size(); ++i) {
                const long extra = g.laneDepth[i] - g.stepDepth[i];
                if (extra > markers[page.lanes[i]]) {
                    markers[page.lanes[i]] = extra;
                    deeper = true;
                }
            }
        }
        return deeper;
    }

    /// The largest scale that keeps the fewest pages: one page scaled down as far as the labels
    /// allow, or else as few pages as the smallest labels allow, at the largest scale that
    /// still needs no more of them. With room between lanes for labels unless that room would
    /// cost a page.
    Plan choose() const
    {
        Plan smallest = plan(SwimlaneLayout::minimumScale);
        bool laneLabels = std::any_of(smallest.sizes.labelBefore.begin(), smallest.sizes.labelBefore.end(),
                                      [](long room) { return room > 0; });
        if (laneLabels) {
            Plan plain = plan(SwimlaneLayout::minimumScale, false);
            if (plain.pages.size() < smallest.pages.size() || (plain.fits && !smallest.fits)) {
                laneLabels = false;
                smallest = std::move(plain);
            }
        }
        Plan full = plan(1.0, laneLabels);
        if (full.pages.size() == 1 && full.fits)
            return full;
        if (!smallest.fits)
            return smallest; // too large even split up: the most room the labels allow
        const std::size_t fewest = smallest.pages.size();
        double low = SwimlaneLayout::minimumScale;
        double high = 1.0;
        Plan best = std::move(smallest);
        // Worth it for a printout of a few pages; a long one stays at the smallest labels.
        const int tries = fewest <= 12 ? 4 : 0;
        for (int i = 0; i < tries; ++i) {
            const double middle = (low + high) / 2;
            Plan candidate = plan(middle, laneLabels);
            if (candidate.pages.size() <= fewest && candidate.fits) {
                low = middle;
                best = std::move(candidate);
            } else {
                high = middle;
            }
        }
        return best;
    }

    Drawing draw(const Plan& plan) const
    {
        Drawing drawing;
        Page legend;
        addLegend(legend, plan.pages.size() > 1, m_options.pageSize().height);
        drawing.pages.reserve(plan.pages.size());
        for (std::size_t p = 0; p < plan.pages.size(); ++p) {
            drawing.pages.push_back(drawPage(plan, p, legend.shapes.size()));
            Page& page = drawing.pages.back();
            page.shapes.insert(page.shapes.end(), legend.shapes.begin(), legend.shapes.end());
        }
        return drawing;
    }

private:
    const std::string& language() const { return m_process.language; }

    // ---- The parts that do not scale: title block and legend --------------------------------

    void measureFrame()
    {
        const Size page = m_options.pageSize();
        Page probe;
        const long title = addTitle(probe, 998, 999);
        const long legend = addLegend(probe, true, page.height);
        const long top = pageMargin + title + stripGap;
        const long bottom = page.height - pageMargin - legend - stripGap;
        m_diagram = Rect{pageMargin, top, page.width - 2 * pageMargin, std::max(0L, bottom - top)};
    }

    /// A left-aligned text shape just large enough for its text, wrapped at maxWidth.
    Shape textShape(std::string id, ShapeKind kind, const std::string& text, Font font, long x, long y, long maxWidth) const
    {
        Shape shape;
        shape.id = std::move(id);
        shape.kind = kind;
        shape.text = text;
        shape.font = font;
        shape.centred = false;
        Shape probe = shape;
        probe.bounds = Rect{0, 0, 100000, 100000};
        const Rect area = SwimlaneLayout::textArea(probe);
        const long insetX = area.x * 2;
        const long insetY = area.y * 2;
        const Size size = m_measure.measure(text, font, std::max(1L, maxWidth - insetX));
        shape.bounds = Rect{x, y, size.width + insetX + 1, size.height + insetY + 1};
        return shape;
    }

    /// Adds the title block to the top of a page; returns its height. One line for the process
    /// and company, the details in two small lines on the right: the diagram gets the height.
    long addTitle(Page& page, std::size_t index, std::size_t count) const
    {
        const Size paper = m_options.pageSize();
        const long width = paper.width - 2 * pageMargin;
        const Font titleFont{titlePoints, true};
        const Font companyFont{detailPoints + 2, false};
        const Font detailFont{detailPoints, false};

        std::string first;
        auto add = [](std::string& line, const std::string& part) {
            if (!part.empty())
                line += (line.empty() ? "" : "  \u00B7  ") + part;
        };
        if (!m_process.version.empty())
            add(first, Text::say(language(), "Version {0}", "Versie {0}", {m_process.version}));
        add(first, showDate(m_process.date, language()));
        std::string second;
        if (!m_process.owner.empty())
            add(second, Text::say(language(), "Owner: {0}", "Eigenaar: {0}", {m_process.owner}));
        add(second, Text::say(language(), "Page {0} of {1}", "Pagina {0} van {1}",
                              {std::to_string(index + 1), std::to_string(count)}));
        Shape details = textShape("title:details", ShapeKind::Title, first.empty() ? second : first + "\n" + second,
                                  detailFont, 0, pageMargin, width / 3);
        details.bounds.x = paper.width - pageMargin - details.bounds.width;

        std::string name = m_process.name;
        const std::string segment = m_options.segmentId();
        if (!segment.empty()) {
            const Segment* found = m_process.findSegment(segment);
            name += Text::say(language(), " \u2013 segment: {0}", " \u2013 segment: {0}", {found ? found->name : segment});
        }
        long x = pageMargin;
        const long room = details.bounds.x - stripGap;
        const long lineHeight = textShape("", ShapeKind::Title, "X", titleFont, 0, 0, 100000).bounds.height;
        const long height = std::max(lineHeight, details.bounds.height);
        if (!m_process.logo.empty()) {
            Shape logo;
            logo.id = "logo";
            logo.kind = ShapeKind::Logo;
            logo.text = m_process.logo;
            logo.bounds = Rect{x, pageMargin, height * 5 / 2, height};
            x += logo.bounds.width + stripGap;
            page.shapes.push_back(logo);
        }
        Shape title = textShape("title:process", ShapeKind::Title, name, titleFont, x, pageMargin, std::max(1000L, room - x));
        title.bounds.y = pageMargin + std::max(0L, height - title.bounds.height) / 2;
        page.shapes.push_back(title);
        long bottom = std::max(pageMargin + height, title.bounds.bottom());
        if (!m_process.company.empty()) {
            Shape company = textShape("title:company", ShapeKind::Title, m_process.company, companyFont,
                                      title.bounds.right() + stripGap, 0, 100000);
            if (company.bounds.right() > room) {
                // No room beside the name: under it.
                company = textShape("title:company", ShapeKind::Title, m_process.company, companyFont, x, bottom,
                                    std::max(1000L, room - x));
            } else {
                // Beside the name, sharing its baseline.
                company.bounds.y = title.bounds.bottom() - company.bounds.height -
                                   (m_measure.lineHeight(titleFont) - m_measure.lineHeight(companyFont)) / 5;
            }
            page.shapes.push_back(company);
            bottom = std::max(bottom, company.bounds.bottom());
        }
        page.shapes.push_back(details);
        Shape rule;
        rule.id = "title:rule";
        rule.kind = ShapeKind::Rule;
        rule.line = "#7F7F7F";
        rule.bounds = Rect{pageMargin, std::max(bottom, details.bounds.bottom()) + 100, width, 0};
        page.shapes.push_back(rule);
        return rule.bounds.y - pageMargin;
    }

    /// Adds the legend along the bottom of a page; returns its height. Its samples use the kinds
    /// they explain, so the renderer draws them like the real thing.
    long addLegend(Page& page, bool offPage, long pageHeight) const
    {
        const Size paper = m_options.pageSize();
        const long right = paper.width - pageMargin;
        const Font font{legendPoints, false};
        const long rowHeight = m_measure.lineHeight(font) + 250;
        const long sampleWidth = 900;
        const long sampleHeight = rowHeight - 100;

        struct Entry {
            std::vector<Shape> shapes; ///< placed from x = 0, y = 0
            long width = 0;
        };
        std::vector<Entry> entries;
        auto labelled = [&](const std::string& id, ShapeKind kind, const std::string& style, long height,
                            const std::string& text) {
            Shape sample;
            sample.id = "legend:" + id;
            sample.kind = kind;
            sample.style = style;
            sample.fill = kind == ShapeKind::Rule ? "" : "#FFFFFF";
            sample.line = "#4D4D4D";
            sample.font = font;
            sample.bounds = Rect{0, (rowHeight - height) / 2, sampleWidth, height};
            Shape label = textShape("legend:" + id + ":text", ShapeKind::Legend, text, font, sampleWidth + 150, 0, 100000);
            label.bounds.y = (rowHeight - label.bounds.height) / 2;
            Entry entry;
            entry.width = label.bounds.right();
            entry.shapes = {sample, label};
            entries.push_back(entry);
        };
        {
            Shape caption = textShape("legend:caption", ShapeKind::Legend, Text::say(language(), "Legend", "Legenda"),
                                      Font{legendPoints, true}, 0, 0, 100000);
            caption.bounds.y = (rowHeight - caption.bounds.height) / 2;
            Entry entry;
            entry.width = caption.bounds.width;
            entry.shapes = {caption};
            entries.push_back(entry);
        }
        labelled("activity", ShapeKind::Step, "SalesProcess Legend", sampleHeight,
                 Text::say(language(), "Activity", "Activiteit"));
        labelled("decision", ShapeKind::Decision, "SalesProcess Legend", sampleHeight,
                 Text::say(language(), "Decision", "Beslissing"));
        labelled("start", ShapeKind::Start, "SalesProcess Legend", sampleHeight, Text::say(language(), "Start", "Start"));
        labelled("end-won", ShapeKind::EndWon, "SalesProcess Legend", sampleHeight,
                 Text::say(language(), "End: won", "Einde: gewonnen"));
        labelled("end-lost", ShapeKind::EndLost, "SalesProcess Legend", sampleHeight,
                 Text::say(language(), "End: lost", "Einde: verloren"));
        if (offPage)
            labelled("offpage", ShapeKind::OffPage, "SalesProcess Off-page", sampleHeight,
                     Text::say(language(), "Continued on another page", "Vervolg op andere pagina"));
        labelled("arrow", ShapeKind::Rule, "SalesProcess Arrow", 0, Text::say(language(), "Next step", "Volgende stap"));
        labelled("return", ShapeKind::Rule, "SalesProcess Return arrow", 0,
                 Text::say(language(), "Return (a deliberate loop back)", "Terug (bewust opnieuw)"));
        for (const Team& team : m_process.teams) {
            const std::string fill = TeamPalette::fillOf(m_process, team.id);
            Shape swatch = textShape("legend:team:" + team.id, ShapeKind::Legend, team.name, font, 0, 0, 100000);
            swatch.centred = true;
            swatch.fill = fill;
            swatch.line = TeamPalette::border(fill);
            swatch.style = "SalesProcess Lane header " + team.id;
            swatch.bounds.width = std::max(swatch.bounds.width, sampleWidth);
            swatch.bounds.y = (rowHeight - swatch.bounds.height) / 2;
            Entry entry;
            entry.width = swatch.bounds.width;
            entry.shapes = {swatch};
            entries.push_back(entry);
        }

        // Entries flow left to right and wrap; the block stands on the bottom margin.
        const long spacing = 500;
        std::vector<std::pair<long, long>> offsets;
        long x = 0;
        long row = 0;
        for (const Entry& entry : entries) {
            if (x > 0 && pageMargin + x + entry.width > right) {
                x = 0;
                ++row;
            }
            offsets.emplace_back(x, row);
            x += entry.width + spacing;
        }
        const long height = (row + 1) * rowHeight;
        const long top = pageHeight - pageMargin - height;
        for (std::size_t e = 0; e < entries.size(); ++e) {
            for (Shape shape : entries[e].shapes) {
                shape.bounds.x += pageMargin + offsets[e].first;
                shape.bounds.y += top + offsets[e].second * rowHeight;
                page.shapes.push_back(shape);
            }
        }
        return height;
    }

    // ---- Measuring at a scale ----------------------------------------------------------------

    /// The widest an arrow's label may be before it wraps (at spaces only: TextMeasure::wrap
    /// cuts no word shorter than this).
    static long labelWidth(const Metrics& m) { return m.boxWidth; }

    void measure(Sizes& sizes) const
    {
        const Metrics& m = sizes.metrics;
        sizes.box.resize(m_grid.nodes.size());
        for (std::size_t i = 0; i < m_grid.nodes.size(); ++i) {
            const Step& step = m_process.steps[m_grid.nodes[i].step];
            const ShapeKind kind = kindOf(step.kind);
            const long width = kind == ShapeKind::Decision ? m.decisionWidth : m.boxWidth;
            sizes.box[i] = fitBox(kind, step.name, m.label, Size{width, m.boxHeight}, m.grid, m_measure, true);
        }
        // An arrow with a label between neighbouring columns runs through the gap between them:
        // the label needs that gap wide enough beside its line (ArrowLabels places it there).
        // An arrow to an off-page marker runs through the gap beside the marker column likewise.
        // An arrow straight across to the neighbouring lane (in one column) runs through the gap
        // between the two lanes only: its label needs that gap wide enough beside its line.
        const std::size_t columns = m_grid.columnPhase.size();
        const std::size_t teams = m_process.teams.size();
        auto onGrid = [&](long length) { return std::max(0L, ((length + m.grid - 1) / m.grid) * m.grid); };
        sizes.labelRoom.assign(columns, 0);
        sizes.linkLabelRoom.assign(m_grid.links.size(), 0);
        sizes.labelBefore.assign(columns * teams, 0);
        sizes.labelAfter.assign(columns * teams, 0);
        for (std::size_t k = 0; k < m_grid.links.size(); ++k) {
            const Link& link = m_grid.links[k];
            const std::string& label = m_process.arrows[link.arrow].label;
            if (label.empty())
                continue;
            const Size block = m_measure.measure(label, m.arrow, labelWidth(m));
            sizes.linkLabelRoom[k] = onGrid(m_axes.flow(block) + 3 * ArrowLabels::gap - m.gutter);
            const Node& a = m_grid.nodes[link.from];
            const Node& b = m_grid.nodes[link.to];
            if (a.column + 1 == b.column || b.column + 1 == a.column) {
                long& room = sizes.labelRoom[std::min(a.column, b.column)];
                room = std::max(room, sizes.linkLabelRoom[k]);
            } else if (a.column == b.column && a.column < columns && (a.lane + 1 == b.lane || b.lane + 1 == a.lane)) {
                const long half = onGrid((m_axes.cross(block) + 3 * ArrowLabels::gap - m.gutter) / 2);
                long& after = sizes.labelAfter[a.column * teams + std::min(a.lane, b.lane)];
                long& before = sizes.labelBefore[a.column * teams + std::max(a.lane, b.lane)];
                after = std::max(after, half);
                before = std::max(before, half);
            }
        }
        const long narrowest = m.boxWidth + m.gutter; // a lane or phase one box wide
        sizes.laneMinimum.assign(m_process.teams.size(), 0);
        sizes.phaseMinimum.clear();
        if (m_axes.horizontal) {
            std::vector<std::string> names;
            for (const Team& team : m_process.teams)
                names.push_back(team.name);
            sizes.laneHeaderWidth = headerWidth(names, m.laneHeaderWidth, m.header);
            for (std::size_t t = 0; t < m_process.teams.size(); ++t)
                sizes.laneMinimum[t] = fitBox(ShapeKind::LaneHeader, m_process.teams[t].name, m.header,
                                              Size{sizes.laneHeaderWidth, m.grid}, m.grid, m_measure)
                                           .height;
            sizes.phaseBand = m.grid;
            for (const Phase& phase : m_process.phases)
                for (const std::string& text : {phase.name, continued(phase.name)})
                    sizes.phaseBand = std::max(sizes.phaseBand, fitBox(ShapeKind::PhaseHeader, text, m.header,
                                                                       Size{narrowest, m.grid}, m.grid, m_measure)
                                                                    .height);
        } else {
            std::vector<std::string> names;
            for (const Phase& phase : m_process.phases)
                names.push_back(continued(phase.name));
            sizes.phaseHeaderWidth = headerWidth(names, m.phaseHeaderWidth, m.header);
            sizes.phaseBand = sizes.phaseHeaderWidth;
            for (const Phase& phase : m_process.phases) {
                long need = 0;
                for (const std::string& text : {phase.name, continued(phase.name)})
                    need = std::max(need, fitBox(ShapeKind::PhaseHeader, text, m.header,
                                                 Size{sizes.phaseHeaderWidth, m.grid}, m.grid, m_measure)
                                              .height);
                sizes.phaseMinimum.push_back(need);
            }
        }
    }

    /// A header column wide enough for the longest word of its names (Dutch compounds such as
    /// "Klantenservice" are not cut), between the design width and twice that.
    long headerWidth(const std::vector<std::string>& names, long design, const Font& font) const
    {
        long longest = 0;
        for (const std::string& name : names)
            longest = std::max(longest, longestWord(name, font, m_measure));
        Shape probe;
        probe.kind = ShapeKind::LaneHeader;
        probe.font = font;
        probe.bounds = Rect{0, 0, 100000, 100000};
        const long inset = 2 * SwimlaneLayout::textArea(probe).x;
        return std::clamp(longest + inset + 1, design, 2 * design);
    }

    std::string continued(const std::string& phase) const
    {
        return Text::say(language(), "{0} (continued)", "{0} (vervolg)", {phase});
    }

    /// The header of a phase, or of the rest of a phase split over pages.
    const std::string& phaseTitle(std::size_t phase, bool whole) const
    {
        return whole ? m_process.phases[phase].name : m_continued[phase];
    }

    std::string markerText(bool outgoing, const std::string& step, std::size_t page) const
    {
        return outgoing ? Text::say(language(), "To {0}\n(page {1})", "Naar {0}\n(pagina {1})", {step, std::to_string(page)})
                        : Text::say(language(), "From {0}\n(page {1})", "Van {0}\n(pagina {1})", {step, std::to_string(page)});
    }

    /// A marker as wide as fits its column and as tall as its text needs (page numbers up to 999).
    /// A wide marker keeps its words whole; a narrow one, for a page short of width, may cut one.
    /// Across the lanes a marker always keeps a lane's width.
    const Size& markerSize(const Sizes& sizes, const Marker& marker, bool wide) const
    {
        wide = wide && m_axes.horizontal;
        std::vector<Size>& cache = marker.outgoing ? (wide ? sizes.toMarker : sizes.toMarkerNarrow)
                                                   : (wide ? sizes.fromMarker : sizes.fromMarkerNarrow);
        if (cache.empty())
            cache.resize(m_grid.nodes.size());
        Size& size = cache[marker.other];
        if (size.width == 0) {
            const Metrics& m = sizes.metrics;
            size = fitBox(ShapeKind::OffPage, markerText(marker.outgoing, m_process.steps[m_grid.nodes[marker.other].step].name, 999),
                          m.label, Size{scaled(markerWidth, m.scale), m.grid}, m.grid, m_measure, wide);
        }
        return size;
    }

    /// Room for lanes and headers together, along the process and across the lanes.
    long flowRoom() const { return m_axes.horizontal ? m_diagram.width : m_diagram.height; }
    long crossRoom() const { return m_axes.horizontal ? m_diagram.height : m_diagram.width; }

    long baseFlow(const Metrics& m) const { return m_axes.horizontal ? m.boxWidth : m.boxHeight; }
    long baseCross(const Metrics& m) const { return m_axes.horizontal ? m.boxHeight : m.boxWidth; }

    /// The deepest stack allowed: as deep as the process has them, unless then one column with
    /// all lanes would not fit the paper at the smallest scale; then stacks form small grids.
    std::size_t chooseDepth() const
    {
        Sizes sizes(SwimlaneLayout::minimumScale);
        measure(sizes);
        const Metrics& m = sizes.metrics;
        const std::size_t lanes = m_process.teams.size();
        long band = m.grid;
        if (m_axes.horizontal)
            for (const Phase& phase : m_process.phases)
                band = std::max(band, fitBox(ShapeKind::PhaseHeader, phase.name, m.header,
                                             Size{m.boxWidth + m.gutter, m.grid}, m.grid, m_measure)
                                          .height);
        else
            band = sizes.phaseBand;
        const long room = crossRoom() - band;
        Grid trial = m_grid;
        for (std::size_t cap = naturalDepth(m_grid); cap > 1; --cap) {
            placeColumns(trial, m_process.phases.size(), cap);
            // Rows as they stand before ordering; the order changes little in their depth.
            const std::size_t columns = trial.columnPhase.size();
            std::vector<std::vector<long>> rows(columns * lanes);
            for (std::size_t n = 0; n < trial.nodes.size(); ++n) {
                const Node& node = trial.nodes[n];
                std::vector<long>& extents = rows[node.column * lanes + node.lane];
                const std::size_t row = node.place % cap;
                if (extents.size() <= row)
                    extents.resize(row + 1, baseCross(m));
                extents[row] = std::max(extents[row], m_axes.cross(sizes.box[n]));
            }
            bool fitsAll = true;
            for (std::size_t c = 0; c < columns && fitsAll; ++c) {
                long depth = 0;
                for (std::size_t lane = 0; lane < lanes; ++lane) {
                    std::vector<long> extents = rows[c * lanes + lane];
                    if (extents.empty())
                        extents.push_back(baseCross(m));
                    depth += laneDepthOf(extents, m.gutter, m_axes.horizontal ? sizes.laneMinimum[lane] : 0);
                }
                fitsAll = depth <= room;
            }
            if (fitsAll)
                return cap;
        }
        return 1;
    }

    // ---- Planning the pages ------------------------------------------------------------------

    /// Lanes are split in groups only when a single column with all of them is too deep for the
    /// paper. Every group holds any one column, so its pages can always be cut by columns.
    void groupLanes(Plan& plan, const std::vector<long>& markers) const
    {
        const Sizes& sizes = plan.sizes;
        const Metrics& m = sizes.metrics;
        const std::size_t lanes = m_process.teams.size();
        const std::size_t columns = std::max<std::size_t>(m_grid.columnPhase.size(), 1);
        // depth[c * lanes + lane]: the lane's depth on a page that shows column c alone.
        std::vector<long> depth(columns * lanes, 0);
        for (std::size_t c = 0; c < columns; ++c) {
            for (std::size_t lane = 0; lane < lanes; ++lane) {
                const bool real = c < m_grid.columnPhase.size();
                std::vector<long> extents(real ? std::max<std::size_t>(m_grid.depth(c, lane), 1) : 1, baseCross(m));
                if (real)
                    for (std::size_t n : m_grid.nodesOfColumn[c])
                        if (m_grid.nodes[n].lane == lane)
                            extents[m_grid.nodes[n].row] = std::max(extents[m_grid.nodes[n].row], m_axes.cross(sizes.box[n]));
                const long labels = real ? sizes.labelBefore[c * lanes + lane] + sizes.labelAfter[c * lanes + lane] : 0;
                depth[c * lanes + lane] =
                    laneDepthOf(extents, m.gutter, m_axes.horizontal ? sizes.laneMinimum[lane] : 0, labels) + markers[lane];
            }
        }
        // The bands measured at their narrowest: what any one-column page needs at most.
        const long room = crossRoom() - sizes.phaseBand;
        plan.laneGroup.assign(lanes, 0);
        std::vector<long> used(columns, 0);
        std::size_t group = 0;
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            bool fitsAll = true;
            for (std::size_t c = 0; c < columns; ++c) {
                fitsAll = fitsAll && (used[c] == 0 || used[c] + depth[c * lanes + lane] <= room);
                plan.fits = plan.fits && depth[c * lanes + lane] <= room; // deeper than the paper: overflows alone
            }
            if (!fitsAll) {
                ++group;
                std::fill(used.begin(), used.end(), 0);
            }
            plan.laneGroup[lane] = group;
            for (std::size_t c = 0; c < columns; ++c)
                used[c] += depth[c * lanes + lane];
        }
    }

    std::vector<std::size_t> lanesOfGroup(const Plan& plan, std::size_t group) const
    {
        std::vector<std::size_t> lanes;
        for (std::size_t lane = 0; lane < plan.laneGroup.size(); ++lane)
            if (plan.laneGroup[lane] == group)
                lanes.push_back(lane);
        return lanes;
    }

    bool onPage(const Plan& plan, const PagePlan& page, std::size_t node) const
    {
        const Node& n = m_grid.nodes[node];
        return plan.laneGroup[n.lane] == page.group && n.column >= page.first && n.column < page.first + page.count;
    }

    /// Is the other end of an arrow on a later page? Pages run group by group, columns in order.
    bool laterPage(const Plan& plan, const PagePlan& page, std::size_t other) const
    {
        const Node& n = m_grid.nodes[other];
        if (plan.laneGroup[n.lane] != page.group)
            return plan.laneGroup[n.lane] > page.group;
        return n.column >= page.first + page.count;
    }

    std::size_t rowsOnPage(const PagePlan& page, std::size_t lane) const
    {
        std::size_t rows = 1;
        for (std::size_t c = page.first; c < page.first + page.count; ++c)
            rows = std::max(rows, m_grid.depth(c, lane));
        return rows;
    }

    /// The arrows of the page's steps whose other end is elsewhere, in the order of the arrows.
    std::vector<Marker> markersOf(const Plan& plan, const PagePlan& page) const
    {
        std::vector<Marker> markers;
        for (std::size_t c = page.first; c < page.first + page.count; ++c) {
            for (std::size_t n : m_grid.nodesOfColumn[c]) {
                if (plan.laneGroup[m_grid.nodes[n].lane] != page.group)
                    continue;
                for (std::size_t k : m_grid.linksOfNode[n]) {
                    const Link& link = m_grid.links[k];
                    const std::size_t other = link.from == n ? link.to : link.from;
                    if (onPage(plan, page, other))
                        continue;
                    Marker marker;
                    marker.link = k;
                    marker.outgoing = link.from == n;
                    marker.here = n;
                    marker.other = other;
                    marker.after = laterPage(plan, page, other);
                    markers.push_back(marker);
                }
            }
        }
        std::sort(markers.begin(), markers.end(), [](const Marker& a, const Marker& b) { return a.link < b.link; });
        return markers;
    }

    /// Everything about one page that planning and drawing share, measured from the corner of
    /// the lanes (headers not included).
    struct PageGeometry {
        std::vector<Marker> markers;
        std::vector<Slot> slots;
        std::size_t before = 0;     ///< marker columns before the steps
        std::size_t after = 0;      ///< marker columns after them
        std::vector<Item> items;
        std::map<std::size_t, std::size_t> itemOfNode;
        std::vector<std::size_t> itemOfMarker;
        std::vector<std::vector<long>> rowExtent; ///< per lane on the page
        std::vector<long> stepDepth; ///< per lane: as deep as its steps and header need
        std::vector<long> laneDepth; ///< per lane: with its off-page markers too
        std::vector<long> labelBefore; ///< per lane: room before its rows for labels (Sizes::labelBefore)
        std::vector<long> labelAfter;
        FlowPositions flow;
        long laneBand = 0;  ///< the lane headers' room along the process on this page
        long phaseBand = 0; ///< the phase headers' room across the lanes on this page
        long crossLength = 0;
    };

    const std::string& phaseHeaderText(const PagePlan& page, const PageGeometry& g, const FlowPositions::Block& block) const
    {
        const std::size_t phase = static_cast<std::size_t>(block.key);
        const std::size_t firstColumn = page.first + block.firstSlot - g.before;
        return phaseTitle(phase, firstColumn == m_grid.phaseFirstColumn[phase]);
    }

    /// Planning asks only for the lengths; drawing also for the ids and the markers' shapes.
    PageGeometry geometryOf(const Plan& plan, const PagePlan& page, bool drawing = false) const
    {
        const Sizes& sizes = plan.sizes;
        const Metrics& m = sizes.metrics;
        const long gutter = m.gutter;
        PageGeometry g;
        const std::size_t laneCount = page.lanes.size();
        std::vector<std::size_t> lanePosition(m_process.teams.size(), none);
        std::vector<std::size_t> rows(laneCount);
        for (std::size_t i = 0; i < laneCount; ++i) {
            lanePosition[page.lanes[i]] = i;
            rows[i] = rowsOnPage(page, page.lanes[i]);
        }

        // The steps.
        for (std::size_t c = page.first; c < page.first + page.count; ++c) {
            for (std::size_t n : m_grid.nodesOfColumn[c]) {
                const Node& node = m_grid.nodes[n];
                if (lanePosition[node.lane] == none)
                    continue;
                Item item;
                if (drawing) {
                    item.id = m_process.steps[node.step].id;
                    g.itemOfNode.emplace(n, g.items.size());
                }
                item.node = n;
                item.lane = lanePosition[node.lane];
                item.row = node.row;
                item.size = sizes.box[n];
                g.items.push_back(item);
            }
        }
        g.rowExtent.resize(laneCount);
        for (std::size_t lane = 0; lane < laneCount; ++lane)
            g.rowExtent[lane].assign(rows[lane], baseCross(m));
        for (const Item& item : g.items)
            g.rowExtent[item.lane][item.row] = std::max(g.rowExtent[item.lane][item.row], m_axes.cross(item.size));
        std::vector<long>& stepDepth = g.stepDepth;
        stepDepth.resize(laneCount);
        g.labelBefore.assign(laneCount, 0);
        g.labelAfter.assign(laneCount, 0);
        for (std::size_t lane = 0; lane < laneCount; ++lane) {
            const std::size_t team = page.lanes[lane];
            const std::size_t teams = m_process.teams.size();
            for (std::size_t c = page.first; c < page.first + page.count && c < m_grid.columnPhase.size(); ++c) {
                // Only between two lanes both on the page.
                if (lane > 0 && page.lanes[lane - 1] + 1 == team)
                    g.labelBefore[lane] = std::max(g.labelBefore[lane], sizes.labelBefore[c * teams + team]);
                if (lane + 1 < laneCount && page.lanes[lane + 1] == team + 1)
                    g.labelAfter[lane] = std::max(g.labelAfter[lane], sizes.labelAfter[c * teams + team]);
            }
            stepDepth[lane] = laneDepthOf(g.rowExtent[lane], gutter, m_axes.horizontal ? sizes.laneMinimum[team] : 0,
                                          g.labelBefore[lane] + g.labelAfter[lane]);
        }

        // Off-page markers: a small grid per lane and side, all of one size, half a gutter
        // apart, filling the lane's depth in at most two columns; a lane with more grows.
        // Arrows of one lane to or from the same step elsewhere share a marker (the branches of
        // a decision). Markers follow the rows of their steps, so that their arrows stay apart.
        g.markers = markersOf(plan, page);
        std::vector<std::size_t> order(g.markers.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const Node& x = m_grid.nodes[g.markers[a].here];
            const Node& y = m_grid.nodes[g.markers[b].here];
            return std::make_pair(x.row, x.column) < std::make_pair(y.row, y.column);
        });
        Size markerBox{scaled(markerWidth, m.scale), m.grid};
        std::vector<std::vector<std::size_t>> sides[2] = {std::vector<std::vector<std::size_t>>(laneCount),
                                                          std::vector<std::vector<std::size_t>>(laneCount)};
        std::vector<std::size_t> shapeOf(g.markers.size(), none); ///< the first marker sharing its shape
        for (std::size_t i : order) {
            const Marker& marker = g.markers[i];
            const std::size_t lane = lanePosition[m_grid.nodes[marker.here].lane];
            std::vector<std::size_t>& list = sides[marker.after ? 1 : 0][lane];
            const auto known = std::find_if(list.begin(), list.end(), [&](std::size_t j) {
                return g.markers[j].outgoing == marker.outgoing && g.markers[j].other == marker.other;
            });
            if (known != list.end()) {
                shapeOf[i] = *known;
                continue;
            }
            shapeOf[i] = i;
            list.push_back(i);
            const Size& size = markerSize(sizes, marker, page.wideMarkers);
            markerBox.width = std::max(markerBox.width, size.width);
            markerBox.height = std::max(markerBox.height, size.height);
        }
        const long pitch = m_axes.cross(markerBox) + gutter / 2;
        std::vector<long> markerDepth(laneCount, 0);
        std::vector<std::pair<std::size_t, std::size_t>> placeOf(g.markers.size()); ///< (column, row) in its grid
        std::size_t columnsOf[2] = {0, 0};
        for (int side = 0; side < 2; ++side) {
            for (std::size_t lane = 0; lane < laneCount; ++lane) {
                const std::vector<std::size_t>& list = sides[side][lane];
                if (list.empty())
                    continue;
                const std::size_t room = static_cast<std::size_t>(std::max(1L, (stepDepth[lane] - gutter / 2) / pitch));
                std::size_t columns = (list.size() + room - 1) / room;
                std::size_t depth = std::min(list.size(), room);
                if (columns > page.markerColumns) {
                    columns = page.markerColumns;
                    depth = (list.size() + columns - 1) / columns;
                }
                for (std::size_t k = 0; k < list.size(); ++k)
                    placeOf[list[k]] = {k / depth, k % depth};
                columnsOf[side] = std::max(columnsOf[side], columns);
                markerDepth[lane] = std::max(markerDepth[lane], gutter / 2 + static_cast<long>(depth) * pitch);
            }
        }
        g.before = columnsOf[0];
        g.after = columnsOf[1];

        // Slots along the process: marker columns, the page's columns, marker columns.
        long roomBefore = 0; // for the labels of arrows from or to the markers before the steps
        long roomAfterSteps = 0;
        for (const Marker& marker : g.markers)
            if (marker.outgoing) // an arrow coming in from a marker shows its label on its page of origin
                (marker.after ? roomAfterSteps : roomBefore) =
                    std::max(marker.after ? roomAfterSteps : roomBefore, sizes.linkLabelRoom[marker.link]);
        g.slots.assign(g.before, Slot{m_axes.flow(markerBox), -1});
        if (g.before > 0)
            g.slots.back().roomAfter = roomBefore;
        for (std::size_t c = page.first; c < page.first + page.count; ++c) {
            long extent = baseFlow(m);
            for (std::size_t n : m_grid.nodesOfColumn[c])
                if (lanePosition[m_grid.nodes[n].lane] != none)
                    extent = std::max(extent, m_axes.flow(sizes.box[n]));
            const long roomAfter = c + 1 < page.first + page.count ? sizes.labelRoom[c] : g.after > 0 ? roomAfterSteps : 0;
            g.slots.push_back(Slot{extent, static_cast<int>(m_grid.columnPhase[c]), roomAfter});
        }
        g.slots.insert(g.slots.end(), g.after, Slot{m_axes.flow(markerBox), -2});
        for (Item& item : g.items)
            item.slot = g.before + (m_grid.nodes[item.node].column - page.first);

        g.itemOfMarker.assign(g.markers.size(), none);
        for (std::size_t i : order) {
            if (shapeOf[i] != i)
                continue;
            const Marker& marker = g.markers[i];
            Item item;
            if (drawing)
                item.id = std::string(marker.outgoing ? "offpage:out:" : "offpage:in:") +
                          std::to_string(m_grid.links[marker.link].arrow);
            item.lane = lanePosition[m_grid.nodes[marker.here].lane];
            item.markerColumn = placeOf[i].first;
            item.slot = marker.after ? g.before + page.count + placeOf[i].first : g.before - 1 - placeOf[i].first;
            item.laneOffset = gutter / 2 + static_cast<long>(placeOf[i].second) * pitch;
            item.size = markerBox;
            g.itemOfMarker[i] = g.items.size();
            g.items.push_back(item);
        }
        for (std::size_t i = 0; i < g.markers.size(); ++i)
            g.itemOfMarker[i] = g.itemOfMarker[shapeOf[i]];

        for (std::size_t lane = 0; lane < laneCount; ++lane) {
            g.laneDepth.push_back(std::max(stepDepth[lane], markerDepth[lane]));
            g.crossLength += g.laneDepth.back();
        }
        g.flow = placeSlots(g.slots, 0, gutter, sizes.phaseMinimum);

        // Headers wrap within their own phase or lane on this page.
        auto header = [&](const std::string& text, long width) {
            const auto key = std::make_pair(text, width);
            auto known = sizes.headers.find(key);
            if (known == sizes.headers.end())
                known = sizes.headers
                            .emplace(key, fitBox(ShapeKind::PhaseHeader, text, m.header, Size{width, m.grid}, m.grid, m_measure)
                                              .height)
                            .first;
            return known->second;
        };
        if (m_axes.horizontal) {
            g.laneBand = sizes.laneHeaderWidth;
            g.phaseBand = m.grid;
            for (const FlowPositions::Block& block : g.flow.blocks)
                if (block.key >= 0)
                    g.phaseBand = std::max(g.phaseBand, header(phaseHeaderText(page, g, block), block.end - block.start));
        } else {
            g.phaseBand = sizes.phaseHeaderWidth;
            g.laneBand = m.grid;
            for (std::size_t lane = 0; lane < laneCount; ++lane)
                g.laneBand = std::max(g.laneBand, header(m_process.teams[page.lanes[lane]].name, g.laneDepth[lane]));
        }
        return g;
    }

    long flowLength(const PageGeometry& g) const { return g.flow.end + g.laneBand; }
    long crossLength(const PageGeometry& g) const { return g.crossLength + g.phaseBand; }

    /// Pages for one group of lanes: as many whole phases as fit; a phase too wide for a page
    /// on its own is split by columns. A page whose single column is already too deep (a lane
    /// full of markers) takes as many columns as get no deeper.
    void planColumns(Plan& plan, std::size_t group) const
    {
        PagePlan page;
        page.group = group;
        page.lanes = lanesOfGroup(plan, group);
        const std::size_t columns = m_grid.columnPhase.size();
        if (columns == 0) {
            const PageGeometry g = geometryOf(plan, page);
            plan.fits = plan.fits && flowLength(g) <= flowRoom() && crossLength(g) <= crossRoom();
            plan.pages.push_back(page);
            return;
        }
        // The columns' lengths alone, to rule out long ranges without measuring them.
        const Metrics& m = plan.sizes.metrics;
        std::vector<long> sum(columns + 1, 0);
        for (std::size_t c = 0; c < columns; ++c) {
            long extent = baseFlow(m);
            for (std::size_t n : m_grid.nodesOfColumn[c])
                if (plan.laneGroup[m_grid.nodes[n].lane] == group)
                    extent = std::max(extent, m_axes.flow(plan.sizes.box[n]));
            sum[c + 1] = sum[c] + extent + m.gutter + plan.sizes.labelRoom[c];
        }
        const long band = m_axes.horizontal ? plan.sizes.laneHeaderWidth : 0;
        std::size_t first = 0;
        while (first < columns) {
            page.first = first;
            // Off-page markers in two columns a side; one (with narrower markers, even) where
            // that is too wide; more where the lanes would get too deep.
            static const std::pair<std::size_t, bool> markerLayouts[] = {{2, true}, {1, true}, {1, false}, {3, true},
                                                                         {4, true}, {6, true}, {8, true}};
            auto measureWith = [&](const std::pair<std::size_t, bool>& layout) {
                page.markerColumns = layout.first;
                page.wideMarkers = layout.second;
                return geometryOf(plan, page);
            };
            // A single column whose markers make it too deep anyway sets how deep a page may be.
            page.count = 1;
            long deepest = std::numeric_limits<long>::max();
            long deepestAtAll = std::numeric_limits<long>::max();
            for (const auto& layout : markerLayouts) {
                const PageGeometry g = measureWith(layout);
                deepestAtAll = std::min(deepestAtAll, crossLength(g));
                if (flowLength(g) <= flowRoom())
                    deepest = std::min(deepest, crossLength(g));
            }
            deepest = std::max(crossRoom(), deepest == std::numeric_limits<long>::max() ? deepestAtAll : deepest);
            // Markers make a longer range sometimes fit where a shorter one did not (its arrows
            // stay on the page): try every range the columns alone leave room for.
            auto roomy = [&]() {
                const std::size_t end = page.first + page.count;
                return band + sum[end] - sum[page.first] - plan.sizes.labelRoom[end - 1] <= flowRoom();
            };
            auto fits = [&]() {
                for (const auto& layout : markerLayouts) {
                    const PageGeometry g = measureWith(layout);
                    if (flowLength(g) <= flowRoom() && crossLength(g) <= deepest)
                        return true;
                }
                return false;
            };
            std::size_t best = 0;
            for (std::size_t phase = m_grid.columnPhase[first]; phase < m_process.phases.size(); ++phase) {
                page.count = m_grid.phaseFirstColumn[phase + 1] - first;
                if (!roomy())
                    break;
                if (fits())
                    best = page.count;
            }
            if (best == 0) {
                const std::size_t phaseEnd = m_grid.phaseFirstColumn[m_grid.columnPhase[first] + 1];
                for (page.count = 1; first + page.count < phaseEnd && roomy(); ++page.count)
                    if (fits())
                        best = page.count;
                best = std::max<std::size_t>(best, 1);
                // Share the phase evenly between the pages it needs: not a full page and a
                // page with a single column left.
                const std::size_t rest = phaseEnd - first;
                const std::size_t pages = (rest + best - 1) / best;
                page.count = (rest + pages - 1) / pages;
                if (page.count < best && fits())
                    best = page.count;
            }
            page.count = best;
            if (!fits())
                measureWith({1, false}); // too large either way: the width is the harder limit
            const PageGeometry g = geometryOf(plan, page);
            plan.fits = plan.fits && flowLength(g) <= flowRoom() && crossLength(g) <= crossRoom();
            plan.pages.push_back(page);
            first += best;
        }
    }

    void assignPages(Plan& plan) const
    {
        if (plan.pages.empty())
            plan.pages.push_back(PagePlan{});
        plan.pageOfNode.assign(m_grid.nodes.size(), 0);
        for (std::size_t p = 0; p < plan.pages.size(); ++p) {
            const PagePlan& page = plan.pages[p];
            for (std::size_t c = page.first; c < page.first + page.count; ++c)
                for (std::size_t n : m_grid.nodesOfColumn[c])
                    if (plan.laneGroup[m_grid.nodes[n].lane] == page.group)
                        plan.pageOfNode[n] = p;
        }
    }

    // ---- Drawing a page ----------------------------------------------------------------------

    Page drawPage(const Plan& plan, std::size_t index, std::size_t legendShapes) const
    {
        const PagePlan& pagePlan = plan.pages[index];
        const Sizes& sizes = plan.sizes;
        const Metrics& m = sizes.metrics;
        const long gutter = m.gutter;

        Page page;
        page.size = m_options.pageSize();
        page.name = Text::say(language(), "Swimlane {0}", "Swimlane {0}", {std::to_string(index + 1)});

        const PageGeometry g = geometryOf(plan, pagePlan, true);
        const long flowStart = (m_axes.horizontal ? m_diagram.x : m_diagram.y) + g.laneBand;
        const long crossStart = (m_axes.horizontal ? m_diagram.y : m_diagram.x) + g.phaseBand;
        const FlowPositions flow = placeSlots(g.slots, flowStart, gutter, sizes.phaseMinimum);
        std::vector<Item> items = g.items;
        page.shapes.reserve(items.size() + 4 * pagePlan.lanes.size() + 2 * g.flow.blocks.size() + 8 + legendShapes);

        // Lanes and their rows across; rows centred in a lane made deeper by its header or markers.
        std::vector<long> rowStart;
        std::vector<long> rowLength;
        std::vector<std::size_t> laneFirstRow;
        std::vector<long> laneStart;
        std::vector<long> laneEnd;
        long cursor = crossStart;
        for (std::size_t lane = 0; lane < pagePlan.lanes.size(); ++lane) {
            const std::vector<long>& rows = g.rowExtent[lane];
            const long extra = g.laneDepth[lane] - laneDepthOf(rows, gutter, 0, g.labelBefore[lane] + g.labelAfter[lane]);
            laneStart.push_back(cursor);
            laneFirstRow.push_back(rowStart.size());
            long at = cursor + gutter / 2 + g.labelBefore[lane] + extra / 2;
            for (long extent : rows) {
                rowStart.push_back(at);
                rowLength.push_back(extent);
                at += extent + gutter;
            }
            cursor += g.laneDepth[lane];
            laneEnd.push_back(cursor);
        }
        const long crossEnd = cursor;
        const long flowEnd = flow.end;

        // Boxes centred in their slot and row, from the centres so that the boxes of one row
        // share their middle exactly.
        std::vector<std::vector<bool>> taken(rowStart.size(), std::vector<bool>(g.slots.size(), false));
        for (Item& item : items) {
            item.f = flow.slotStart[item.slot] + g.slots[item.slot].extent / 2 - m_axes.flow(item.size) / 2;
            if (item.node == none) {
                item.c = laneStart[item.lane] + item.laneOffset;
                continue;
            }
            item.pageRow = laneFirstRow[item.lane] + item.row;
            item.c = rowStart[item.pageRow] + rowLength[item.pageRow] / 2 - m_axes.cross(item.size) / 2;
            taken[item.pageRow][item.slot] = true;
        }

        // Beneath the steps: lanes, phase columns, headers.
        for (std::size_t lane = 0; lane < pagePlan.lanes.size(); ++lane) {
            const Team& team = m_process.teams[pagePlan.lanes[lane]];
            const std::string fill = TeamPalette::fillOf(m_process, team.id);
            Shape shape;
            shape.id = "lane:" + team.id;
            shape.kind = ShapeKind::Lane;
            shape.bounds = m_axes.rect(flowStart, laneStart[lane], flowEnd - flowStart, laneEnd[lane] - laneStart[lane]);
            shape.style = "SalesProcess Lane " + team.id;
            shape.fill = lighten(fill, 0.75);
            shape.line = TeamPalette::border(fill);
            shape.font = m.header;
            page.shapes.push_back(shape);
        }
        for (const FlowPositions::Block& block : flow.blocks) {
            if (block.key < 0)
                continue;
            const Phase& phase = m_process.phases[static_cast<std::size_t>(block.key)];
            Shape shape;
            shape.id = "phase:" + phase.id;
            shape.kind = ShapeKind::PhaseColumn;
            shape.bounds = m_axes.rect(block.start, crossStart, block.end - block.start, crossEnd - crossStart);
            shape.style = "SalesProcess Phase column";
            shape.line = "#A6A6A6";
            shape.font = m.header;
            page.shapes.push_back(shape);
        }
        for (std::size_t lane = 0; lane < pagePlan.lanes.size(); ++lane) {
            const Team& team = m_process.teams[pagePlan.lanes[lane]];
            const std::string fill = TeamPalette::fillOf(m_process, team.id);
            Shape shape;
            shape.id = "laneheader:" + team.id;
            shape.kind = ShapeKind::LaneHeader;
            shape.text = team.name;
            shape.bounds = m_axes.rect(flowStart - g.laneBand, laneStart[lane], g.laneBand, laneEnd[lane] - laneStart[lane]);
            shape.style = "SalesProcess Lane header " + team.id;
            shape.fill = fill;
            shape.line = TeamPalette::border(fill);
            shape.font = m.header;
            page.shapes.push_back(shape);
        }
        for (const FlowPositions::Block& block : flow.blocks) {
            if (block.key < 0)
                continue;
            const Phase& phase = m_process.phases[static_cast<std::size_t>(block.key)];
            Shape shape;
            shape.id = "phaseheader:" + phase.id;
            shape.kind = ShapeKind::PhaseHeader;
            shape.text = phaseHeaderText(pagePlan, g, block);
            shape.bounds = m_axes.rect(block.start, crossStart - g.phaseBand, block.end - block.start, g.phaseBand);
            shape.style = "SalesProcess Phase header";
            shape.fill = "#E7E6E6";
            shape.line = "#7F7F7F";
            shape.font = m.header;
            page.shapes.push_back(shape);
        }

        // The steps and the markers.
        for (const Item& item : items) {
            Shape shape;
            shape.id = item.id;
            shape.bounds = m_axes.rect(item.f, item.c, m_axes.flow(item.size), m_axes.cross(item.size));
            shape.font = m.label;
            if (item.node != none) {
                const Step& step = m_process.steps[m_grid.nodes[item.node].step];
                const std::string fill = TeamPalette::fillOf(m_process, step.team);
                shape.kind = kindOf(step.kind);
                shape.text = step.name;
                if (shape.kind == ShapeKind::Decision) {
                    // A diamond is a plain polygon in the office (a custom shape would keep an
                    // object alive that hears every later change of the document), and a
                    // polygon does not wrap its text: the lines are broken here, as measured.
                    const std::vector<std::string> lines = m_measure.wrap(step.name, shape.font, SwimlaneLayout::textArea(shape).width);
                    shape.text.clear();
                    for (const std::string& line : lines)
                        shape.text += (shape.text.empty() ? "" : "\n") + line;
                }
                shape.style = "SalesProcess Step " + step.team;
                shape.fill = fill;
                shape.line = TeamPalette::border(fill);
            } else {
                shape.kind = ShapeKind::OffPage;
                shape.style = "SalesProcess Off-page";
                shape.fill = "#FFFFFF";
                shape.line = "#4D4D4D";
            }
            page.shapes.push_back(shape);
        }
        const std::size_t firstItemShape = page.shapes.size() - items.size();
        for (std::size_t k = 0; k < g.markers.size(); ++k) {
            const Marker& marker = g.markers[k];
            page.shapes[firstItemShape + g.itemOfMarker[k]].text =
                markerText(marker.outgoing, m_process.steps[m_grid.nodes[marker.other].step].name,
                           plan.pageOfNode[marker.other] + 1);
        }

        // Arrows, in the order of the process's arrows.
        Tracks across; // gutters between slots, running across the lanes
        Tracks along;  // gutters between rows, running along the process
        across.reset(g.slots.size() + 1);
        along.reset(rowStart.size() + 1);
        auto slotGap = [&](std::size_t i) {
            const long low = i == 0 ? flowStart : flow.slotStart[i - 1] + g.slots[i - 1].extent;
            const long high = i == g.slots.size() ? flowEnd : flow.slotStart[i];
            return across.take(i, low, high, m.track);
        };
        auto rowGap = [&](std::size_t r) {
            const long low = r == 0 ? crossStart : rowStart[r - 1] + rowLength[r - 1];
            const long high = r == rowStart.size() ? crossEnd : rowStart[r];
            return along.take(r, low, high, m.track);
        };
        std::vector<std::size_t> links;
        for (const auto& entry : g.itemOfNode)
            links.insert(links.end(), m_grid.linksOfNode[entry.first].begin(), m_grid.linksOfNode[entry.first].end());
        std::sort(links.begin(), links.end());
        links.erase(std::unique(links.begin(), links.end()), links.end());
        std::set<std::pair<std::size_t, std::size_t>> straight; ///< boxes already joined by a straight arrow
        std::map<std::size_t, std::size_t> markerOfLink;
        for (std::size_t k = 0; k < g.markers.size(); ++k)
            markerOfLink.emplace(g.markers[k].link, k);
        for (std::size_t k : links) {
            const Link& link = m_grid.links[k];
            const auto marker = markerOfLink.find(k);
            std::size_t from = none;
            std::size_t to = none;
            if (marker == markerOfLink.end()) {
                from = g.itemOfNode.at(link.from);
                to = g.itemOfNode.at(link.to);
            } else if (g.markers[marker->second].outgoing) {
                from = g.itemOfNode.at(link.from);
                to = g.itemOfMarker[marker->second];
            } else {
                from = g.itemOfMarker[marker->second];
                to = g.itemOfNode.at(link.to);
            }
            const Arrow& arrow = m_process.arrows[link.arrow];
            Connector connector;
            connector.id = "arrow:" + std::to_string(link.arrow);
            connector.from = items[from].id;
            connector.to = items[to].id;
            // An arrow coming in from another page has its label where it starts, by its decision.
            if (marker == markerOfLink.end() || g.markers[marker->second].outgoing)
                connector.label = arrow.label;
            connector.isReturn = arrow.isReturn;
            connector.font = m.arrow;
            if (!connector.label.empty()) {
                // A long label in two or more lines: it needs less room beside its arrow.
                const std::vector<std::string> lines = m_measure.wrap(connector.label, connector.font, labelWidth(m));
                connector.label.clear();
                for (const std::string& line : lines)
                    connector.label += (connector.label.empty() ? "" : "\n") + line;
                connector.labelSize = m_measure.measure(connector.label, connector.font, labelWidth(m));
            }
            if (items[from].node == none || items[to].node == none)
                routeMarker(items[from], items[to], g, pagePlan.count, gutter, connector, slotGap, rowGap);
            else
                route(items[from], items[to], from == to, taken, straight.count(std::minmax(from, to)) > 0, connector,
                      slotGap, rowGap);
            if (connector.route.size() == 2)
                straight.insert(std::minmax(from, to));
            page.connectors.push_back(connector);
        }

        addTitle(page, index, plan.pages.size());
        return page;
    }

    /// A point in flow and cross coordinates.
    struct P {
        long f;
        long c;
    };

    P glue(const Item& item, Side side) const
    {
        const long fl = m_axes.flow(item.size);
        const long cl = m_axes.cross(item.size);
        switch (side) {
        case Side::Forward: return P{item.f + fl, item.c + cl / 2};
        case Side::Backward: return P{item.f, item.c + cl / 2};
        case Side::Before: return P{item.f + fl / 2, item.c};
        case Side::After: return P{item.f + fl / 2, item.c + cl};
        }
        return P{item.f, item.c};
    }

    void finish(Connector& connector, Side out, Side in, const std::vector<P>& path) const
    {
        connector.fromGlue = m_axes.glue(out);
        connector.toGlue = m_axes.glue(in);
        std::vector<Point> points;
        for (const P& p : path)
            points.push_back(m_axes.point(p.f, p.c));
        connector.route = simplified(points);
    }

    /// Glue sides and the way through the gutters. Forward within a lane: out at the front,
    /// in at the back. To another lane: out and in on the sides facing each other. Back within
    /// a lane: over the top of the row. Only gutters are used, so no box is crossed. Two boxes
    /// already joined by a straight arrow get the second one around their fronts, not on top.
    template <class SlotGap, class RowGap>
    void route(const Item& u, const Item& v, bool self, const std::vector<std::vector<bool>>& taken, bool joined,
               Connector& connector, SlotGap& slotGap, RowGap& rowGap) const
    {
        Side out;
        Side in;
        if (joined && u.lane != v.lane && u.slot == v.slot) {
            const P a = glue(u, Side::Forward);
            const P b = glue(v, Side::Forward);
            const long x = slotGap(u.slot + 1);
            finish(connector, Side::Forward, Side::Forward, {a, P{x, a.c}, P{x, b.c}, b});
            return;
        }
        if (self) {
            out = Side::Forward;
            in = Side::Before;
        } else if (u.lane == v.lane) {
            out = v.slot > u.slot ? Side::Forward : Side::Before;
            in = v.slot > u.slot ? Side::Backward : Side::Before;
        } else {
            out = v.lane > u.lane ? Side::After : Side::Before;
            in = v.lane > u.lane ? Side::Before : Side::After;
        }
        const P a = glue(u, out);
        const P b = glue(v, in);
        std::vector<P> path{a};
        const std::size_t ru = u.pageRow;
        const std::size_t rv = v.pageRow;
        if (self) {
            const long x = slotGap(u.slot + 1);
            const long h = rowGap(ru);
            path.insert(path.end(), {P{x, a.c}, P{x, h}, P{b.f, h}});
        } else if (out == Side::Forward) {
            bool clear = ru == rv;
            for (std::size_t s = u.slot + 1; clear && s < v.slot; ++s)
                clear = !taken[ru][s];
            if (!clear && v.slot == u.slot + 1) {
                const long x = slotGap(v.slot);
                path.insert(path.end(), {P{x, a.c}, P{x, b.c}});
            } else if (!clear) {
                const long x1 = slotGap(u.slot + 1);
                const long x2 = slotGap(v.slot);
                const long h = rowGap(ru <= rv ? rv : rv + 1);
                path.insert(path.end(), {P{x1, a.c}, P{x1, h}, P{x2, h}, P{x2, b.c}});
            }
        } else if (out == Side::Before && in == Side::Before) {
            const long hu = rowGap(ru);
            if (ru == rv) {
                path.insert(path.end(), {P{a.f, hu}, P{b.f, hu}});
            } else {
                const long x = slotGap(u.slot);
                const long hv = rowGap(rv);
                path.insert(path.end(), {P{a.f, hu}, P{x, hu}, P{x, hv}, P{b.f, hv}});
            }
        } else {
            // Between lanes: the gutters on the sides facing each other, joined along a gutter
            // between slots; straight down or up when nothing stands in between.
            const bool down = out == Side::After;
            const std::size_t gu = down ? ru + 1 : ru;
            const std::size_t gv = down ? rv : rv + 1;
            bool clear = u.slot == v.slot && a.f == b.f;
            for (std::size_t r = std::min(ru, rv) + 1; clear && r < std::max(ru, rv); ++r)
                clear = !taken[r][u.slot];
            if (!clear && gu == gv) {
                const long h = rowGap(gu);
                path.insert(path.end(), {P{a.f, h}, P{b.f, h}});
            } else if (!clear) {
                const long hu = rowGap(gu);
                const long x = slotGap(v.slot < u.slot ? u.slot : u.slot + 1);
                const long hv = rowGap(gv);
                path.insert(path.end(), {P{a.f, hu}, P{x, hu}, P{x, hv}, P{b.f, hv}});
            }
        }
        path.push_back(b);
        finish(connector, out, in, path);
    }

    /// To or from an off-page marker. Markers are met only from the side facing the steps: along
    /// the gutter next to their block, then between the rows of markers. Work that continues
    /// forward leaves a step at its front or enters at its back; work that loops back to an
    /// earlier page leaves or enters over the top, as a return does.
    template <class SlotGap, class RowGap>
    void routeMarker(const Item& u, const Item& v, const PageGeometry& g, std::size_t columns, long gutter,
                     Connector& connector, SlotGap& slotGap, RowGap& rowGap) const
    {
        const bool outgoing = v.node == none;
        const Item& step = outgoing ? u : v;
        const Item& marker = outgoing ? v : u;
        const bool leading = marker.slot < step.slot;
        const bool forward = outgoing != leading; // out to a later page, or in from an earlier one
        const Side stepSide = forward ? (leading ? Side::Backward : Side::Forward) : Side::Before;
        const Side markerSide = leading ? Side::Forward : Side::Backward;
        const P s = glue(step, stepSide);
        const P m = glue(marker, markerSide);
        // The gutter between the steps and the markers, and the one just before this marker.
        const std::size_t edge = leading ? g.before : g.before + columns;
        const std::size_t nearMarker = leading ? edge - marker.markerColumn : edge + marker.markerColumn;
        std::vector<P> path{s};
        long x = 0;
        if (!forward) {
            const long h = rowGap(step.pageRow);
            x = slotGap(edge);
            path.insert(path.end(), {P{s.f, h}, P{x, h}});
        } else {
            const std::size_t nearStep = leading ? step.slot : step.slot + 1;
            x = slotGap(nearStep);
            path.push_back(P{x, s.c});
            if (nearStep != edge) {
                const long h = rowGap(step.pageRow);
                const long xe = slotGap(edge);
                path.insert(path.end(), {P{x, h}, P{xe, h}});
                x = xe;
            }
        }
        if (marker.markerColumn > 0) {
            // Along the gap above the marker's row, which no marker of the block stands in.
            const long corridor = marker.c - gutter / 4;
            const long xm = slotGap(nearMarker);
            path.insert(path.end(), {P{x, corridor}, P{xm, corridor}});
            x = xm;
        }
        path.insert(path.end(), {P{x, m.c}, m});
        if (!outgoing)
            std::reverse(path.begin(), path.end());
        finish(connector, outgoing ? stepSide : markerSide, outgoing ? markerSide : stepSide, path);
    }

    const Process& m_process;
    SwimlaneOptions m_options;
    const TextMeasure& m_measure;
    Axes m_axes;
    Grid m_grid;
    std::vector<std::string> m_continued; ///< "First contact (continued)" per phase
    Rect m_diagram;
};

} // namespace

SwimlaneLayout::SwimlaneLayout(const Process& process, const SwimlaneOptions& options, const TextMeasure& measure)
{
    const Layouter layouter(process, options, measure);
    const Plan plan = layouter.choose();
    m_drawing = layouter.draw(plan);
    m_scale = plan.sizes.metrics.scale;
    m_fits = plan.fits;
    m_crossings = layouter.grid().crossings;
    m_inputCrossings = layouter.grid().inputCrossings;
}

Rect SwimlaneLayout::textArea(const Shape& shape)
{
    const Rect& b = shape.bounds;
    const long pad = std::lround(shape.font.points * 15.0); // 1.5 mm at 10 pt
    auto inset = [](const Rect& r, long dx, long dy) {
        return Rect{r.x + dx, r.y + dy, std::max(0L, r.width - 2 * dx), std::max(0L, r.height - 2 * dy)};
    };
    switch (shape.kind) {
    case ShapeKind::Decision:
        // A diamond's label keeps to its middle half (the layout breaks its lines to fit).
        return inset(Rect{b.x + b.width / 4, b.y + b.height / 4, b.width / 2, b.height / 2}, pad / 2, pad / 4);
    case ShapeKind::Start:
    case ShapeKind::EndWon:
    case ShapeKind::EndLost:
        // Round ends with the radius of half the height: a quarter of the height in, the text
        // block's corners stay inside the curve.
        return inset(b, b.height / 4, b.height / 10);
    case ShapeKind::Rule:
    case ShapeKind::Logo:
    case ShapeKind::CheckBox:
        return Rect{b.x, b.y, 0, 0};
    default:
        return inset(b, pad, pad / 2);
    }
}

Point SwimlaneLayout::gluePoint(const Rect& bounds, int glue)
{
    switch (glue) {
    case 0: return Point{bounds.x + bounds.width / 2, bounds.y};
    case 1: return Point{bounds.x + bounds.width, bounds.y + bounds.height / 2};
    case 2: return Point{bounds.x + bounds.width / 2, bounds.y + bounds.height};
    default: return Point{bounds.x, bounds.y + bounds.height / 2};
    }
}

} // namespace salesprocess
