#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace salesprocess::extension {

/// Desk checklists, in Calc (from the process workbook) and in Draw (from the swimlane
/// diagram: its model plus the changes on its pages): a new Draw document with a page per team
/// and per person (DeskChecklists). Arguments: Paper (A4|A5), People (true|false), PdfFile (one
/// PDF of every page), PerTeamFolder (a checklists-<team>.pdf per team). The new document is
/// hidden when the calling frame is; its creation is one undo step there.
class DeskChecklistsCommand {
public:
    explicit DeskChecklistsCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
