#include "MatrixCommand.hpp"

#include "GeneratedSheet.hpp"
#include "GridWriter.hpp"
#include "OfficeLanguage.hpp"
#include "Progress.hpp"
#include "UndoAction.hpp"
#include "UndoStep.hpp"
#include "WorkbookProcess.hpp"
#include "core/Text.hpp"
#include "templates/RoutingMatrix.hpp"
#include "templates/TaskDivisionMatrix.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <rtl/ref.hxx>

#include <algorithm>

namespace salesprocess::extension {

namespace {
/// "the sheet "X"" or, for an edited sheet kept, "the sheet "X" (your edited "Y" is kept)".
std::string sheetSentence(const std::string& language, const std::string& name, const std::string& kept)
{
    if (kept.empty())
        return Text::quote(name);
    return Text::say(language, "{0} (your edited sheet {1} is kept)", "{0} (uw bewerkte sheet {1} blijft staan)",
                     {Text::quote(name), Text::quote(kept)});
}
} // namespace

MatrixCommand::MatrixCommand(const css::uno::Reference<css::uno::XComponentContext>& context, Matrix matrix)
    : m_context(context), m_matrix(matrix)
{
}

std::string MatrixCommand::write(const css::uno::Reference<css::frame::XModel>& document,
                                 const css::uno::Reference<css::frame::XFrame>& frame) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const bool taskDivision = m_matrix == Matrix::TaskDivision;
    const std::string title = taskDivision ? Text::say(ui, "Task division matrix", "Taakverdeling")
                                           : Text::say(ui, "Routing matrix", "Routeringsmatrix");
    Progress progress(frame, title, 3);
    progress.advance(Text::say(ui, "Reading the workbook", "Werkboek lezen"));
    const Workbook::ReadResult read = WorkbookProcess::read(document, ui);
    const Process& process = read.load.process;
    const std::string& language = process.language;

    progress.advance(title);
    UndoStep step(document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));
    GridWriter writer(document, *undo);

    auto kept = [&](const GeneratedSheet::Kind& kind) { return GeneratedSheet::currentName(document, kind); };
    if (taskDivision) {
        const Grid grid = TaskDivisionMatrix::build(process);
        const std::string before = kept(GeneratedSheet::taskDivision);
        const std::string name = writer.write(grid, GeneratedSheet::taskDivision);
        progress.advance(name);
        return Text::say(language, "Task division written on the sheet {0}.", "Taakverdeling geschreven op de sheet {0}.",
                         {sheetSentence(language, name, before == name ? "" : before)});
    }

    const Grid perTeam = RoutingMatrix::cheatSheets(process);
    const Grid matrix = RoutingMatrix::build(process);
    const std::string perTeamBefore = kept(GeneratedSheet::routingPerTeam);
    const std::string perTeamName = writer.write(perTeam, GeneratedSheet::routingPerTeam);
    const std::string matrixBefore = kept(GeneratedSheet::routingMatrix);
    const std::string matrixName = writer.write(matrix, GeneratedSheet::routingMatrix);
    progress.advance(matrixName);

    std::string sentence = Text::say(language, "Routing matrix written on the sheets {0} and {1}.",
                                     "Routeringsmatrix geschreven op de sheets {0} en {1}.",
                                     {sheetSentence(language, matrixName, matrixBefore == matrixName ? "" : matrixBefore),
                                      sheetSentence(language, perTeamName, perTeamBefore == perTeamName ? "" : perTeamBefore)});
    const auto count = [&](const char* code) {
        return std::count_if(matrix.highlights.begin(), matrix.highlights.end(),
                             [&](const Highlight& h) { return h.code == code; });
    };
    const long missing = static_cast<long>(count("unrouted-contact") + count("missing-field"));
    const long doubled = static_cast<long>(count("double-route"));
    if (missing > 0 || doubled > 0)
        sentence += " " + Text::say(language, "Cells without an owner: {0}; with two or more owners: {1} (see their comments).",
                                    "Cellen zonder eigenaar: {0}; met twee of meer eigenaren: {1} (zie hun opmerkingen).",
                                    {std::to_string(missing), std::to_string(doubled)});
    return sentence;
}

CommandOutcome MatrixCommand::run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments&) const
{
    css::uno::Reference<css::frame::XModel> document;
    if (frame.is() && frame->getController().is())
        document = frame->getController()->getModel();
    return CommandOutcome::done(write(document, frame));
}

} // namespace salesprocess::extension
