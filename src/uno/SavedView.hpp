#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// How a workbook opens: the frozen header rows (and columns) of each sheet and the sheet shown
/// first. LibreOffice writes this view state only from a visible window, so a workbook that the
/// command line renders in a hidden document would open without its frozen headers. SavedView
/// reads the state from the hidden document's view and writes it into the settings.xml of the
/// .ods it was stored to, through the office's storage API (com.sun.star.embed.StorageFactory).
class SavedView {
public:
    struct SheetView {
        std::string name;
        sal_Int32 frozenColumns = 0;
        sal_Int32 frozenRows = 0;
    };
    std::vector<SheetView> sheets;
    std::string activeSheet;

    /// The view state of a Calc document (hidden or not); empty when it has no view.
    static SavedView of(const css::uno::Reference<css::frame::XModel>& document);

    /// Writes the view into the stored .ods at `url`. A file whose settings hold a view already
    /// (stored from a visible window) is left as it is. Returns "" when done, else what went
    /// wrong, as a sentence (the file itself stays usable either way).
    std::string writeInto(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const rtl::OUString& url) const;

    /// settings.xml with this view added to its view settings; unchanged when it has one.
    std::string addedTo(const std::string& settings) const;

private:
    std::string viewsXml() const;
};

} // namespace salesprocess::extension
