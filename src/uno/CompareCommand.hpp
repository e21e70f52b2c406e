#pragma once
#include "Arguments.hpp"
#include "CommandOutcome.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace salesprocess::extension {

/// Compare with current situation...: what changes from today's process to the desired one in
/// this workbook, and who does what by when.
///
/// Writes the Changes sheet (grouped by team: what each team gains, loses and changes) and adds
/// an open action for every change that has none yet to the Actions sheet: its owner the lead of
/// the team that has to act (else the team), its deadline DeadlineWeeks after Today. Actions the
/// user edited, sorted, cancelled or deleted stay as they are; a deleted or cancelled one never
/// comes back (the keys of every change ever proposed are kept in a document property).
///
/// Arguments: Current (today's process: a workbook .ods, a process file .json, or a shipped
/// template name such as "b2b-field-sales"), DeadlineWeeks (default: the Process sheet's setting,
/// else 4), Today (YYYY-MM-DD; default: the Process sheet's reference date, else the system
/// date). Without Current an interactive office shows the open dialog; a hidden or headless one
/// fails with a message naming the argument. One undo step.
class CompareCommand {
public:
    struct Request {
        std::string current;              ///< path, file URL or template name
        std::optional<int> deadlineWeeks; ///< nullopt: the Process sheet's setting
        std::optional<std::string> today; ///< nullopt: the Process sheet's date, else the system date
    };

    explicit CompareCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    CommandOutcome run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const;

    /// The comparison as one undo step; returns the sentence for the user. Throws CommandError.
    std::string compare(const css::uno::Reference<css::frame::XModel>& document,
                        const css::uno::Reference<css::frame::XFrame>& frame, const Request& request) const;

    /// Today's process: a shipped template (in the language given), a process file or a
    /// workbook (opened hidden and read-only, or read where it is open already).
    Process loadCurrent(const std::string& current, const std::string& language) const;

    /// The DeadlineWeeks argument checked; throws CommandError.
    static std::optional<int> weeks(const Arguments& arguments, const std::string& ui);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
