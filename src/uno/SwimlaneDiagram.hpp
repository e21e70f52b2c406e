#pragma once
#include "core/Drawing.hpp"
#include "core/Process.hpp"
#include "core/SwimlaneOptions.hpp"

#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// A swimlane diagram in a Draw document: SwimlaneLayout with the office's own font metrics,
/// drawn with our styles onto pages of its own (PagedDrawing), the process and the options
/// remembered in the document (SalesProcessModel, DiagramRecord) for Re-layout, Check process
/// and Desk checklists. Status-bar progress per page.
class SwimlaneDiagram {
public:
    struct Drawn {
        std::string diagramId;
        std::vector<std::string> pages; ///< page names, one per page the layout made
        std::size_t steps = 0;          ///< step shapes drawn
        std::size_t arrows = 0;         ///< arrows drawn (an arrow split over two pages counts once)
        double scale = 1.0;
        bool officeMetrics = false; ///< measured with the office's font (else an approximation)
    };

    explicit SwimlaneDiagram(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// Lays out and draws; the first page goes at page index `at` (see PagedDrawing::put).
    /// diagramId: an existing diagram drawn again (Re-layout), or empty for a new one.
    /// reuse: the pages of a diagram drawn again (see PagedDrawing::put).
    Drawn draw(const css::uno::Reference<css::frame::XModel>& document, const css::uno::Reference<css::frame::XFrame>& frame,
               const Process& process, const SwimlaneOptions& options, sal_Int32 at, UndoAction& undo,
               const std::string& diagramId = "",
               const std::vector<css::uno::Reference<css::drawing::XDrawPage>>& reuse = {}) const;

    /// The sentence for the user: "Swimlane diagram of "X" drawn: 3 pages, 42 steps, 51 arrows."
    static std::string summary(const Drawn& drawn, const Process& process);

    /// Whether the layout shows a step (known team and phase, within the segment filter): what
    /// SwimlaneLayout leaves out is never on the page.
    static bool shows(const Process& process, const Step& step, const SwimlaneOptions& options);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
