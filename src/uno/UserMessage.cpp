#include "UserMessage.hpp"

#include "Strings.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace salesprocess::extension {

namespace {
void show(const css::uno::Reference<css::uno::XComponentContext>& context,
          const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
          const std::string& title, const std::string& message)
{
    try {
        if (!UserMessage::canShow(frame))
            return;
        css::uno::Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(),
                                                          css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                                  css::uno::UNO_QUERY_THROW);
        auto box = factory->createMessageBox(parent, type, css::awt::MessageBoxButtons::BUTTONS_OK,
                                             toOUString(title), toOUString(message));
        if (box.is())
            box->execute();
    } catch (const css::uno::Exception&) {
        // nowhere to show it: the caller also gets the message as the dispatch result
    }
}
} // namespace

bool UserMessage::canShow(const css::uno::Reference<css::frame::XFrame>& frame)
{
    if (!frame.is())
        return false;
    css::uno::Reference<css::awt::XWindow2> window(frame->getContainerWindow(), css::uno::UNO_QUERY);
    return window.is() && window->isVisible();
}

void UserMessage::error(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                        const std::string& message)
{
    show(context, frame, css::awt::MessageBoxType_ERRORBOX, title, message);
}

void UserMessage::info(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                       const std::string& message)
{
    show(context, frame, css::awt::MessageBoxType_INFOBOX, title, message);
}

} // namespace salesprocess::extension
