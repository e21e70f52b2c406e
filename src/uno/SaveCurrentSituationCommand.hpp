#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// Save as current situation...: keeps a copy of the process as it is today, the baseline that
/// Compare with current situation later compares the desired process with (no retyping).
///
/// Arguments: File (where: a .ods keeps a copy of the whole workbook, a .json the process file),
/// Overwrite (true: replace an existing file; default false). Without File an interactive office
/// shows the save dialog; a hidden or headless one fails with a message naming the argument.
/// The document itself is not changed, except that it remembers the file (a document property,
/// one undo step) as the starting point of the compare dialog.
class SaveCurrentSituationCommand {
public:
    /// Document property: the file the current situation was last saved to.
    static constexpr const char* baselineProperty = "SalesProcessCurrentSituation";

    explicit SaveCurrentSituationCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
