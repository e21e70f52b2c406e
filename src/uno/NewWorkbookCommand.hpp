#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"
#include "WorkbookWriter.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// New process workbook...: a workbook from a template.
///
/// Arguments: Template (a shipped template's name such as "b2b-field-sales", or a .json path or
/// file URL), Language ("nl"/"en", default the office language), IfExists ("replace", "beside",
/// "cancel": when the workbook already has process sheets). Without any of them an interactive
/// office shows the dialog; a hidden or headless one fails with a message saying what to pass.
/// Fills the calling Calc document when it is empty (or has process sheets and IfExists says
/// replace/beside), else a new Calc document (hidden when the calling frame is hidden).
class NewWorkbookCommand {
public:
    explicit NewWorkbookCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

    /// The process of a template: a shipped template's name in a language, or a file.
    /// Throws CommandError or LoadError.
    Process loadTemplate(const std::string& templateName, const std::string& language) const;
    /// Writes the workbook into a document as one undo step; returns the sentence for the user.
    std::string write(const css::uno::Reference<css::frame::XModel>& document,
                      const css::uno::Reference<css::frame::XFrame>& frame, const Process& process,
                      WorkbookWriter::Placement placement) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
