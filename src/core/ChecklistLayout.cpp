#include "ChecklistLayout.hpp"

#include "TeamPalette.hpp"
#include "Text.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

namespace salesprocess {

namespace {

const char* const darkText = "#222222";
const char* const secondaryText = "#555555";
const char* const quietLine = "#BBBBBB";

/// Sizes of one paper format. Fonts stay at 8 pt or more, items at 11-12 pt.
struct Metrics {
    Size paper;
    long side = 0;   ///< left and right margin
    long top = 0;
    long bottom = 0;
    Font company{9.5, false};
    Font title{20.0, true};
    Font subtitle{11.5, false};
    Font info{9.5, false};
    Font heading{14.0, true};
    Font item{12.0, true};
    Font line{11.0, false};
    Font secondary{9.5, false};
    Font table{9.0, false};
    Font tableHeader{9.0, true};
    Font footer{8.5, false};
    long bandPadding = 0;
    long logoWidth = 0;
    long bandGap = 0;      ///< between the band and the first line of the body
    long checkBox = 0;     ///< the check box's side, about 5 mm
    long checkGap = 0;     ///< between the check box and the item text
    long bullet = 0;       ///< width of the bullet before a checklist line
    long indent = 0;       ///< handover criteria below their handover line
    long headingSpace = 0; ///< white space above a phase heading
    long itemSpace = 0;    ///< white space between two items
    long lineSpace = 0;    ///< white space between the lines of one item
    long cellPadding = 0;
    long footerGap = 0;    ///< between the body and the footer rule
};

Metrics metricsFor(ChecklistPaper paper)
{
    Metrics m;
    if (paper == ChecklistPaper::A5) {
        m.paper = Size{14800, 21000};
        m.side = 1400;
        m.top = 1200;
        m.bottom = 1200;
        m.company = Font{9.0, false};
        m.title = Font{16.0, true};
        m.subtitle = Font{10.5, false};
        m.info = Font{9.0, false};
        m.heading = Font{12.5, true};
        m.item = Font{11.0, true};
        m.line = Font{10.0, false};
        m.secondary = Font{9.0, false};
        m.table = Font{9.0, false};
        m.tableHeader = Font{9.0, true};
        m.footer = Font{8.0, false};
        m.bandPadding = 350;
        m.logoWidth = 2200;
        m.bandGap = 500;
        m.checkBox = 450;
        m.checkGap = 300;
        m.bullet = 350;
        m.indent = 350;
        m.headingSpace = 550;
        m.itemSpace = 330;
        m.lineSpace = 40;
        m.cellPadding = 100;
        m.footerGap = 350;
    } else {
        m.paper = Size{21000, 29700};
        m.side = 2000;
        m.top = 1500;
        m.bottom = 1500;
        m.bandPadding = 450;
        m.logoWidth = 3000;
        m.bandGap = 700;
        m.checkBox = 500;
        m.checkGap = 350;
        m.bullet = 400;
        m.indent = 400;
        m.headingSpace = 700;
        m.itemSpace = 420;
        m.lineSpace = 50;
        m.cellPadding = 120;
        m.footerGap = 450;
    }
    return m;
}

std::string joined(const std::vector<std::string>& lines, const char* separator)
{
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i ? separator : "") + lines[i];
    return out;
}

/// Keeps at most maxLines lines; a cut text ends in an ellipsis that still fits the width.
std::vector<std::string> limitLines(std::vector<std::string> lines, std::size_t maxLines, const Font& font,
                                    long width, const TextMeasure& measure)
{
    if (lines.size() <= maxLines)
        return lines;
    lines.resize(maxLines);
    std::string& last = lines.back();
    while (!last.empty() && measure.lineWidth(last + "…", font) > width) {
        // Drop a whole UTF-8 code point at a time.
        std::size_t cut = last.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80)
            --cut;
        last.erase(cut);
    }
    last += "…";
    return lines;
}

