#pragma once
#include "core/ChecklistLayout.hpp"
#include "core/ChecklistOptions.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// Desk checklists in a Draw document: ChecklistLayout with the office's font metrics, a page
/// per layout page (a document per team, then per person), portrait A4 or A5, our named styles;
/// and their PDFs: all pages in one, or one per team (the team's pages and those of its people,
/// exported by page range).
class DeskChecklists {
public:
    explicit DeskChecklists(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// Draws the checklists into a drawing (its empty first page and pages after it).
    ChecklistLayout::Book draw(const css::uno::Reference<css::frame::XModel>& document,
                               const css::uno::Reference<css::frame::XFrame>& frame, const Process& process,
                               const ChecklistOptions& options, UndoAction& undo) const;

    /// The pages of a team's documents, as the PDF export takes them ("1-2,9"; 1-based).
    static std::string pageRange(const ChecklistLayout::Book& book, const Process& process, const std::string& teamId);
    /// "checklists-<team id>.pdf", the id made safe for a file name.
    static std::string teamFileName(const std::string& teamId);
    /// One PDF per team into a folder (created when missing); returns the paths written.
    static std::vector<std::string> writeTeamPdfs(const css::uno::Reference<css::frame::XModel>& document,
                                                  const ChecklistLayout::Book& book, const Process& process,
                                                  const std::string& folder);

    /// "Desk checklists for 6 teams and 4 people: 14 pages."
    static std::string summary(const ChecklistLayout::Book& book, const Process& process);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
