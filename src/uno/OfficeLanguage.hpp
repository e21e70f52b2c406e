#pragma once
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// The office's user interface language as one of ours: "nl" for a Dutch office, else "en".
class OfficeLanguage {
public:
    static std::string ui(const css::uno::Reference<css::uno::XComponentContext>& context);
    /// "nl" or "en"; anything else becomes "".
    static std::string normalise(const std::string& language);
};

} // namespace salesprocess::extension
