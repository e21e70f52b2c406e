#include "DiagramRecord.hpp"

#include "DocumentProperties.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>

namespace salesprocess::extension {

namespace {
std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        parts.push_back(part);
    return parts;
}
} // namespace

std::string DiagramRecord::orientationName(LaneOrientation orientation)
{
    return orientation == LaneOrientation::Vertical ? "vertical" : "horizontal";
}

std::string DiagramRecord::paperName(Paper paper) { return paper == Paper::A3 ? "A3" : "A4"; }

std::string DiagramRecord::segmentsName(SegmentFilter segments)
{
    switch (segments) {
    case SegmentFilter::Prospects: return "prospect";
    case SegmentFilter::Customers: return "customer";
    case SegmentFilter::Both: break;
    }
    return "both";
}

std::optional<LaneOrientation> DiagramRecord::parseOrientation(const std::string& text)
{
    const std::string t = lower(text);
    if (t == "horizontal" || t == "horizontaal")
        return LaneOrientation::Horizontal;
    if (t == "vertical" || t == "verticaal")
        return LaneOrientation::Vertical;
    return std::nullopt;
}

std::optional<Paper> DiagramRecord::parsePaper(const std::string& text)
{
    const std::string t = lower(text);
    if (t == "a4")
        return Paper::A4;
    if (t == "a3")
        return Paper::A3;
    return std::nullopt;
}

std::optional<SegmentFilter> DiagramRecord::parseSegments(const std::string& text)
{
    const std::string t = lower(text);
    if (t == "both" || t == "beide" || t == "all")
        return SegmentFilter::Both;
    if (t == "prospect" || t == "prospects")
        return SegmentFilter::Prospects;
    if (t == "customer" || t == "customers" || t == "klant" || t == "klanten")
        return SegmentFilter::Customers;
    return std::nullopt;
}

std::string DiagramRecord::toText() const
{
    std::ostringstream out;
    for (const Diagram& d : diagrams) {
        out << d.id << '\t' << orientationName(d.options.orientation) << '\t' << paperName(d.options.paper) << '\t'
            << (d.options.landscape ? "landscape" : "portrait") << '\t' << segmentsName(d.options.segments);
        for (const std::string& page : d.pages)
            out << '\t' << page;
        out << '\n';
    }
    return out.str();
}

DiagramRecord DiagramRecord::parse(const std::string& text)
{
    DiagramRecord record;
    for (const std::string& line : split(text, '\n')) {
        const std::vector<std::string> fields = split(line, '\t');
        if (fields.size() < 5)
            continue; // damaged: that diagram is simply not known any more
        Diagram d;
        d.id = fields[0];
        d.options.orientation = parseOrientation(fields[1]).value_or(LaneOrientation::Horizontal);
        d.options.paper = parsePaper(fields[2]).value_or(Paper::A4);
        d.options.landscape = fields[3] != "portrait";
        d.options.segments = parseSegments(fields[4]).value_or(SegmentFilter::Both);
        d.pages.assign(fields.begin() + 5, fields.end());
        record.diagrams.push_back(d);
    }
    return record;
}

DiagramRecord DiagramRecord::read(const css::uno::Reference<css::frame::XModel>& document)
{
    const std::optional<std::string> text = DocumentProperties::read(document, property);
    return text ? parse(*text) : DiagramRecord{};
}

void DiagramRecord::write(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo) const
{
    DocumentProperties::change(document, property,
                               diagrams.empty() ? std::optional<std::string>() : std::optional<std::string>(toText()),
                               undo);
}

DiagramRecord::Diagram* DiagramRecord::containing(const std::string& pageName)
{
    for (Diagram& d : diagrams)
        if (std::find(d.pages.begin(), d.pages.end(), pageName) != d.pages.end())
            return &d;
    return nullptr;
}

std::string DiagramRecord::nextId() const
{
    int highest = 0;
    for (const Diagram& d : diagrams)
        highest = std::max(highest, std::atoi(d.id.c_str()));
    return std::to_string(highest + 1);
}

} // namespace salesprocess::extension
