#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"
#include "core/Finding.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// Check process: reads the process back from the workbook's sheets (found by our marks),
/// lets references follow renamed teams, phases..., runs the manager's review and writes the
/// Check report sheet. Argument: Today (ISO date taken as today; default the system date).
class CheckProcessCommand {
public:
    struct Result {
        std::vector<Finding> findings;
        std::string language;
        std::string summary;     ///< "2 errors, 1 warning, 0 notes"
        std::string reportSheet; ///< empty when no report was written
    };

    explicit CheckProcessCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

    /// The check itself. With writeBack, fixes renamed references, writes the report and the
    /// new model snapshot as one undo step; without, only reads. Throws CommandError.
    Result check(const css::uno::Reference<css::frame::XModel>& document,
                 const css::uno::Reference<css::frame::XFrame>& frame, const std::string& today,
                 bool writeBack) const;

    /// Today's date on this computer as "YYYY-MM-DD".
    static std::string systemToday();
    /// The Today argument checked, or the system date; throws CommandError on a bad date.
    static std::string today(const Arguments& arguments);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
