#pragma once
#include <algorithm>
#include <string>
#include <vector>

namespace salesprocess {

/// Plain geometry in 1/100 mm, the unit of LibreOffice's drawing API. The swimlane and the desk
/// checklists are laid out into a Drawing; the Draw renderer in src/uno and the recording fake in
/// the unit tests consume the same description.
struct Point {
    long x = 0;
    long y = 0;
};
inline bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }
inline bool operator!=(const Point& a, const Point& b) { return !(a == b); }

struct Size {
    long width = 0;
    long height = 0;
};

struct Rect {
    long x = 0;
    long y = 0;
    long width = 0;
    long height = 0;

    long right() const { return x + width; }
    long bottom() const { return y + height; }
    bool contains(const Rect& other) const
    {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }
    bool overlaps(const Rect& other) const
    {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
};

/// A font as the layout asks for it: the renderer maps it to a real font.
struct Font {
    double points = 10.0;
    bool bold = false;
};

enum class ShapeKind {
    Lane,          ///< the band of one team across the phases
    LaneHeader,    ///< the team's name at the start of its lane
    PhaseHeader,   ///< a phase's name above its column
    PhaseColumn,   ///< the (light) background of a phase column
    Step,          ///< an activity: rounded box
    Decision,      ///< a diamond
    Start,         ///< rounded start marker
    EndWon,        ///< rounded end marker, won
    EndLost,       ///< rounded end marker, lost
    OffPage,       ///< marker where an arrow leaves or enters a page
    Title,         ///< title block text
    Logo,          ///< the company logo (text holds the image URL)
    Legend,        ///< a legend entry or its frame
    Band,          ///< a coloured band (checklist header)
    Text,          ///< plain text
    CheckBox,      ///< an empty square to tick
    Rule,          ///< a thin separating line (height 0)
};

/// One shape on a page.
struct Shape {
    std::string id;       ///< step id for steps; a generated, stable id for the rest ("lane:field")
    ShapeKind kind = ShapeKind::Text;
    Rect bounds;
    std::string text;
    std::string style;    ///< named graphic style, e.g. "SalesProcess Step field"
    std::string fill;     ///< "#rrggbb" or empty (style decides)
    std::string line;     ///< "#rrggbb" or empty
    Font font;
    bool centred = true;
};

/// A glued arrow between two shapes on one page.
struct Connector {
    std::string id;
    std::string from;     ///< Shape::id on the same page
    std::string to;       ///< Shape::id on the same page
    int fromGlue = 0;     ///< 0 top, 1 right, 2 bottom, 3 left
    int toGlue = 0;
    std::string label;
    Size labelSize;       ///< the label on one line, measured in its font (ArrowLabels places it)
    Font font{9.0, false}; ///< the label's font: the layout keeps it at 8 pt or more when it scales
    bool isReturn = false;
    std::vector<Point> route; ///< the intended polyline, start and end included (for tests)
};

struct Page {
    std::string name;
    Size size;            ///< paper size, orientation applied
    std::vector<Shape> shapes;
    std::vector<Connector> connectors;
};

struct Drawing {
    std::vector<Page> pages;
};

/// Whether the segment a-b runs through the inside of a box shrunk by margin on every side, so
/// that touching an edge (glue points sit on the edge) does not count. Any direction of segment.
inline bool runsThrough(const Point& a, const Point& b, const Rect& box, long margin)
{
    const double left = static_cast<double>(box.x + margin), right = static_cast<double>(box.right() - margin);
    const double top = static_cast<double>(box.y + margin), bottom = static_cast<double>(box.bottom() - margin);
    if (left >= right || top >= bottom)
        return false;
    // Liang-Barsky clipping of the segment against the shrunk box.
    double t0 = 0, t1 = 1;
    const double dx = static_cast<double>(b.x - a.x), dy = static_cast<double>(b.y - a.y);
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {static_cast<double>(a.x) - left, right - static_cast<double>(a.x), static_cast<double>(a.y) - top,
                         bottom - static_cast<double>(a.y)};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return t1 - t0 > 1e-9;
}

/// A route without repeated points and without points in the middle of a straight run: the
/// layout's routes, and the office's, compared and drawn in that form.
inline std::vector<Point> simplified(const std::vector<Point>& route)
{
    std::vector<Point> out;
    for (const Point& p : route) {
        if (!out.empty() && out.back() == p)
            continue;
        if (out.size() >= 2) {
            const Point& a = out[out.size() - 2];
            const Point& b = out.back();
            if ((a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y)) {
                out.back() = p;
                continue;
            }
        }
        out.push_back(p);
    }
    return out;
}

} // namespace salesprocess
