#pragma once
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace salesprocess::extension {

/// The header and footer texts of our Calc page styles, with live fields.
class PageStyleText {
public:
    /// The sheet's name in the middle of the page header.
    static void sheetNameHeader(const css::uno::Reference<css::beans::XPropertySet>& style,
                                const css::uno::Reference<css::frame::XModel>& document);
    /// "Pagina n van m" / "Page n of m" in the middle of the page footer.
    static void pageNumberFooter(const css::uno::Reference<css::beans::XPropertySet>& style,
                                 const css::uno::Reference<css::frame::XModel>& document, const std::string& language);
};

} // namespace salesprocess::extension
