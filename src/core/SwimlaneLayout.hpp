#pragma once
#include "Drawing.hpp"
#include "Process.hpp"
#include "SwimlaneOptions.hpp"
#include "TextMeasure.hpp"

#include <cstddef>

namespace salesprocess {

/// The swimlane diagram as plain geometry in 1/100 mm (DESIGN.md sections 7 and 9).
///
/// Phases are columns in process order and teams are lanes (or the other way round with
/// LaneOrientation::Vertical). Every shown step gets one box in its phase x team cell. Within a
/// phase the work flows forward: a step stands one column after the step of its own lane it
/// follows, and never before a step of another lane it follows (that arrow goes straight up or
/// down). Steps sharing a column of a lane stack, StepOrder orders each stack to keep crossings
/// few, and a stack too deep for the paper continues in the next column (a small grid). Boxes
/// stand on a regular grid with even gutters and grow by grid steps to hold their text; the
/// arrows run through the gutters, so they never cross a box.
///
/// Beneath the steps: a Lane and a LaneHeader per team, a PhaseColumn and a PhaseHeader per
/// phase. Around them: a title block and a legend, which keep their size. A diagram too large
/// for the paper is scaled down until its labels would drop under 8 pt; beyond that it is split
/// over pages by ranges of phases (a phase wider than a page by ranges of its columns), every
/// page repeating all lane headers, at the largest scale that needs no more pages. Only when the
/// lanes are too deep for the paper together are they split in groups too. An arrow to another
/// page ends in an OffPage marker naming the step and the page it continues on; that page has
/// the matching incoming marker. Markers stand in a column of their own before or after the
/// steps; arrows of one lane to or from the same step share one.
///
/// Shape ids: a step's id; "lane:<team>", "laneheader:<team>", "phase:<phase>",
/// "phaseheader:<phase>"; "offpage:out:<n>" and "offpage:in:<n>" for Process::arrows[n] (the
/// first of the arrows sharing the marker); "logo", "title:process", "title:company",
/// "title:details", "title:rule"; "legend:..." for the legend (its samples use the kinds they
/// explain). Connector ids: "arrow:<n>". Steps use the style "SalesProcess Step <team id>",
/// whatever their kind; the legend samples "SalesProcess Legend", markers "SalesProcess
/// Off-page", and the legend's arrows "SalesProcess Arrow" and "SalesProcess Return arrow".
class SwimlaneLayout {
public:
    /// Lays the process out. Steps without a known phase and team, steps the segment filter
    /// hides and arrows that touch them are left out (the checks report the first kind).
    SwimlaneLayout(const Process& process, const SwimlaneOptions& options, const TextMeasure& measure);

    const Drawing& drawing() const { return m_drawing; }
    /// The number of pages the diagram takes: the number of pages the printout will have.
    std::size_t pageCount() const { return m_drawing.pages.size(); }
    /// 1 at the design size (labels 10 pt); never under minimumScale.
    double scale() const { return m_scale; }
    /// False when some page holds more than its paper even split up and at the smallest labels:
    /// a lane crowded with arrows to other pages, or words too long for narrow paper. The
    /// drawing then runs into the margins; the caller may say so or offer larger paper.
    bool fits() const { return m_fits; }
    /// Crossing arrows with the steps ordered by StepOrder (see StepOrder::crossings).
    std::size_t crossings() const { return m_crossings; }
    /// Crossing arrows with every stack in the order of Process::steps, for comparison.
    std::size_t inputCrossings() const { return m_inputCrossings; }

    static constexpr double labelPoints = 10.0;  ///< step labels at the design size
    static constexpr double minimumPoints = 8.0; ///< no label is ever smaller
    static constexpr double minimumScale = minimumPoints / labelPoints;

    /// Where a shape's label goes: the renderer sets its text distances to match. A diamond's
    /// label stays in its middle half (in lines the layout broke), a start or end marker's clear
    /// of its round ends.
    static Rect textArea(const Shape& shape);
    /// The glue point of a side of a box: 0 top, 1 right, 2 bottom, 3 left (Connector::fromGlue).
    static Point gluePoint(const Rect& bounds, int glue);

private:
    Drawing m_drawing;
    double m_scale = 1.0;
    bool m_fits = true;
    std::size_t m_crossings = 0;
    std::size_t m_inputCrossings = 0;
};

} // namespace salesprocess
