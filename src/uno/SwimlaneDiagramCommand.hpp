#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace salesprocess::extension {

/// Swimlane diagram, in Draw and in Calc.
///
/// In Calc: the current process workbook drawn into a new Draw document (hidden when the
/// calling frame is). In Draw: a template (Template, Language) or a workbook file (Workbook)
/// drawn onto a new page (or the current page when it is empty), or into a new document
/// (Target=newdocument). Both take Orientation, Paper, Landscape and Segments. Without a source
/// in Draw an interactive office asks in a dialog; a hidden one fails with a message naming the
/// arguments. One undo step.
class SwimlaneDiagramCommand {
public:
    explicit SwimlaneDiagramCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
