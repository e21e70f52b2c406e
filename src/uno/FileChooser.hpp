#pragma once
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace salesprocess::extension {

/// The office's own file dialog, for the commands that pick a file when the user runs them from
/// the menu (a dispatch argument gives the same answer without a dialog).
class FileChooser {
public:
    /// Title and pattern of a filter: {"Process workbook (*.ods)", "*.ods"}.
    using Filter = std::pair<std::string, std::string>;

    /// A file to open; nullopt when cancelled. start: a file or folder to begin in (may be "").
    static std::optional<std::string> open(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const std::string& title, const std::vector<Filter>& filters,
                                           const std::string& start);
    /// A file to save to (the dialog itself asks before replacing a file); nullopt when cancelled.
    static std::optional<std::string> save(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const std::string& title, const std::vector<Filter>& filters,
                                           const std::string& defaultName);
};

} // namespace salesprocess::extension
