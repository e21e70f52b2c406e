#include "Grid.hpp"

#include "CellMap.hpp"
#include "core/Date.hpp"
#include "core/TeamPalette.hpp"
#include "core/Text.hpp"
#include "core/TextMeasure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace salesprocess {

namespace {

struct Rgb {
    double r, g, b;
};

Rgb parseColour(const std::string& hex)
{
    if (!TeamPalette::isColour(hex))
        return Rgb{255, 255, 255};
    auto channel = [&](std::size_t at) { return static_cast<double>(std::stoul(hex.substr(at, 2), nullptr, 16)); };
    return Rgb{channel(1), channel(3), channel(5)};
}

std::string formatColour(const Rgb& c)
{
    auto channel = [](double v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0, 255.0))); };
    char out[16];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", channel(c.r), channel(c.g), channel(c.b));
    return out;
}

const char* const monthsEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char* const monthsDutch[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                   "juli",    "augustus", "september", "oktober", "november", "december"};

// Colours of the house look: dark blue headers, light blue-grey bands, thin grey lines.
const char* const ink = "#222222";
const char* const headerFill = "#1F4E79";
const char* const headerLine = "#10314F";
const char* const bandFill = "#DCE3EA";
const char* const rowHeaderFill = "#EEF2F6";
const char* const gridLine = "#A6B4C3";
constexpr int thinLine = 18;
constexpr long cellPaddingWidth = 250;  // Calc's inner cell margins and a little air, 1/100 mm
constexpr long cellPaddingHeight = 200;
constexpr int headerLineWidth = 35;

} // namespace

std::string CellRange::toA1() const
{
    const std::string first = CellMap::columnName(firstColumn) + std::to_string(firstRow + 1);
    if (firstRow == lastRow && firstColumn == lastColumn)
        return first;
    return first + ":" + CellMap::columnName(lastColumn) + std::to_string(lastRow + 1);
}

std::string ColourScale::colourOf(double value) const
{
    const double share = highest > lowest ? std::clamp((value - lowest) / (highest - lowest), 0.0, 1.0) : 0.0;
    const Rgb from = parseColour(minColour), to = parseColour(maxColour);
    return formatColour(Rgb{from.r + (to.r - from.r) * share, from.g + (to.g - from.g) * share,
                            from.b + (to.b - from.b) * share});
}

int PrintSetup::usableWidth() const { return (landscape ? 29700 : 21000) - 2 * marginLeftRight; }

void Grid::resize(int rows, int columns)
{
    const auto r = static_cast<std::size_t>(std::max(rows, 0));
    const auto c = static_cast<std::size_t>(std::max(columns, 0));
    cells.resize(r);
    for (auto& row : cells)
        row.resize(c);
    rowKeys.resize(r);
    rowHeights.resize(r, 0);
    columnKeys.resize(c);
    columnWidths.resize(c, 2500);
}

void Grid::setText(int row, int column, std::string text)
{
    GridCell& cell = cells.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
    cell.text = std::move(text);
    cell.number.reset();
}

void Grid::setNumber(int row, int column, double number)
{
    GridCell& cell = cells.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
    cell.text.clear();
    cell.number = number;
}

void Grid::addStyle(const CellLook& style)
{
    if (!findStyle(style.name))
        styles.push_back(style);
}

void Grid::apply(const CellRange& range, const std::string& style)
{
    // A style that is not described could not be created by the adapter: a bug of ours.
    if (!findStyle(style))
        throw std::logic_error("Grid::apply: style \"" + style + "\" was not added");
    areas.push_back({range, style});
}

void Grid::merge(const CellRange& range)
{
    if (range.rows() > 1 || range.columns() > 1)
        merged.push_back(range);
}

void Grid::fitPrintToWidth()
{
    print.area = CellRange{0, 0, std::max(rowCount() - 1, 0), std::max(columnCount() - 1, 0)};
    long repeated = 0;
    if (!print.repeatColumns.empty())
        for (int c = print.repeatColumns.first; c <= print.repeatColumns.last && c < columnCount(); ++c)
            repeated += columnWidths[static_cast<std::size_t>(c)];
    // Columns never split over pages, so a page holds a little less than its width: keep 10 %.
    const double page = 0.9 * print.usableWidth();
    int pages = 1;
    while (pages < 50 &&
           minimumPrintScale * static_cast<double>(width() + (pages - 1) * repeated) > pages * page)
        ++pages;
    print.pagesWide = pages;
    print.pagesTall = 0;
}

