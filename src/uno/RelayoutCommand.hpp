#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace salesprocess::extension {

/// Re-layout (Draw): the swimlane diagram of the current page laid out again after the user
/// moved, copied, renamed or deleted boxes and connectors (DiagramReader); the drawing's model
/// follows. Our shapes on the diagram's pages are drawn anew (the user's own shapes stay, beneath
/// nothing of ours); Orientation, Paper, Landscape and Segments may change the diagram's options.
/// One undo step: undo brings the page back as it was, the user's moves included.
class RelayoutCommand {
public:
    explicit RelayoutCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