Shape textShape(std::string id, ShapeKind kind, const char* style, const Font& font, long x, long y, long width,
                const std::vector<std::string>& lines, const TextMeasure& measure)
{
    Shape s;
    s.id = std::move(id);
    s.kind = kind;
    s.style = style;
    s.font = font;
    s.text = joined(lines, "\n");
    s.bounds = Rect{x, y, width, measure.lineHeight(font) * static_cast<long>(lines.size())};
    s.centred = false;
    return s;
}

Shape rule(std::string id, long x, long y, long width, const std::string& colour)
{
    Shape s;
    s.id = std::move(id);
    s.kind = ShapeKind::Rule;
    s.style = ChecklistLayout::ruleStyle;
    s.bounds = Rect{x, y, width, 0};
    s.line = colour;
    return s;
}

int channelOf(const std::string& colour, std::size_t at) { return std::stoi(colour.substr(at, 2), nullptr, 16); }

/// One stretch of the body that moves to the next page as a whole.
struct Block {
    std::vector<Shape> shapes; ///< y relative to the block's top
    long height = 0;
    long spaceBefore = 0;      ///< dropped at the top of a page
    bool keepWithNext = false; ///< never the last block of a page when a next one follows
    int repeat = -1;           ///< what opens a page that this block starts: an index of m_repeats
};

/// The pages of one checklist document.
class DocumentLayout {
public:
    DocumentLayout(const Checklist& checklist, const Metrics& metrics, const TextMeasure& measure)
        : m_checklist(checklist), m_metrics(metrics), m_measure(measure),
          m_fill(ChecklistLayout::bandFill(checklist.colour)), m_border(TeamPalette::border(m_fill)),
          m_left(metrics.side), m_width(metrics.paper.width - 2 * metrics.side)
    {
        buildBand();
        m_bodyTop = m_bandBottom + m_metrics.bandGap;
        const long footerLine = m_metrics.paper.height - m_metrics.bottom - m_measure.lineHeight(m_metrics.footer);
        m_footerRule = footerLine - m_metrics.footerGap / 2;
        m_bodyBottom = m_footerRule - m_metrics.footerGap;
        buildBody();
    }

    std::vector<Page> pages() const
    {
        const auto bodies = paginate();
        std::vector<Page> out;
        for (std::size_t n = 0; n < bodies.size(); ++n) {
            Page page;
            page.name = m_checklist.title + " " + std::to_string(n + 1);
            page.size = m_metrics.paper;
            page.shapes = m_band;
            page.shapes.insert(page.shapes.end(), bodies[n].begin(), bodies[n].end());
            const auto footer = footerShapes(n + 1, bodies.size());
            page.shapes.insert(page.shapes.end(), footer.begin(), footer.end());
            out.push_back(std::move(page));
        }
        return out;
    }

private:
    const std::string& lang() const { return m_checklist.language; }
    long lineHeight(const Font& font) const { return m_measure.lineHeight(font); }

