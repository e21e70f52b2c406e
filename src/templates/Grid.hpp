#pragma once
#include "core/Process.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace salesprocess {

class TextMeasure;

// A Grid describes one generated sheet (the task division matrix, the routing matrix, the routing
// cheat sheets) completely, as plain data the Calc adapter writes in a few range calls:
//
//   1. insert the sheet named Grid::sheetName (beside an edited one, see DESIGN.md section 4);
//   2. create every CellLook in Grid::styles as a cell style, only where no style of that name
//      exists yet (a user's restyling survives regeneration);
//   3. write Grid::cells in one setDataArray call over rowCount() x columnCount() cells
//      (GridCell::number as a double, else GridCell::text; an empty text leaves the cell empty;
//      "\n" in a text is a line break inside the cell);
//   4. set the "CellStyle" property of every range in Grid::areas, in order (a later area wins);
//   5. merge Grid::merged; set column widths; row heights as Grid::writtenRowHeight says (Calc's
//      optimal height where that is safe in every office, so wrapped text shows whole);
//   6. add Grid::colourScales as colour-scale conditional formats;
//   7. print setup from Grid::print (print area, title rows and columns, page style);
//      freeze Grid::freezeRows / Grid::freezeColumns in the view;
//   8. link or annotate the cells in Grid::highlights (the check's findings on this sheet).
//
// All positions are 0-based, row first; lengths are 1/100 mm, as in the office API.
// Every text is already in the process language.

/// A rectangle of cells, 0-based and inclusive at both ends, like css::table::CellRangeAddress.
struct CellRange {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    int rows() const { return lastRow - firstRow + 1; }
    int columns() const { return lastColumn - firstColumn + 1; }
    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    /// "B3:D7" (or "B3" for one cell), as Calc shows it without the sheet name.
    std::string toA1() const;

    bool operator==(const CellRange& other) const
    {
        return firstRow == other.firstRow && firstColumn == other.firstColumn && lastRow == other.lastRow &&
               lastColumn == other.lastColumn;
    }
};

/// Rows or columns first..last (0-based, inclusive); empty when last < first.
struct Span {
    int first = 0;
    int last = -1;

    bool empty() const { return last < first; }
};

/// What one cell shows: a number when set (counts, totals), else the text (may hold line breaks).
struct GridCell {
    std::string text;
    std::optional<double> number;
};

enum class HorizontalAlign { Left, Centre, Right };
enum class VerticalAlign { Top, Centre, Bottom };

/// A border line; width 0 means no line.
struct BorderLine {
    std::string colour; ///< "#rrggbb"
    int width = 0;      ///< 1/100 mm (css::table::BorderLine2::LineWidth)
};

/// A named cell style and the look it gets when the adapter creates it.
struct CellLook {
    std::string name;            ///< e.g. "SalesProcess Header", "SalesProcess Team inside"
    std::string fill;            ///< background "#rrggbb"; empty: none (transparent)
    std::string text = "#222222"; ///< font colour "#rrggbb"
    double points = 10.0;        ///< font size
    bool bold = false;
    bool italic = false;
    bool wrap = false;           ///< wrap text at the cell width
    HorizontalAlign horizontal = HorizontalAlign::Left;
    VerticalAlign vertical = VerticalAlign::Top;
    int rotation = 0;            ///< text angle in degrees, 0 or 90 (read bottom to top; Calc: RotateAngle / 100)
    BorderLine border;           ///< on all four sides of every cell with this style
    // The font family is the house font the adapter sets on every style of ours.
};

/// A range that gets a named cell style.
struct StyledRange {
    CellRange range;
    std::string style; ///< CellLook::name, always one of Grid::styles
};

/// A colour-scale conditional format: the smallest value in the range gets minColour, the largest
/// maxColour, values between a linear mix (in Calc: ColorScale entries of type MIN and MAX).
struct ColourScale {
    CellRange range;
    std::string minColour; ///< "#rrggbb"
    std::string maxColour; ///< "#rrggbb"
    double lowest = 0.0;   ///< smallest value in the range when built
    double highest = 0.0;  ///< largest value in the range when built

    /// The colour a value gets, as Calc would show it (for tests and renderers without Calc).
    std::string colourOf(double value) const;
};

/// A cell that must stand out because the check reports a finding there. A finding belongs to
/// the cell when its code and ids equal Highlight::code and Highlight::ids, or when it is located
/// on one of the cell's routes (Finding::where.table == "routes", where.index in Highlight::routes;
/// e.g. the "missing-field" of a route without owner team, or the second route of a double one).
struct Highlight {
    int row = 0;
    int column = 0;
    std::string code;             ///< the finding's code: "unrouted-contact", "double-route", "missing-field"
    std::vector<std::string> ids; ///< as in that Finding::ids (channel id, segment id); may be empty
    std::vector<std::size_t> routes; ///< indexes in Process::routes of the routes in the cell
    std::string note;             ///< one sentence in the process language, e.g. for a cell comment
};

/// How the sheet prints (the adapter puts it in a page style of the sheet and in XPrintAreas).
struct PrintSetup {
    std::string pageStyle;  ///< page style name, e.g. "SalesProcess Task Division"
    bool landscape = true;  ///< A4 landscape, else A4 portrait
    CellRange area;         ///< the print area: the whole grid
    Span repeatRows;        ///< printed at the top of every page (title rows)
    Span repeatColumns;     ///< printed at the left of every page (title columns)
    int pagesWide = 1;      ///< fit to this many pages wide (ScaleToPagesX); chosen so text stays >= 8 pt
    int pagesTall = 0;      ///< 0: as many pages down as needed (ScaleToPagesY)
    int marginLeftRight = 1500; ///< 1/100 mm
    int marginTopBottom = 1200; ///< 1/100 mm