void Grid::fitMergedRows(const TextMeasure& measure)
{
    for (const CellRange& range : merged) {
        if (range.rows() != 1)
            continue;
        const CellLook* style = findStyle(styleAt(range.firstRow, range.firstColumn));
        const GridCell& cell = at(range.firstRow, range.firstColumn);
        if (!style || !style->wrap || style->rotation != 0 || cell.text.empty())
            continue;
        long width = 0;
        for (int c = range.firstColumn; c <= range.lastColumn; ++c)
            width += columnWidths[static_cast<std::size_t>(c)];
        const Font font{style->points, style->bold};
        // A fixed height is not sized again by Calc: measure as if a little narrower, to be sure.
        const auto usable = static_cast<long>(static_cast<double>(width - cellPaddingWidth) * (1.0 - rowMeasureSlack));
        const Size needed = measure.measure(cell.text, font, std::max(usable, 100L));
        int& height = rowHeights[static_cast<std::size_t>(range.firstRow)];
        // One line fits any row; an optimal-height row (0) only needs help for more lines.
        if (needed.height <= measure.lineHeight(font))
            continue;
        height = std::max(height, static_cast<int>(needed.height + cellPaddingHeight));
    }
}

int Grid::writtenRowHeight(int row, int narrowOptimal, int wideOptimal) const
{
    const int planned = rowHeights.at(static_cast<std::size_t>(row));
    if (planned > 0) {
        // Calc's optimal height leaves merged cells out, and sizes turned text as if unwrapped:
        // only level text outside merged cells may need more than the builder planned.
        bool level = false;
        for (int c = 0; c < columnCount(); ++c) {
            if (isMerged(row, c) || (!at(row, c).number && at(row, c).text.empty()))
                continue;
            const CellLook* look = findStyle(styleAt(row, c));
            if (look && look->rotation != 0)
                return planned;
            level = true;
        }
        return level ? std::max(planned, narrowOptimal) : planned;
    }
    if (narrowOptimal == wideOptimal)
        return 0; // no line near its break: any office sizes the row alike
    return std::max(narrowOptimal, wideOptimal);
}

int Grid::lastColumnOnFirstPage() const
{
    if (print.pagesWide <= 1)
        return columnCount() - 1;
    long used = 0;
    for (int c = 0; c < columnCount(); ++c) {
        used += columnWidths[static_cast<std::size_t>(c)];
        if (used > print.usableWidth())
            return std::max(c - 1, 0);
    }
    return columnCount() - 1;
}

int Grid::firstUnrepeatedColumn() const
{
    return print.repeatColumns.empty() || print.repeatColumns.first > 0 ? 0 : print.repeatColumns.last + 1;
}

bool Grid::isMerged(int row, int column) const
{
    return std::any_of(merged.begin(), merged.end(), [&](const CellRange& r) { return r.contains(row, column); });
}

const GridCell& Grid::at(int row, int column) const
{
    return cells.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
}

std::string Grid::styleAt(int row, int column) const
{
    for (auto it = areas.rbegin(); it != areas.rend(); ++it)
        if (it->range.contains(row, column))
            return it->style;
    return {};
}

const CellLook* Grid::findStyle(const std::string& name) const
{
    auto it = std::find_if(styles.begin(), styles.end(), [&](const CellLook& s) { return s.name == name; });
    return it == styles.end() ? nullptr : &*it;
}

const Highlight* Grid::highlightAt(int row, int column) const
{
    auto it = std::find_if(highlights.begin(), highlights.end(),
                           [&](const Highlight& h) { return h.row == row && h.column == column; });
    return it == highlights.end() ? nullptr : &*it;
}

