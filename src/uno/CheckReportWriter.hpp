#pragma once
#include "core/Finding.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// Writes the Check report sheet (salesprocess::CheckReport::sheet): severity colours through
/// conditional formats with our cell styles, and each finding's cell as a link to that cell.
/// The sheet is generated: marked with its own named range and a hash of its content; a re-run
/// replaces it only while the user has not edited it, else writes a new report beside it.
class CheckReportWriter {
public:
    CheckReportWriter(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo);

    /// Returns the name of the report sheet written.
    std::string write(const std::vector<Finding>& findings, const std::string& language);

private:
    css::uno::Reference<css::frame::XModel> m_document;
    UndoAction& m_undo;
};

} // namespace salesprocess::extension
