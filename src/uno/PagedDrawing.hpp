#pragma once
#include "DrawStyles.hpp"
#include "DrawingRenderer.hpp"
#include "core/Drawing.hpp"

#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// Puts a laid-out Drawing on pages of a Draw document as one undoable change: each page of
/// the drawing on a page of its own, never over what is already on a page. The first page goes
/// on an empty page at `at` when there is one there (a new document's first page), every other
/// one on a page inserted after it. Paper size and page names follow the drawing.
///
/// Undo (our own action: the office records no added shape) removes the shapes and the pages it
/// added and gives a reused page its name and size back; redo draws the same drawing again.
class PagedDrawing {
public:
    /// Called after each page: progress on large drawings.
    using PageDone = std::function<void(std::size_t page, std::size_t pages)>;

    PagedDrawing(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XModel>& document);

    /// Draws and records the undo; returns the names the pages got. Styles must exist (DrawStyles::ensure).
    /// `reuse`: pages to draw on first, whatever is on them, keeping their names (Re-layout
    /// draws a diagram again on its own pages); further pages go after the last of them.
    std::vector<std::string> put(const Drawing& drawing, const std::vector<DrawStyle>& looks,
                                 DrawingRenderer::TextArea textArea, sal_Int32 at, UndoAction& undo,
                                 const PageDone& pageDone = nullptr,
                                 const std::vector<css::uno::Reference<css::drawing::XDrawPage>>& reuse = {});

    /// Where the time of the last drawing went (the benchmark prints it), in seconds.
    struct Timing {
        double shapes = 0;     ///< shapes and connectors made, controllers locked
        double unlock = 0;     ///< the office's work when the controllers are unlocked
        double connectors = 0; ///< routes and line offsets set on the connectors
    };
    static Timing& lastTiming();

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::Reference<css::frame::XModel> m_document;
};

} // namespace salesprocess::extension
