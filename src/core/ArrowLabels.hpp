#pragma once
#include "Drawing.hpp"

#include <vector>

namespace salesprocess {

/// Places the labels of the arrows on one page: each beside its own route, as near to its start
/// as it can (where a decision's outcome is read), never on a box or on a label placed before,
/// crossing as few other arrows as possible, and beside a stretch of line that is its own
/// (two arrows leaving or entering a box at one point share their first or last stretch). Two outcomes leaving a diamond at the same
/// point thus get labels of their own instead of one on top of the other.
class ArrowLabels {
public:
    /// boxes: what a label must not cover (steps, decisions, markers); area: where it must stay.
    ArrowLabels(std::vector<Rect> boxes, Rect area);

    /// A line no label should cover: every arrow of the page, its own included, before placing any.
    void addRoute(const std::vector<Point>& route);

    /// Where a label of `size` goes along `route` (start and end included). The place is taken:
    /// later labels keep clear of it.
    Rect place(const std::vector<Point>& route, Size size);

    /// Whether a label must keep clear of a shape: everything but the lane and phase backgrounds
    /// it is written on (boxes, markers, headers, title, legend).
    static bool keepsClearOf(const Shape& shape)
    {
        return shape.kind != ShapeKind::Lane && shape.kind != ShapeKind::PhaseColumn;
    }

    /// The gap between a label and its line, in 1/100 mm.
    static constexpr long gap = 80;
    /// The spots tried along a segment are this far apart.
    static constexpr long step = 200;

private:
    long cost(const Rect& label) const;
    bool sharesLine(const std::vector<Point>& own, const Point& a, const Point& b) const;

    std::vector<Rect> m_boxes;
    Rect m_area;
    std::vector<std::vector<Point>> m_routes;
    std::vector<Rect> m_placed;
};

} // namespace salesprocess