int Grid::rowOf(const std::string& rowKey) const
{
    auto it = std::find(rowKeys.begin(), rowKeys.end(), rowKey);
    return it == rowKeys.end() ? -1 : static_cast<int>(it - rowKeys.begin());
}

int Grid::columnOf(const std::string& columnKey) const
{
    auto it = std::find(columnKeys.begin(), columnKeys.end(), columnKey);
    return it == columnKeys.end() ? -1 : static_cast<int>(it - columnKeys.begin());
}

long Grid::width() const
{
    long total = 0;
    for (int w : columnWidths)
        total += w;
    return total;
}

CellLook Grid::look(const std::string& name)
{
    CellLook look;
    look.name = name;
    look.text = ink;
    const BorderLine grid{gridLine, thinLine};
    if (name == titleStyle) {
        look.text = headerFill;
        look.points = 14;
        look.bold = true;
        look.wrap = true;
        look.vertical = VerticalAlign::Centre;
    } else if (name == headerStyle || name == verticalHeaderStyle) {
        look.fill = headerFill;
        look.text = "#FFFFFF";
        look.bold = true;
        look.wrap = true;
        look.horizontal = HorizontalAlign::Centre;
        look.vertical = VerticalAlign::Centre;
        look.border = BorderLine{headerLine, headerLineWidth};
        if (name == verticalHeaderStyle) {
            look.rotation = 90;
            look.vertical = VerticalAlign::Bottom;
            look.points = 9;
        }
    } else if (name == bandStyle) {
        // Left aligned: a band merged over columns that print on two pages keeps its text whole.
        look.fill = bandFill;
        look.text = headerFill;
        look.bold = true;
        look.vertical = VerticalAlign::Centre;
        look.border = grid;
    } else if (name == rowHeaderStyle) {
        look.fill = rowHeaderFill;
        look.bold = true;
        look.wrap = true;
        look.vertical = VerticalAlign::Centre;
        look.border = grid;
    } else if (name == cellStyle) {
        look.wrap = true;
        look.border = grid;
    } else if (name == countStyle) {
        look.horizontal = HorizontalAlign::Centre;
        look.vertical = VerticalAlign::Centre;
        look.border = grid;
    } else if (name == totalStyle) {
        look.fill = bandFill;
        look.bold = true;
        look.horizontal = HorizontalAlign::Centre;
        look.vertical = VerticalAlign::Centre;
        look.border = grid;
    } else if (name == legendStyle) {
        look.text = "#444444";
        look.points = 9;
        look.wrap = true;
        look.vertical = VerticalAlign::Centre;
    }
    return look;
}

std::string Grid::teamStyleName(const std::string& teamId) { return "SalesProcess Team " + teamId; }

CellLook Grid::teamLook(const Process& process, const std::string& teamId)
{
    const std::string fill = TeamPalette::fillOf(process, teamId);
    CellLook look;
    look.name = teamStyleName(teamId);
    look.fill = fill;
    look.text = TeamPalette::text(fill);
    look.bold = true;
    look.wrap = true;
    look.vertical = VerticalAlign::Centre;
    look.border = BorderLine{TeamPalette::border(fill), thinLine};
    return look;
}

std::string Grid::title(const Process& process, const std::string& what)
{
    std::string out = what;
    if (!process.name.empty())
        out += " · " + oneLine(process.name);
    if (!process.version.empty())
        out += " · " + Text::say(process.language, "version {0}", "versie {0}", {process.version});
    if (!process.date.empty())
        out += " · " + longDate(process.date, process.language);
    return out;
}

std::string Grid::longDate(const std::string& iso, const std::string& language)
{
    if (!Date::parse(iso))
        return iso;
    const int year = std::stoi(iso.substr(0, 4));
    const auto month = static_cast<std::size_t>(std::stoi(iso.substr(5, 2)) - 1);
    const int day = std::stoi(iso.substr(8, 2));
    const char* name = language == "nl" ? monthsDutch[month] : monthsEnglish[month];
    return std::to_string(day) + " " + name + " " + std::to_string(year);
}

std::string Grid::oneLine(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue; // CR LF: one space, from the LF
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}

} // namespace salesprocess
