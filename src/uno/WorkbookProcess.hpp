#pragma once
#include "templates/Workbook.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <memory>
#include <string>

namespace salesprocess::extension {

/// The process as the workbook's sheets hold it now: read by our marks, with references to
/// teams, phases, steps and channels renamed since the last write recognised through the model
/// the extension keeps in the document (DocumentProperties::model).
class WorkbookProcess {
public:
    /// Throws CommandError (in the language ui) when the document is no Calc document or has no
    /// process sheets.
    static Workbook::ReadResult read(const css::uno::Reference<css::frame::XModel>& document, const std::string& ui);
    /// The process as last written into the document, or null (none, or damaged).
    static std::unique_ptr<Process> snapshot(const css::uno::Reference<css::frame::XModel>& document);
    /// The language the process speaks ("nl"/"en"), else the snapshot's, else ui.
    static std::string language(const Workbook::ReadResult& read, const Process* snapshot, const std::string& ui);
};

} // namespace salesprocess::extension