    // The header band: company, title, (role), process, version and date, and the logo.
    void buildBand()
    {
        const Metrics& m = m_metrics;
        const long pad = m.bandPadding;
        const bool logo = !m_checklist.logo.empty();
        const long textX = m_left + pad;
        const long textWidth = m_width - 2 * pad - (logo ? m.logoWidth + pad : 0);
        long y = m.top + pad;
        std::vector<Shape> texts;
        auto add = [&](const char* id, const char* style, const Font& font, const std::string& text,
                       std::size_t maxLines) {
            if (text.empty())
                return;
            const auto lines = limitLines(m_measure.wrap(text, font, textWidth), maxLines, font, textWidth, m_measure);
            texts.push_back(textShape(id, ShapeKind::Title, style, font, textX, y, textWidth, lines, m_measure));
            y += texts.back().bounds.height;
        };
        const std::string kindOfDocument = Text::say(lang(), "Desk checklist", "Checklist voor op het bureau");
        add("band:company", ChecklistLayout::companyStyle, m.company,
            m_checklist.company.empty() ? kindOfDocument : m_checklist.company + " · " + kindOfDocument, 1);
        add("band:title", ChecklistLayout::titleStyle, m.title, m_checklist.title, 2);
        add("band:subtitle", ChecklistLayout::subtitleStyle, m.subtitle, m_checklist.subtitle, 2);
        std::vector<std::string> info;
        if (!m_checklist.processName.empty())
            info.push_back(m_checklist.processName);
        if (!m_checklist.version.empty())
            info.push_back(Text::say(lang(), "version {0}", "versie {0}", {m_checklist.version}));
        if (!m_checklist.dateText.empty())
            info.push_back(m_checklist.dateText);
        add("band:info", ChecklistLayout::companyStyle, m.info, joined(info, " · "), 2);

        const long minimum = logo ? m.logoWidth * 2 / 3 : 0;
        const long height = std::max(y + pad - m.top, minimum + 2 * pad);
        Shape band;
        band.id = "band";
        band.kind = ShapeKind::Band;
        band.style = ChecklistLayout::bandStyle(m_checklist.teamId);
        band.bounds = Rect{m_left, m.top, m_width, height};
        band.fill = m_fill;
        band.line = m_border;
        m_band.push_back(band);
        if (logo) {
            Shape image;
            image.id = "band:logo";
            image.kind = ShapeKind::Logo;
            image.style = ChecklistLayout::logoStyle;
            image.text = m_checklist.logo;
            image.bounds = Rect{m_left + m_width - pad - m.logoWidth, m.top + pad, m.logoWidth, height - 2 * pad};
            m_band.push_back(image);
        }
        m_band.insert(m_band.end(), texts.begin(), texts.end());
        m_bandBottom = m.top + height;
    }

    std::vector<Shape> footerShapes(std::size_t page, std::size_t pages) const
    {
        const Font& font = m_metrics.footer;
        const long y = m_metrics.paper.height - m_metrics.bottom - lineHeight(font);
        const std::string number = Text::say(lang(), "page {0} of {1}", "pagina {0} van {1}",
                                             {std::to_string(page), std::to_string(pages)});
        const long numberWidth = std::min(m_width, m_measure.lineWidth(number, font) + 50);
        std::vector<Shape> out;
        out.push_back(rule("footer:rule", m_left, m_footerRule, m_width, quietLine));
        const long leftWidth = m_width - numberWidth - 600;
        std::string left = m_checklist.processName;
        if (!m_checklist.version.empty())
            left += (left.empty() ? "" : " · ") + Text::say(lang(), "version {0}", "versie {0}", {m_checklist.version});
        if (leftWidth > 0 && !left.empty()) {
            const auto lines = limitLines(m_measure.wrap(left, font, leftWidth), 1, font, leftWidth, m_measure);
            out.push_back(textShape("footer:process", ShapeKind::Text, ChecklistLayout::footerStyle, font, m_left, y,
                                    leftWidth, lines, m_measure));
        }
        out.push_back(textShape("footer:page", ShapeKind::Text, ChecklistLayout::footerStyle, font,
                                m_left + m_width - numberWidth, y, numberWidth, {number}, m_measure));
        return out;
    }

    // The body as blocks: headings, items, the cheat sheet.
    void buildBody()
    {
        for (const Checklist::Section& section : m_checklist.sections) {
            const std::string id = "heading:" + (section.phaseId.empty() ? std::string("-") : section.phaseId);
            addHeading(id, section.heading);
            // A phase that flows onto the next page gets its heading there again.
            const int continued = addRepeat(heading(id + ":continued", continuedText(section.heading)));
            for (const Checklist::Item& item : section.items) {
                const std::size_t first = m_blocks.size();
                addItem(item);
                for (std::size_t b = first; b < m_blocks.size(); ++b)
                    m_blocks[b].repeat = continued;
            }
        }
        if (m_checklist.sections.empty())
            addNote("note:no-steps", m_checklist.isPerson() && m_checklist.teamName == m_checklist.teamId
                                         ? Text::say(lang(), "No steps: the team {0} is not in the process.",
                                                     "Geen stappen: het team {0} staat niet in het proces.",
                                                     {Text::quote(m_checklist.teamId)})
                                         : Text::say(lang(), "No steps for this team.", "Geen stappen voor dit team."));
        addCheatSheet();
    }

