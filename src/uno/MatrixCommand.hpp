#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// Task division matrix and Routing matrix: the two tables the manager discusses with the team,
/// generated from the process workbook as it is now (team names as the Teams sheet has them).
/// The task division writes the sheet "Task division" (phases x teams: steps and counts); the
/// routing matrix writes "Routing matrix" (channels x segments: owner, fallback, response time)
/// and "Routing per team" (each team's cheat sheet). Each sheet is generated: regenerated in
/// place while unedited, else written beside the edited one. One undo step; no arguments.
class MatrixCommand {
public:
    enum class Matrix { TaskDivision, Routing };

    MatrixCommand(const css::uno::Reference<css::uno::XComponentContext>& context, Matrix matrix);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

    /// Writes the matrix sheets into a process workbook as one undo step; returns the sentence
    /// for the user. Throws CommandError when the document has no process sheets.
    std::string write(const css::uno::Reference<css::frame::XModel>& document,
                      const css::uno::Reference<css::frame::XFrame>& frame) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    Matrix m_matrix;
};

} // namespace salesprocess::extension
