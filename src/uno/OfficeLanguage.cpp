#include "OfficeLanguage.hpp"

#include "Strings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace salesprocess::extension {

std::string OfficeLanguage::ui(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<css::uno::Any> arguments(1);
        arguments.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        css::uno::Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale.startsWithIgnoreAsciiCase("nl") ? "nl" : "en";
    } catch (const css::uno::Exception&) {
        return "en"; // no configuration: English is the safe default
    }
}

std::string OfficeLanguage::normalise(const std::string& language)
{
    if (language.rfind("nl", 0) == 0 || language.rfind("NL", 0) == 0)
        return "nl";
    if (language.rfind("en", 0) == 0 || language.rfind("EN", 0) == 0)
        return "en";
    return {};
}

} // namespace salesprocess::extension
