#pragma once
#include "DiagramRecord.hpp"
#include "core/Drawing.hpp"
#include "core/Process.hpp"

#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <map>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// The process a swimlane diagram shows now: the model the drawing carries, plus what the user
/// changed on its pages. A step box moved into another lane or phase column (judged by its
/// centre) changes the step's team or phase; a box whose text was edited renames the step; a box
/// the user copied (the same name again, or no name, but our step style) becomes a new step with
/// a fresh id; a box the user deleted removes its step and its arrows; a connector the user drew
/// between two step boxes becomes an arrow, one of ours that was deleted removes its arrow, one
/// glued to other boxes moves its arrow.
class DiagramReader {
public:
    /// A step box as found on a page.
    struct Box {
        std::size_t page = 0; ///< index into the diagram's pages
        css::uno::Reference<css::drawing::XShape> shape;
        Rect bounds;
    };
    struct Result {
        Process process;
        std::map<std::string, Box> boxes; ///< step id -> its box (one per step shown)
        /// Lanes, lane headers, phase columns and headers by their id, per page.
        std::vector<std::map<std::string, Rect>> landmarks;
        std::vector<css::uno::Reference<css::drawing::XDrawPage>> pages;
        /// Shapes of the user's that became part of the model (copied boxes, drawn connectors):
        /// Re-layout draws them anew as ours.
        std::vector<css::uno::Reference<css::drawing::XShape>> absorbed;
        std::size_t moved = 0, renamed = 0, added = 0, removed = 0, arrowsAdded = 0, arrowsRemoved = 0,
                    arrowsMoved = 0;

        bool changed() const
        {
            return moved + renamed + added + removed + arrowsAdded + arrowsRemoved + arrowsMoved > 0;
        }
        /// "1 step moved, 1 new step" in the process language; empty when nothing changed.
        std::string changes(const std::string& language) const;
    };

    static Result read(const css::uno::Reference<css::frame::XModel>& document, const DiagramRecord::Diagram& diagram,
                       const Process& stored);

    /// Whether a shape is one we generate on a diagram page (by its name and our style).
    static bool isOurs(const std::string& name, const std::string& style);
    /// The graphic style name of a shape, "" without one.
    static std::string styleNameOf(const css::uno::Reference<css::drawing::XShape>& shape);
};

} // namespace salesprocess::extension
