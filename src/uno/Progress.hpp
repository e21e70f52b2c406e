#pragma once
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>

#include <string>

namespace salesprocess::extension {

/// Status-bar progress for long work; ends itself when it goes out of scope.
/// Without a frame (or a status bar) it does nothing.
class Progress {
public:
    Progress(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& text,
             int steps);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void advance(const std::string& text);

private:
    css::uno::Reference<css::task::XStatusIndicator> m_indicator;
    int m_value = 0;
};

} // namespace salesprocess::extension
