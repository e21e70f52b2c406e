#pragma once
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// The templates shipped inside the installed .oxt ("<package location>/templates").
class TemplateFolder {
public:
    static constexpr const char* extensionIdentifier = "org.salesprocess.extension";

    /// System path of the folder; throws CommandError when the extension is not installed.
    static std::string path(const css::uno::Reference<css::uno::XComponentContext>& context);
};

} // namespace salesprocess::extension
