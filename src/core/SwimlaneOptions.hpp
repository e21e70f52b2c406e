#pragma once
#include "Drawing.hpp"

namespace salesprocess {

/// Which way the team lanes run (the paper's own orientation is SwimlaneOptions::landscape).
enum class LaneOrientation {
    Horizontal, ///< teams are lanes (rows), phases are columns: the usual wall chart
    Vertical,   ///< teams are columns, phases are rows
};

enum class Paper { A4, A3 };

/// Which steps the diagram shows: those for prospects, for customers, or all of them.
enum class SegmentFilter { Both, Prospects, Customers };

/// What the manager chooses before drawing the swimlane diagram.
struct SwimlaneOptions {
    LaneOrientation orientation = LaneOrientation::Horizontal;
    Paper paper = Paper::A4;
    bool landscape = true;
    SegmentFilter segments = SegmentFilter::Both;

    /// The sheet in 1/100 mm, landscape or portrait applied.
    Size pageSize() const
    {
        const Size portrait = paper == Paper::A3 ? Size{29700, 42000} : Size{21000, 29700};
        return landscape ? Size{portrait.height, portrait.width} : portrait;
    }

    /// The segment id the filter keeps ("prospect", "customer"), or "" for every step.
    const char* segmentId() const
    {
        switch (segments) {
        case SegmentFilter::Prospects: return "prospect";
        case SegmentFilter::Customers: return "customer";
        case SegmentFilter::Both: break;
        }
        return "";
    }
};

} // namespace salesprocess