    long bodyHeight() const { return m_bodyBottom - m_bodyTop; }

    /// Wrapped text as blocks; text taller than half a page is cut into several blocks so that it
    /// can flow. lead shapes (check box, bullet) go into the first block.
    void addText(const std::string& id, const char* style, const Font& font, long x, long width,
                 const std::string& text, long spaceBefore, std::vector<Shape> lead = {})
    {
        const auto lines = m_measure.wrap(text, font, width);
        const long lh = lineHeight(font);
        const auto perBlock = static_cast<std::size_t>(std::max(1L, bodyHeight() / 2 / lh));
        for (std::size_t first = 0, part = 0; first < lines.size(); first += perBlock, ++part) {
            const auto last = std::min(lines.size(), first + perBlock);
            const std::vector<std::string> chunk(lines.begin() + static_cast<std::ptrdiff_t>(first),
                                                 lines.begin() + static_cast<std::ptrdiff_t>(last));
            Block block;
            block.spaceBefore = part == 0 ? spaceBefore : 0;
            block.keepWithNext = true;
            block.shapes.push_back(textShape(part == 0 ? id : id + ":" + std::to_string(part), ShapeKind::Text, style,
                                             font, x, 0, width, chunk, m_measure));
            block.height = block.shapes.back().bounds.height;
            if (part == 0) {
                for (Shape& shape : lead) {
                    block.height = std::max(block.height, shape.bounds.bottom());
                    block.shapes.push_back(std::move(shape));
                }
            }
            m_blocks.push_back(std::move(block));
        }
    }

    std::string continuedText(const std::string& text) const
    {
        return Text::say(lang(), "{0} (continued)", "{0} (vervolg)", {text});
    }

    int addRepeat(Block block)
    {
        m_repeats.push_back(std::move(block));
        return static_cast<int>(m_repeats.size()) - 1;
    }

    void addHeading(const std::string& id, const std::string& text) { m_blocks.push_back(heading(id, text)); }

    Block heading(const std::string& id, const std::string& text) const
    {
        const Font& font = m_metrics.heading;
        const auto lines = limitLines(m_measure.wrap(text, font, m_width), 3, font, m_width, m_measure);
        Block block;
        block.spaceBefore = m_metrics.headingSpace;
        block.keepWithNext = true;
        block.shapes.push_back(
            textShape(id, ShapeKind::Text, ChecklistLayout::headingStyle, font, m_left, 0, m_width, lines, m_measure));
        const long ruleY = block.shapes.back().bounds.height + 60;
        block.shapes.push_back(rule(id + ":rule", m_left, ruleY, m_width, m_border));
        block.height = ruleY + 60;
        return block;
    }

    void addNote(const std::string& id, const std::string& text)
    {
        addText(id, ChecklistLayout::handoverStyle, m_metrics.secondary, m_left, m_width, text, m_metrics.itemSpace);
        m_blocks.back().keepWithNext = false;
    }

