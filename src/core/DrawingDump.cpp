#include "DrawingDump.hpp"

#include <cstdio>
#include <sstream>

namespace salesprocess {

namespace {

/// Text in double quotes with line breaks, quotes and backslashes escaped: one line per item.
std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out + "\"";
}

std::string font(const Font& f)
{
    char out[32];
    std::snprintf(out, sizeof out, "%.2fpt%s", f.points, f.bold ? " bold" : "");
    return out;
}

std::string rect(const Rect& r)
{
    std::ostringstream out;
    out << r.x << "," << r.y << " " << r.width << "x" << r.height;
    return out.str();
}

} // namespace

const char* DrawingDump::kindName(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Lane: return "Lane";
    case ShapeKind::LaneHeader: return "LaneHeader";
    case ShapeKind::PhaseHeader: return "PhaseHeader";
    case ShapeKind::PhaseColumn: return "PhaseColumn";
    case ShapeKind::Step: return "Step";
    case ShapeKind::Decision: return "Decision";
    case ShapeKind::Start: return "Start";
    case ShapeKind::EndWon: return "EndWon";
    case ShapeKind::EndLost: return "EndLost";
    case ShapeKind::OffPage: return "OffPage";
    case ShapeKind::Title: return "Title";
    case ShapeKind::Logo: return "Logo";
    case ShapeKind::Legend: return "Legend";
    case ShapeKind::Band: return "Band";
    case ShapeKind::Text: return "Text";
    case ShapeKind::CheckBox: return "CheckBox";
    case ShapeKind::Rule: return "Rule";
    }
    return "Shape";
}

std::string DrawingDump::dump(const Page& page)
{
    std::ostringstream out;
    out << "page " << quoted(page.name) << " " << page.size.width << "x" << page.size.height << "\n";
    for (const Shape& s : page.shapes) {
        out << "  " << kindName(s.kind) << " " << s.id << " [" << rect(s.bounds) << "]";
        if (!s.style.empty())
            out << " style=" << quoted(s.style);
        if (!s.fill.empty())
            out << " fill=" << s.fill;
        if (!s.line.empty())
            out << " line=" << s.line;
        if (!s.text.empty())
            out << " " << font(s.font) << (s.centred ? "" : " left") << " text=" << quoted(s.text);
        out << "\n";
    }
    for (const Connector& c : page.connectors) {
        out << "  Connector " << c.id << " " << c.from << ":" << c.fromGlue << " -> " << c.to << ":" << c.toGlue;
        if (c.isReturn)
            out << " return";
        if (!c.label.empty())
            out << " " << font(c.font) << " label=" << quoted(c.label);
        out << " route";
        for (const Point& p : c.route)
            out << " " << p.x << "," << p.y;
        out << "\n";
    }
    return out.str();
}

std::string DrawingDump::dump(const Drawing& drawing)
{
    std::string out;
    for (const Page& page : drawing.pages)
        out += dump(page);
    return out;
}

} // namespace salesprocess
