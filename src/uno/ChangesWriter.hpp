#pragma once
#include "core/Change.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// The Changes sheet of "Compare with current situation" (salesprocess::ChangeReport::sheet):
/// grouped by team, each team's heading row in the team's colour, an autofilter and our table
/// page style. A generated sheet: replaced on a re-run only while the user has not edited it.
class ChangesWriter {
public:
    ChangesWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo);

    /// Returns the name of the sheet written.
    std::string write(const std::vector<Change>& changes, const Process& desired);

private:
    css::uno::Reference<css::frame::XModel> m_document;
    UndoAction& m_undo;
};

} // namespace salesprocess::extension