    void addItem(const Checklist::Item& item)
    {
        const Metrics& m = m_metrics;
        const long textX = m_left + m.checkBox + m.checkGap;
        const long textWidth = m_width - m.checkBox - m.checkGap;
        const std::string& id = item.stepId;

        Shape box;
        box.id = "check:" + id;
        box.kind = ShapeKind::CheckBox;
        box.style = ChecklistLayout::checkBoxStyle;
        box.fill = "#FFFFFF";
        box.line = "#333333";
        // Centred on the first line of the item.
        box.bounds = Rect{m_left, std::max(0L, (lineHeight(m.item) - m.checkBox) / 2), m.checkBox, m.checkBox};
        addText("item:" + id, ChecklistLayout::itemStyle, m.item, textX, textWidth, item.text, m.itemSpace, {box});

        if (!item.markers.empty())
            addText("marker:" + id, ChecklistLayout::markerStyle, m.secondary, textX, textWidth,
                    joined(item.markers, " · "), m.lineSpace);
        for (std::size_t i = 0; i < item.lines.size(); ++i) {
            const std::string lineId = "line:" + id + ":" + std::to_string(i);
            Shape bullet = textShape(lineId + ":bullet", ShapeKind::Text, ChecklistLayout::lineStyle, m.line, textX, 0,
                                     m.bullet, {"•"}, m_measure);
            addText(lineId, ChecklistLayout::lineStyle, m.line, textX + m.bullet, textWidth - m.bullet, item.lines[i],
                    i == 0 ? 2 * m.lineSpace : m.lineSpace, {bullet});
        }
        auto handovers = [&](const std::vector<Checklist::Handover>& list, const char* prefix) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string handoverId = prefix + id + ":" + std::to_string(i);
                addText(handoverId, ChecklistLayout::handoverStyle, m.secondary, textX, textWidth, list[i].text,
                        i == 0 ? 2 * m.lineSpace : m.lineSpace);
                if (!list[i].criteriaText.empty())
                    addText(handoverId + ":criteria", ChecklistLayout::handoverStyle, m.secondary, textX + m.indent,
                            textWidth - m.indent, list[i].criteriaText, 0);
            }
        };
        handovers(item.incoming, "from:");
        handovers(item.outgoing, "to:");
        m_blocks.back().keepWithNext = false;
    }

    /// The routing cheat sheet: which inbound contacts land with the team.
    void addCheatSheet()
    {
        const std::string title = Text::say(lang(), "Inbound contacts", "Inkomende contacten");
        addHeading("heading:routing", title);
        if (m_checklist.cheatSheet.empty()) {
            addNote("note:no-routes", Text::say(lang(), "No inbound contacts land with this team.",
                                                "Er komen geen inkomende contacten bij dit team binnen."));
            return;
        }
        // Column shares of the width, in per mille.
        static const long shares[] = {210, 110, 200, 310, 170};
        std::vector<long> x{m_left};
        for (long share : shares)
            x.push_back(x.back() + m_width * share / 1000);
        x.back() = m_left + m_width;

        auto row = [&](const std::string& id, const std::vector<std::string>& cells, const Font& font,
                       const char* style) {
            Block block;
            const long pad = m_metrics.cellPadding;
            long height = 0;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const long width = x[c + 1] - x[c] - 2 * pad;
                const auto lines = limitLines(m_measure.wrap(cells[c], font, width), 6, font, width, m_measure);
                block.shapes.push_back(textShape(id + ":" + std::to_string(c), ShapeKind::Text, style, font, x[c] + pad,
                                                 pad, width, lines, m_measure));
                height = std::max(height, block.shapes.back().bounds.height);
            }
            block.height = height + 2 * pad;
            return block;
        };

        const Font& font = m_metrics.table;
        Block header = row("table:header",
                           {Text::say(lang(), "Channel", "Kanaal"), Text::say(lang(), "Segment", "Segment"),
                            Text::say(lang(), "When", "Wanneer"), Text::say(lang(), "Role", "Rol"),
                            Text::say(lang(), "Response time", "Reactietijd")},
                           m_metrics.tableHeader, ChecklistLayout::tableHeaderStyle);
        Shape background;
        background.id = "table:header:band";
        background.kind = ShapeKind::Band;
        background.style = ChecklistLayout::bandStyle(m_checklist.teamId);
        background.bounds = Rect{m_left, 0, m_width, header.height};
        background.fill = m_fill;
        background.line = m_border;
        header.shapes.insert(header.shapes.begin(), background);
        header.spaceBefore = m_metrics.lineSpace * 2;
        header.keepWithNext = true;
        // Rows that flow onto the next page get the heading and the header row there again.
        Block repeat = heading("heading:routing:continued", continuedText(title));
        for (Shape shape : header.shapes) {
            shape.bounds.y += repeat.height + header.spaceBefore;
            repeat.shapes.push_back(std::move(shape));
        }
        repeat.height += header.spaceBefore + header.height;
        const int headerIndex = addRepeat(std::move(repeat));
        m_blocks.push_back(std::move(header));

        for (std::size_t r = 0; r < m_checklist.cheatSheet.size(); ++r) {
            const Checklist::CheatSheetRow& route = m_checklist.cheatSheet[r];
            const std::string id = "table:" + std::to_string(r);
            Block block = row(id,
                              {route.channel, route.segment, route.conditionText, route.roleText,
                               route.responseTime.empty() ? "—" : route.responseTime},
                              font, ChecklistLayout::tableCellStyle);
            block.shapes.push_back(rule(id + ":rule", m_left, block.height, m_width, quietLine));
            block.repeat = headerIndex;
            m_blocks.push_back(std::move(block));
        }
    }

    /// Blocks onto pages: a block that does not fit starts a new page, and so does a chain of
    /// blocks kept with the next (a heading with its first item, an item with its lines) unless
    /// the chain is taller than a page; then it is cut where the page ends.
    std::vector<std::vector<Shape>> paginate() const
    {
        std::vector<std::vector<Shape>> pages(1);
        long y = m_bodyTop;
        bool hasContent = false; // beyond a repeated table header
        auto space = [&](const Block& b, long at) { return at == m_bodyTop ? 0 : b.spaceBefore; };
        auto place = [&](const Block& b) {
            y += space(b, y);
            for (Shape shape : b.shapes) {
                shape.bounds.y += y;
                pages.back().push_back(std::move(shape));
            }
            y += b.height;
        };
        auto newPage = [&](std::size_t next) {
            pages.emplace_back();
            y = m_bodyTop;
            hasContent = false;
            if (m_blocks[next].repeat >= 0)
                place(m_repeats[static_cast<std::size_t>(m_blocks[next].repeat)]);
        };
        const std::size_t n = m_blocks.size();
        std::size_t i = 0;
        while (i < n) {
            std::size_t j = i;
            while (j + 1 < n && m_blocks[j].keepWithNext)
                ++j;
            long chain = space(m_blocks[i], y) + m_blocks[i].height;
            for (std::size_t k = i + 1; k <= j; ++k)
                chain += m_blocks[k].spaceBefore + m_blocks[k].height;
            if (y + chain <= m_bodyBottom) {
                for (; i <= j; ++i)
                    place(m_blocks[i]);
                hasContent = true;
                continue;
            }
            if (hasContent) {
                newPage(i);
                continue;
            }
            // Taller than a page: fill this one, the rest flows on.
            place(m_blocks[i++]);
            hasContent = true;
            while (i <= j && y + m_blocks[i].spaceBefore + m_blocks[i].height <= m_bodyBottom)
                place(m_blocks[i++]);
        }
        return pages;
    }

    const Checklist& m_checklist;
    const Metrics& m_metrics;
    const TextMeasure& m_measure;
    std::string m_fill;
    std::string m_border;
    long m_left;
    long m_width;
    std::vector<Shape> m_band;
    long m_bandBottom = 0;
    long m_bodyTop = 0;
    long m_bodyBottom = 0;
    long m_footerRule = 0;
    std::vector<Block> m_blocks;
    std::vector<Block> m_repeats; ///< headings (and the table header) that open a continued page
};

} // namespace

