#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"
#include "core/Finding.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace salesprocess::extension {

/// Check process in Draw: the manager's review of the process the diagram shows now (its model
/// plus the user's changes on the page, DiagramReader), each finding marked on the diagram by a
/// note of ours beside the box, lane or phase it is about (others at the top of the first page),
/// on the layer "SalesProcess Findings", which is not printed. The next check removes the notes
/// of the last one. Argument: Today (YYYY-MM-DD). The summary is the dispatch result.
class DiagramCheckCommand {
public:
    explicit DiagramCheckCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

    /// Whether the calling frame shows a drawing (Check process then means this command).
    static bool appliesTo(const css::uno::Reference<css::frame::XFrame>& frame);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
