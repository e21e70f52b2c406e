#include "DeskChecklists.hpp"

#include "CommandError.hpp"
#include "DrawStyles.hpp"
#include "OfficeLanguage.hpp"
#include "OfficeTextMeasure.hpp"
#include "PagedDrawing.hpp"
#include "PdfExport.hpp"
#include "Progress.hpp"
#include "Strings.hpp"
#include "core/Text.hpp"

#include <osl/file.hxx>

#include <cctype>

namespace salesprocess::extension {

DeskChecklists::DeskChecklists(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

ChecklistLayout::Book DeskChecklists::draw(const css::uno::Reference<css::frame::XModel>& document,
                                           const css::uno::Reference<css::frame::XFrame>& frame,
                                           const Process& process, const ChecklistOptions& options,
                                           UndoAction& undo) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const OfficeTextMeasure measure(m_context);
    ChecklistLayout::Book book = ChecklistLayout::layoutProcess(process, options, measure);
    if (book.drawing.pages.empty())
        throw CommandError(Text::say(ui, "The process has no teams: there are no checklists to print.",
                                     "Het proces heeft geen teams: er zijn geen checklists af te drukken."));
    Progress progress(frame, Text::say(ui, "Desk checklists", "Bureauchecklists"), static_cast<int>(book.pageCount()));
    const std::vector<DrawStyle> looks = DrawStyles::forChecklists(process, options);
    DrawStyles::ensure(document, looks, &undo);
    PagedDrawing(m_context, document)
        .put(book.drawing, looks, nullptr, 0, undo, [&](std::size_t page, std::size_t pages) {
            progress.advance(Text::say(ui, "Page {0} of {1}", "Pagina {0} van {1}",
                                       {std::to_string(page), std::to_string(pages)}));
        });
    return book;
}

std::string DeskChecklists::pageRange(const ChecklistLayout::Book& book, const Process& process, const std::string& teamId)
{
    std::string range;
    for (const ChecklistLayout::Document& d : book.documents) {
        bool ofTeam = d.personName.empty() ? d.teamId == teamId : false;
        if (!d.personName.empty()) {
            const Person* person = process.findPerson(d.personName);
            ofTeam = person != nullptr && person->team == teamId;
        }
        if (!ofTeam || d.pageCount == 0)
            continue;
        const std::size_t first = d.firstPage + 1;
        const std::size_t last = d.firstPage + d.pageCount;
        range += (range.empty() ? "" : ",") + std::to_string(first) + (last > first ? "-" + std::to_string(last) : "");
    }
    return range;
}

std::string DeskChecklists::teamFileName(const std::string& teamId)
{
    std::string safe;
    for (char c : teamId)
        safe += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '-';
    return "checklists-" + (safe.empty() ? std::string("team") : safe) + ".pdf";
}

std::vector<std::string> DeskChecklists::writeTeamPdfs(const css::uno::Reference<css::frame::XModel>& document,
                                                       const ChecklistLayout::Book& book, const Process& process,
                                                       const std::string& folder)
{
    const std::string path = toSystemPath(toOUString(folder));
    osl::Directory::createPath(toFileUrl(path));
    std::vector<std::string> written;
    for (const Team& team : process.teams) {
        const std::string range = pageRange(book, process, team.id);
        if (range.empty())
            continue;
        const std::string file = (path.empty() || path.back() == '/' ? path : path + "/") + teamFileName(team.id);
        PdfExport::write(document, file, range);
        written.push_back(file);
    }
    return written;
}

std::string DeskChecklists::summary(const ChecklistLayout::Book& book, const Process& process)
{
    std::size_t teams = 0, people = 0;
    for (const ChecklistLayout::Document& d : book.documents)
        (d.personName.empty() ? teams : people) += 1;
    const std::string& l = process.language;
    std::string text = Text::say(l, "Desk checklists for {0} teams", "Bureauchecklists voor {0} teams", {std::to_string(teams)});
    if (people > 0)
        text += Text::say(l, " and {0} people", " en {0} personen", {std::to_string(people)});
    return text + Text::say(l, ": {0} pages.", ": {0} pagina's.", {std::to_string(book.pageCount())});
}

} // namespace salesprocess::extension
