#include "ArrowLabels.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <utility>

namespace salesprocess {

namespace {

// What a spot costs: leaving the page or covering a box or another label is as good as
// forbidden (taken only when nothing else is left); a line through the label is ugly but
// readable; further from the route's start is a little worse.
constexpr long outsideCost = 1000000;
constexpr long coverCost = 100000;
constexpr long crossingCost = 1000;
constexpr long sharedCost = 600;
constexpr long segmentCost = 200;
constexpr long positionCost = 10; // per ArrowLabels::step along a segment
constexpr long sideCost = 30;    // beside the line is better than across it

/// Whether the segment a-b (the layout's are horizontal or vertical) runs through the inside of r.
bool crosses(const Rect& r, const Point& a, const Point& b)
{
    const long left = std::min(a.x, b.x), right = std::max(a.x, b.x);
    const long top = std::min(a.y, b.y), bottom = std::max(a.y, b.y);
    if (left == right)
        return left > r.x && left < r.right() && top < r.bottom() && bottom > r.y;
    if (top == bottom)
        return top > r.y && top < r.bottom() && left < r.right() && right > r.x;
    return left < r.right() && right > r.x && top < r.bottom() && bottom > r.y; // slanted: its box
}

/// Whether the segments a-b and c-d lie on one line and overlap by more than a point.
bool collinearOverlap(const Point& a, const Point& b, const Point& c, const Point& d)
{
    if (a.x == b.x && c.x == d.x && a.x == c.x)
        return std::min(std::max(a.y, b.y), std::max(c.y, d.y)) > std::max(std::min(a.y, b.y), std::min(c.y, d.y));
    if (a.y == b.y && c.y == d.y && a.y == c.y)
        return std::min(std::max(a.x, b.x), std::max(c.x, d.x)) > std::max(std::min(a.x, b.x), std::min(c.x, d.x));
    return false;
}

} // namespace

ArrowLabels::ArrowLabels(std::vector<Rect> boxes, Rect area) : m_boxes(std::move(boxes)), m_area(area) {}

void ArrowLabels::addRoute(const std::vector<Point>& route)
{
    m_routes.push_back(route);
}

bool ArrowLabels::sharesLine(const std::vector<Point>& own, const Point& a, const Point& b) const
{
    for (const auto& route : m_routes) {
        if (route == own)
            continue;
        for (std::size_t k = 0; k + 1 < route.size(); ++k)
            if (collinearOverlap(a, b, route[k], route[k + 1]))
                return true;
    }
    return false;
}

long ArrowLabels::cost(const Rect& label) const
{
    long total = m_area.contains(label) ? 0 : outsideCost;
    for (const Rect& box : m_boxes)
        if (box.overlaps(label))
            total += coverCost;
    for (const Rect& other : m_placed)
        if (other.overlaps(label))
            total += coverCost;
    for (const auto& route : m_routes)
        for (std::size_t k = 0; k + 1 < route.size(); ++k)
            if (crosses(label, route[k], route[k + 1]))
                total += crossingCost;
    return total;
}

Rect ArrowLabels::place(const std::vector<Point>& route, Size size)
{
    Rect best{route.empty() ? 0 : route.front().x, route.empty() ? 0 : route.front().y, size.width, size.height};
    long bestCost = std::numeric_limits<long>::max();
    for (std::size_t k = 0; k + 1 < route.size(); ++k) {
        const Point a = route[k];
        const Point b = route[k + 1];
        const bool vertical = a.x == b.x;
        const long length = vertical ? std::abs(b.y - a.y) : std::abs(b.x - a.x);
        if (length == 0)
            continue;
        const long extent = vertical ? size.height : size.width;
        // A label beside a line that another arrow runs along too would name the wrong arrow.
        const long shared = sharesLine(route, a, b) ? sharedCost : 0;
        // Along the segment from just past its start to its end, in small steps.
        const long room = std::max(0L, length - extent);
        std::vector<long> along;
        for (long t = std::min(gap, room); t < room; t += step)
            along.push_back(t);
        along.push_back(std::max(0L, room - gap));
        for (std::size_t position = 0; position < along.size(); ++position) {
            const long t = along[position];
            for (int side = 0; side < 2; ++side) {
                Rect r{0, 0, size.width, size.height};
                if (vertical) {
                    r.y = b.y > a.y ? a.y + t : a.y - t - size.height;
                    r.x = side == 0 ? a.x + gap : a.x - gap - size.width;
                } else {
                    r.x = b.x > a.x ? a.x + t : a.x - t - size.width;
                    r.y = side == 0 ? a.y - gap - size.height : a.y + gap;
                }
                const long c = cost(r) + shared + static_cast<long>(k) * segmentCost +
                               static_cast<long>(position) * positionCost + side * sideCost;
                if (c < bestCost) {
                    bestCost = c;
                    best = r;
                }
            }
        }
    }
    m_placed.push_back(best);
    return best;
}

} // namespace salesprocess
