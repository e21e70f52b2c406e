#pragma once
#include "office/OfficeSession.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <string>
#include <utility>
#include <vector>

namespace salesprocess::test {

/// What a notifying dispatch reported.
struct DispatchOutcome {
    bool finished = false;  ///< the handler reported back at all
    sal_Int16 state = -1;   ///< css::frame::DispatchResultState
    std::string message;    ///< the handler's message (the Result)

    bool succeeded() const;
};

/// Runs a menu command (vnd.salesprocess:...) on a frame the way the menu does, but with
/// dispatchWithNotification so that the test learns whether it worked.
class CommandDispatch {
public:
    using Argument = std::pair<std::string, css::uno::Any>;

    /// Throws std::runtime_error when the frame has no handler for the URL.
    static DispatchOutcome run(OfficeSession& office, const css::uno::Reference<css::frame::XFrame>& frame,
                               const std::string& url, const std::vector<Argument>& arguments);
    /// Whether the frame would hand the URL to a notifying dispatch.
    static bool isHandled(OfficeSession& office, const css::uno::Reference<css::frame::XFrame>& frame,
                          const std::string& url);
};

/// A text argument.
CommandDispatch::Argument textArgument(const std::string& name, const std::string& value);

} // namespace salesprocess::test
