#pragma once
#include "core/Drawing.hpp"

#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPages.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// The pages of a Draw document: finding, adding and sizing them.
class DrawPages {
public:
    /// True for a Draw (or Impress) document: one with draw pages.
    static bool isDrawing(const css::uno::Reference<css::frame::XModel>& document);
    static css::uno::Reference<css::drawing::XDrawPages> of(const css::uno::Reference<css::frame::XModel>& document);
    /// The page the document's view shows, or the first page.
    static css::uno::Reference<css::drawing::XDrawPage> current(const css::uno::Reference<css::frame::XModel>& document);
    /// Position of a page in the document, or -1.
    static sal_Int32 indexOf(const css::uno::Reference<css::frame::XModel>& document,
                             const css::uno::Reference<css::drawing::XDrawPage>& page);
    static css::uno::Reference<css::drawing::XDrawPage> byName(const css::uno::Reference<css::frame::XModel>& document,
                                                               const std::string& name);
    static std::string nameOf(const css::uno::Reference<css::drawing::XDrawPage>& page);
    static void rename(const css::uno::Reference<css::drawing::XDrawPage>& page, const std::string& name);
    /// A page name nobody uses yet: base, else "base (2)", "base (3)"...
    static std::string freeName(const css::uno::Reference<css::frame::XModel>& document, const std::string& base);
    /// A new page at a position (0-based).
    static css::uno::Reference<css::drawing::XDrawPage> insert(const css::uno::Reference<css::frame::XModel>& document,
                                                               sal_Int32 index);
    static void remove(const css::uno::Reference<css::frame::XModel>& document,
                       const css::uno::Reference<css::drawing::XDrawPage>& page);
    /// Paper size in 1/100 mm (orientation follows from it) and no print margins: the layouts
    /// keep their own margins.
    static void setPaper(const css::uno::Reference<css::drawing::XDrawPage>& page, const Size& size);
    static Size paperOf(const css::uno::Reference<css::drawing::XDrawPage>& page);
    /// True when the page holds no shape at all.
    static bool isEmpty(const css::uno::Reference<css::drawing::XDrawPage>& page);

    /// A new Draw document, hidden when asked (a hidden caller's documents must be hidden too).
    static css::uno::Reference<css::frame::XModel> newDrawing(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                              bool hidden);
    /// The frame of a document's current view, or null.
    static css::uno::Reference<css::frame::XFrame> frameOf(const css::uno::Reference<css::frame::XModel>& document);
};

} // namespace salesprocess::extension