Drawing ChecklistLayout::layout(const Checklist& checklist, const ChecklistOptions& options, const TextMeasure& measure)
{
    const Metrics metrics = metricsFor(options.paper);
    Drawing drawing;
    drawing.pages = DocumentLayout(checklist, metrics, measure).pages();
    return drawing;
}

ChecklistLayout::Book ChecklistLayout::layoutProcess(const Process& process, const ChecklistOptions& options,
                                                     const TextMeasure& measure)
{
    Book book;
    std::set<std::string> pageNames;
    auto append = [&](const Checklist& checklist) {
        Document document;
        document.teamId = checklist.teamId;
        document.personName = checklist.personName;
        document.title = checklist.title;
        document.firstPage = book.drawing.pages.size();
        for (Page& page : layout(checklist, options, measure).pages) {
            // Draw wants page names unique in a document; a person may share a team's name.
            std::string name = page.name;
            for (int copy = 2; pageNames.count(name); ++copy)
                name = page.name + " (" + std::to_string(copy) + ")";
            pageNames.insert(name);
            page.name = name;
            book.drawing.pages.push_back(std::move(page));
        }
        document.pageCount = book.drawing.pages.size() - document.firstPage;
        book.documents.push_back(std::move(document));
    };
    for (const Team& team : process.teams)
        append(Checklist::forTeam(process, team.id));
    if (options.perPerson)
        for (const Person& person : process.people)
            append(Checklist::forPerson(process, person.name));
    return book;
}

