#include "CommandDispatch.hpp"

#include "office/UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>

namespace salesprocess::test {

namespace {

constexpr auto commandTimeout = std::chrono::seconds(120);

/// Receives the handler's report (on a bridge thread) and hands it to the waiting test.
class ResultListener : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener> {
public:
    std::future<DispatchOutcome> outcome() { return m_promise.get_future(); }

    // XDispatchResultListener
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override
    {
        DispatchOutcome reported;
        reported.finished = true;
        reported.state = event.State;
        rtl::OUString message;
        if (event.Result >>= message)
            reported.message = toStdString(message);
        deliver(reported);
    }
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject&) override { deliver(DispatchOutcome{}); }

private:
    void deliver(const DispatchOutcome& reported)
    {
        if (!m_delivered.exchange(true))
            m_promise.set_value(reported);
    }
    std::promise<DispatchOutcome> m_promise;
    std::atomic<bool> m_delivered{false};
};

css::uno::Reference<css::frame::XDispatch> dispatchFor(OfficeSession& office,
                                                       const css::uno::Reference<css::frame::XFrame>& frame,
                                                       css::util::URL& url)
{
    css::util::URLTransformer::create(office.context())->parseStrict(url);
    css::uno::Reference<css::frame::XDispatchProvider> provider(frame, css::uno::UNO_QUERY_THROW);
    return provider->queryDispatch(url, "_self", 0);
}

} // namespace

bool DispatchOutcome::succeeded() const
{
    return finished && state == css::frame::DispatchResultState::SUCCESS;
}

CommandDispatch::Argument textArgument(const std::string& name, const std::string& value)
{
    return {name, css::uno::Any(toOUString(value))};
}

bool CommandDispatch::isHandled(OfficeSession& office, const css::uno::Reference<css::frame::XFrame>& frame,
                                const std::string& url)
{
    css::util::URL parsed;
    parsed.Complete = toOUString(url);
    return css::uno::Reference<css::frame::XNotifyingDispatch>(dispatchFor(office, frame, parsed),
                                                               css::uno::UNO_QUERY)
        .is();
}

DispatchOutcome CommandDispatch::run(OfficeSession& office, const css::uno::Reference<css::frame::XFrame>& frame,
                                     const std::string& url, const std::vector<Argument>& arguments)
{
    css::util::URL parsed;
    parsed.Complete = toOUString(url);
    css::uno::Reference<css::frame::XNotifyingDispatch> dispatch(dispatchFor(office, frame, parsed),
                                                                 css::uno::UNO_QUERY);
    if (!dispatch.is())
        throw std::runtime_error("no notifying dispatch for " + url);
    css::uno::Sequence<css::beans::PropertyValue> properties(static_cast<sal_Int32>(arguments.size()));
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        properties.getArray()[i].Name = toOUString(arguments[i].first);
        properties.getArray()[i].Value = arguments[i].second;
    }
    rtl::Reference<ResultListener> listener(new ResultListener);
    std::future<DispatchOutcome> outcome = listener->outcome();
    dispatch->dispatchWithNotification(parsed, properties, listener.get());
    if (outcome.wait_for(commandTimeout) != std::future_status::ready)
        throw std::runtime_error(url + " did not report back within "
                                 + std::to_string(commandTimeout.count()) + " s");
    return outcome.get();
}

} // namespace salesprocess::test
