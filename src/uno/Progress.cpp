#include "Progress.hpp"

#include "Strings.hpp"

#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

namespace salesprocess::extension {

Progress::Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text,
                   int steps)
{
    try {
        css::uno::Reference<css::task::XStatusIndicatorFactory> factory(frame, css::uno::UNO_QUERY);
        if (factory.is())
            m_indicator = factory->createStatusIndicator();
        if (m_indicator.is())
            m_indicator->start(toOUString(text), steps);
    } catch (const css::uno::Exception&) {
        m_indicator.clear(); // progress is a courtesy: never let it stop the work
    }
}

Progress::~Progress()
{
    try {
        if (m_indicator.is())
            m_indicator->end();
    } catch (const css::uno::Exception&) {
    }
}

void Progress::advance(const std::string& text)
{
    if (!m_indicator.is())
        return;
    try {
        m_indicator->setText(toOUString(text));
        m_indicator->setValue(++m_value);
    } catch (const css::uno::Exception&) {
    }
}

} // namespace salesprocess::extension