std::size_t ChecklistLayout::predictPageCount(const Checklist& checklist, const ChecklistOptions& options,
                                              const TextMeasure& measure)
{
    return layout(checklist, options, measure).pages.size();
}

std::vector<ChecklistLayout::Style> ChecklistLayout::styles(const Process& process, const ChecklistOptions& options)
{
    const Metrics m = metricsFor(options.paper);
    std::vector<Style> out = {
        {companyStyle, m.company, "", "", darkText},
        {titleStyle, m.title, "", "", darkText},
        {subtitleStyle, m.subtitle, "", "", darkText},
        {logoStyle, m.company, "", "", darkText},
        {headingStyle, m.heading, "", "", darkText},
        {itemStyle, m.item, "", "", darkText},
        {checkBoxStyle, m.item, "#FFFFFF", "#333333", darkText},
        {lineStyle, m.line, "", "", darkText},
        {markerStyle, m.secondary, "", "", secondaryText},
        {handoverStyle, m.secondary, "", "", secondaryText},
        {tableHeaderStyle, m.tableHeader, "", "", darkText},
        {tableCellStyle, m.table, "", "", darkText},
        {ruleStyle, m.footer, "", quietLine, darkText},
        {footerStyle, m.footer, "", "", secondaryText},
    };
    std::vector<std::string> teamIds;
    for (const Team& team : process.teams)
        teamIds.push_back(team.id);
    for (const Person& person : process.people)
        if (std::find(teamIds.begin(), teamIds.end(), person.team) == teamIds.end())
            teamIds.push_back(person.team);
    for (const std::string& id : teamIds) {
        const std::string fill = bandFill(TeamPalette::fillOf(process, id));
        out.push_back({bandStyle(id), m.company, fill, TeamPalette::border(fill), darkText});
    }
    return out;
}

std::string ChecklistLayout::bandStyle(const std::string& teamId) { return bandStylePrefix + teamId; }

Size ChecklistLayout::paperSize(ChecklistPaper paper) { return metricsFor(paper).paper; }

Rect ChecklistLayout::printArea(ChecklistPaper paper)
{
    const Metrics m = metricsFor(paper);
    return Rect{m.side, m.top, m.paper.width - 2 * m.side, m.paper.height - m.top - m.bottom};
}

std::string ChecklistLayout::bandFill(const std::string& teamColour)
{
    if (!TeamPalette::isColour(teamColour))
        return "#EEEEEE";
    // Mix with white until dark text reads on it: the band's text is always dark.
    int r = channelOf(teamColour, 1), g = channelOf(teamColour, 3), b = channelOf(teamColour, 5);
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", r, g, b);
    while (TeamPalette::text(out) != darkText) {
        r += (255 - r) * 2 / 5;
        g += (255 - g) * 2 / 5;
        b += (255 - b) * 2 / 5;
        std::snprintf(out, sizeof out, "#%02X%02X%02X", r, g, b);
    }
    return out;
}

} // namespace salesprocess
