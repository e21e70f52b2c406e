#include "FileChooser.hpp"

#include "Strings.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>

namespace salesprocess::extension {

namespace {
std::optional<std::string> ask(const css::uno::Reference<css::uno::XComponentContext>& context, sal_Int16 mode,
                               const std::string& title, const std::vector<FileChooser::Filter>& filters,
                               const std::string& start, const std::string& defaultName)
{
    auto picker = css::ui::dialogs::FilePicker::createWithMode(context, mode);
    picker->setTitle(toOUString(title));
    for (const FileChooser::Filter& filter : filters)
        picker->appendFilter(toOUString(filter.first), toOUString(filter.second));
    if (!filters.empty())
        picker->setCurrentFilter(toOUString(filters.front().first));
    if (!start.empty()) {
        const std::string folder = start.substr(0, start.find_last_of('/') + 1);
        if (!folder.empty())
            picker->setDisplayDirectory(toFileUrl(folder));
    }
    if (!defaultName.empty())
        picker->setDefaultName(toOUString(defaultName));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return std::nullopt;
    return toSystemPath(files[0]);
}
} // namespace

std::optional<std::string> FileChooser::open(const css::uno::Reference<css::uno::XComponentContext>& context,
                                             const std::string& title, const std::vector<Filter>& filters,
                                             const std::string& start)
{
    return ask(context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE, title, filters, start, "");
}

std::optional<std::string> FileChooser::save(const css::uno::Reference<css::uno::XComponentContext>& context,
                                             const std::string& title, const std::vector<Filter>& filters,
                                             const std::string& defaultName)
{
    return ask(context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION, title, filters, "",
               defaultName);
}

} // namespace salesprocess::extension
