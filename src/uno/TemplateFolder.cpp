#include "TemplateFolder.hpp"

#include "CommandError.hpp"
#include "Strings.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>

namespace salesprocess::extension {

std::string TemplateFolder::path(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    auto packages = css::deployment::PackageInformationProvider::get(context);
    const rtl::OUString location = packages->getPackageLocation(rtl::OUString::createFromAscii(extensionIdentifier));
    if (location.isEmpty())
        throw CommandError("The Sales Process extension (org.salesprocess.extension) is not "
                           "installed in this office, so its templates cannot be found.");
    return toSystemPath(location + "/templates");
}

} // namespace salesprocess::extension