    /// Printable width of one page, 1/100 mm.
    int usableWidth() const;
};

/// One generated sheet, described completely (see the steps above): plain data with helpers to
/// build and read it.
struct Grid {
    // The house look shared by all generated sheets: one name per look, so a user restyles once.
    static constexpr const char* titleStyle = "SalesProcess Title";
    static constexpr const char* headerStyle = "SalesProcess Header";
    static constexpr const char* verticalHeaderStyle = "SalesProcess Header Vertical";
    static constexpr const char* bandStyle = "SalesProcess Band";
    static constexpr const char* rowHeaderStyle = "SalesProcess Row Header";
    static constexpr const char* cellStyle = "SalesProcess Cell";
    static constexpr const char* countStyle = "SalesProcess Count";
    static constexpr const char* totalStyle = "SalesProcess Total";
    static constexpr const char* legendStyle = "SalesProcess Legend";

    /// The smallest share of the font size a print may be scaled to: 10 pt text stays >= 8 pt.
    static constexpr double minimumPrintScale = 0.8;
    /// How much narrower or wider a column may lay text out in another office or on paper.
    static constexpr double rowMeasureSlack = 0.05;

    std::string key;       ///< stable table key: "task-division", "routing-matrix", "routing-per-team"
    std::string sheetName; ///< in the process language: "Taakverdeling" / "Task division"
    std::string language;  ///< "nl" or "en"

    std::vector<std::vector<GridCell>> cells; ///< [row][column]; every row has columnCount() cells
    /// What each row and column shows, stable across renames, so a regeneration can be compared
    /// with the previous one: "team:inside", "phase:contact", "channel:phone", "segment:customer",
    /// "title", "header", "total", "legend:...", "" for spacers.
    std::vector<std::string> rowKeys;
    std::vector<std::string> columnKeys;
    std::vector<int> columnWidths; ///< per column, 1/100 mm
    std::vector<int> rowHeights;   ///< per row, 1/100 mm; 0: optimal height

    std::vector<CellLook> styles;   ///< every style the areas use, each name once
    std::vector<StyledRange> areas; ///< applied in order; a later area wins where they overlap
    std::vector<CellRange> merged;  ///< merged ranges (the text is in their top left cell)
    std::vector<ColourScale> colourScales;
    std::vector<Highlight> highlights;
    PrintSetup print;
    int freezeRows = 0;    ///< rows kept in view when scrolling
    int freezeColumns = 0; ///< columns kept in view when scrolling

    int rowCount() const { return static_cast<int>(cells.size()); }
    int columnCount() const { return cells.empty() ? 0 : static_cast<int>(cells.front().size()); }

    // Building.
    /// Grows or shrinks to rows x columns; new cells are empty, new columns 2500 wide.
    void resize(int rows, int columns);
    void setText(int row, int column, std::string text);
    void setNumber(int row, int column, double number);
    /// Adds a style unless one of that name is there already.
    void addStyle(const CellLook& look);
    /// Gives a range a style that addStyle added.
    void apply(const CellRange& range, const std::string& style);
    void merge(const CellRange& range);
    /// Print area over the whole grid and the number of pages wide that keeps text >= 8 pt.
    void fitPrintToWidth();
    /// Calc's optimal row height ignores merged cells: a row whose merged, wrapped text needs
    /// more than its height gets the height the text needs (measured with measure).
    void fitMergedRows(const TextMeasure& measure);
    /// The height the adapter writes for a row, given Calc's optimal height for it with every
    /// column rowMeasureSlack narrower and wider: 0 keeps Calc's optimal height. Every office
    /// that opens the file sizes optimal rows again with its own text metrics, and a print can
    /// wrap a line the height has no room for; so a row whose line count depends on the slack
    /// gets the taller height fixed, and a row with its own height grows to what its text needs.
    int writtenRowHeight(int row, int narrowOptimal, int wideOptimal) const;
    /// The last column that prints on the first page however the print is scaled (a page holds
    /// at least its usable width of sheet; columns never split); the last column on one page.
    int lastColumnOnFirstPage() const;
    /// The first column that is not repeated on every page (0 when none is).
    int firstUnrepeatedColumn() const;
    /// True when the cell lies in a merged range.
    bool isMerged(int row, int column) const;

    // Reading (adapters and tests).
    const GridCell& at(int row, int column) const;
    const std::string& textAt(int row, int column) const { return at(row, column).text; }
    /// The style the last area covering the cell gives it, or "" when none does.
    std::string styleAt(int row, int column) const;
    const CellLook* findStyle(const std::string& name) const;
    const Highlight* highlightAt(int row, int column) const;
    /// First row / column with that key, or -1.
    int rowOf(const std::string& rowKey) const;
    int columnOf(const std::string& columnKey) const;
    /// Sum of the column widths, 1/100 mm.
    long width() const;

    // The house look.
    static CellLook look(const std::string& name);
    /// "SalesProcess Team <id>": the team's colour, bold; for row headers and legends.
    static CellLook teamLook(const Process& process, const std::string& teamId);
    static std::string teamStyleName(const std::string& teamId);
    /// "Taakverdeling · B2B-verkoop met buitendienst · versie 1.0 · 15 januari 2026".
    static std::string title(const Process& process, const std::string& what);
    /// "15 januari 2026" / "15 January 2026"; other text as it is.
    static std::string longDate(const std::string& iso, const std::string& language);
    /// A name on one line: line breaks become spaces.
    static std::string oneLine(const std::string& text);
};

} // namespace salesprocess
