#include "ProtocolHandler.hpp"

#include "Arguments.hpp"
#include "CheckProcessCommand.hpp"
#include "CommandOutcome.hpp"
#include "CompareCommand.hpp"
#include "MatrixCommand.hpp"
#include "NewWorkbookCommand.hpp"
#include "OfficeLanguage.hpp"
#include "ReentryGuard.hpp"
#include "SaveCurrentSituationCommand.hpp"
#include "SwimlaneDiagramCommand.hpp"
#include "DeskChecklistsCommand.hpp"
#include "DiagramCheckCommand.hpp"
#include "RelayoutCommand.hpp"
#include "Strings.hpp"
#include "UserMessage.hpp"
#include "core/Text.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace salesprocess::extension {

namespace {
const char* const commands[] = {"NewWorkbook", "CheckProcess", "TaskDivisionMatrix", "RoutingMatrix",
                                 "SaveCurrentSituation", "CompareWithCurrent",
                                 "SwimlaneDiagram", "Relayout", "DeskChecklists"};
} // namespace

ProtocolHandler::ProtocolHandler(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

rtl::OUString ProtocolHandler::implementationName() { return "org.salesprocess.comp.ProtocolHandler"; }

css::uno::Sequence<rtl::OUString> ProtocolHandler::serviceNames()
{
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

css::uno::Reference<css::uno::XInterface> ProtocolHandler::create(
    const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ProtocolHandler(context));
}

rtl::OUString ProtocolHandler::commandOf(const css::util::URL& url)
{
    const rtl::OUString prefix = rtl::OUString::createFromAscii(protocol);
    rtl::OUString command;
    if (!url.Complete.startsWith(prefix, &command))
        return {};
    const sal_Int32 query = command.indexOf('?'); // arguments may also come as a URL query
    if (query >= 0)
        command = command.copy(0, query);
    for (const char* known : commands)
        if (command.equalsAscii(known))
            return command;
    return {};
}

css::uno::Reference<css::frame::XDispatch> ProtocolHandler::queryDispatch(const css::util::URL& url,
                                                                          const rtl::OUString&, sal_Int32)
{
    if (commandOf(url).isEmpty())
        return {};
    return this;
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
ProtocolHandler::queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests)
{
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> result(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        result.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                             requests[i].SearchFlags);
    return result;
}

void ProtocolHandler::dispatch(const css::util::URL& url,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments)
{
    dispatchWithNotification(url, arguments, {});
}

void ProtocolHandler::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener)
{
    const css::uno::Reference<css::frame::XFrame> frame(m_frame);
    const rtl::OUString command = commandOf(url);
    std::string ui = "en";
    CommandOutcome outcome;
    try {
        ui = OfficeLanguage::ui(m_context);
        ReentryGuard guard;
        if (!guard.acquired()) {
            outcome = CommandOutcome::failed(Text::say(ui, "Another Sales Process command is still running.",
                                                       "Er loopt nog een andere Salesproces-opdracht."));
        } else if (command == "NewWorkbook") {
            outcome = NewWorkbookCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "CheckProcess" && DiagramCheckCommand::appliesTo(frame)) {
            outcome = DiagramCheckCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "CheckProcess") {
            outcome = CheckProcessCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "TaskDivisionMatrix") {
            outcome = MatrixCommand(m_context, MatrixCommand::Matrix::TaskDivision).run(frame, Arguments(arguments));
        } else if (command == "RoutingMatrix") {
            outcome = MatrixCommand(m_context, MatrixCommand::Matrix::Routing).run(frame, Arguments(arguments));
        } else if (command == "SaveCurrentSituation") {
            outcome = SaveCurrentSituationCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "SwimlaneDiagram") {
            outcome = SwimlaneDiagramCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "Relayout") {
            outcome = RelayoutCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "DeskChecklists") {
            outcome = DeskChecklistsCommand(m_context).run(frame, Arguments(arguments));
        } else if (command == "CompareWithCurrent") {
            outcome = CompareCommand(m_context).run(frame, Arguments(arguments));
        } else {
            outcome = CommandOutcome::failed("Unknown command: " + toUtf8(url.Complete));
        }
    } catch (const css::uno::Exception& error) {
        // The office's own messages can be empty: then at least name the kind of failure.
        const rtl::OUString kind = cppu::getCaughtException().getValueTypeName();
        outcome = CommandOutcome::failed(Text::say(ui, "The office failed: {0}", "De office faalde: {0}",
                                                   {toUtf8(kind + " " + error.Message)}));
    } catch (const std::exception& error) {
        outcome = CommandOutcome::failed(error.what());
    } catch (...) {
        outcome = CommandOutcome::failed(Text::say(ui, "The command failed for an unknown reason.",
                                                   "De opdracht is om een onbekende reden mislukt."));
    }

    try {
        if (listener.is()) {
            css::frame::DispatchResultEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.State = outcome.isDone() ? css::frame::DispatchResultState::SUCCESS
                                           : css::frame::DispatchResultState::FAILURE;
            event.Result <<= toOUString(outcome.message);
            listener->dispatchFinished(event);
        } else if (outcome.state == CommandOutcome::State::Failed) {
            UserMessage::error(m_context, frame, Text::say(ui, "Sales Process", "Salesproces"), outcome.message);
        } else if (outcome.isDone() && (command == "CheckProcess" || command == "SaveCurrentSituation" ||
                                        command == "CompareWithCurrent")) {
            UserMessage::info(m_context, frame, Text::say(ui, "Check process", "Proces controleren"),
                              outcome.message);
        }
    } catch (const css::uno::Exception&) {
        // the caller went away: nobody is left to tell
    } catch (const std::exception&) {
    }
}

void ProtocolHandler::addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                        const css::util::URL& url)
{
    if (!listener.is())
        return;
    try {
        css::frame::FeatureStateEvent state;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        state.FeatureURL = url;
        state.IsEnabled = !commandOf(url).isEmpty();
        state.Requery = false;
        listener->statusChanged(state);
    } catch (const css::uno::Exception&) {
    }
}

void ProtocolHandler::removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                           const css::util::URL&)
{
    // No state changes to report: the commands are always available in Calc.
}

void ProtocolHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments)
{
    css::uno::Reference<css::frame::XFrame> frame;
    if (arguments.getLength() > 0 && (arguments[0] >>= frame))
        m_frame = frame;
}

rtl::OUString ProtocolHandler::getImplementationName() { return implementationName(); }

sal_Bool ProtocolHandler::supportsService(const rtl::OUString& serviceName)
{
    return cppu::supportsService(this, serviceName);
}

css::uno::Sequence<rtl::OUString> ProtocolHandler::getSupportedServiceNames() { return serviceNames(); }

} // namespace salesprocess::extension
