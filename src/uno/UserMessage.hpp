#pragma once
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// Tells the user something in a message box over the document window, when there is a
/// window to show it on (a hidden or headless frame gets the message as the dispatch result).
class UserMessage {
public:
    static bool canShow(const css::uno::Reference<css::frame::XFrame>& frame);
    static void error(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                      const std::string& message);
    static void info(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                     const std::string& message);
};

} // namespace salesprocess::extension
