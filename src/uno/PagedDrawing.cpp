#include "PagedDrawing.hpp"

#include "ControllerLock.hpp"
#include "DrawPages.hpp"
#include "ModifiedLock.hpp"
#include "StaleRedoGuard.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/weakref.hxx>

#include <chrono>
#include <memory>
#include <set>

namespace salesprocess::extension {

namespace {

/// One page of the drawing as it sits in the document.
struct PlacedPage {
    sal_Int32 index = 0;  ///< position in the document
    bool inserted = true; ///< a page of ours; false: an empty page we drew on
    std::string name;
    std::string oldName;  ///< of a reused page
    Size oldPaper;
    css::uno::Reference<css::drawing::XDrawPage> page;
    std::set<std::string> made; ///< the names of what was drawn on it
};

/// Everything undo and redo need, shared by both.
struct State {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::WeakReference<css::frame::XModel> document;
    Drawing drawing;
    std::vector<DrawStyle> looks;
    DrawingRenderer::TextArea textArea = nullptr;
    std::vector<PlacedPage> pages;
};

using Clock = std::chrono::steady_clock;
double since(Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); }

/// Draws every page onto the pages State names (they exist). Shapes first, then, unlocked, the
/// connectors' routes.
void drawPages(State& state, const css::uno::Reference<css::frame::XModel>& document, const DrawStyles::Styles& styles,
               const PagedDrawing::PageDone& pageDone)
{
    const DrawingRenderer renderer(state.context, document, styles, state.textArea);
    std::vector<RenderedPage> rendered;
    auto started = Clock::now();
    const ModifiedLock quiet(document);
    {
        ControllerLock lock(document);
        for (std::size_t i = 0; i < state.pages.size(); ++i) {
            PlacedPage& placed = state.pages[i];
            const Page& page = state.drawing.pages[i];
            DrawPages::setPaper(placed.page, page.size);
            DrawPages::rename(placed.page, placed.name);
            const sal_Int32 before = placed.page->getCount();
            RenderedPage made = renderer.render(page, placed.page);
            if (before > 0) {
                // Lanes beneath whatever was on the page already: nothing of the user's is hidden.
                // Ours follow the user's shapes in drawing order; moving one down leaves the
                // places of those after it as they were.
                sal_Int32 z = 0;
                for (std::size_t s = 0; s < page.shapes.size(); ++s) {
                    const ShapeKind kind = page.shapes[s].kind;
                    if (kind == ShapeKind::Lane || kind == ShapeKind::PhaseColumn)
                        css::uno::Reference<css::beans::XPropertySet>(
                            placed.page->getByIndex(before + static_cast<sal_Int32>(s)), css::uno::UNO_QUERY_THROW)
                            ->setPropertyValue("ZOrder", css::uno::Any(z++));
                }
            }
            placed.made.clear();
            placed.made.insert(made.names.begin(), made.names.end());
            rendered.push_back(std::move(made));
            if (pageDone)
                pageDone(i + 1, state.pages.size());
        }
        PagedDrawing::lastTiming().shapes = since(started);
        started = Clock::now();
        lock.unlock();
        PagedDrawing::lastTiming().unlock = since(started);
    }
    started = Clock::now();
    for (std::size_t i = 0; i < rendered.size(); ++i)
        DrawingRenderer::settleConnectors(state.drawing.pages[i], rendered[i]);
    PagedDrawing::lastTiming().connectors = since(started);
}

void removeAll(State& state, const css::uno::Reference<css::frame::XModel>& document)
{
    ControllerLock lock(document);
    for (auto it = state.pages.rbegin(); it != state.pages.rend(); ++it) {
        PlacedPage& placed = *it;
        if (!placed.page.is())
            continue;
        // What we drew, found by name (the last shape of a name first: a copy the user made of
        // one of ours lies above it... and was made after it, so it goes too only when ours did).
        std::vector<css::uno::Reference<css::drawing::XShape>> ours;
        for (sal_Int32 i = 0; i < placed.page->getCount(); ++i) {
            css::uno::Reference<css::beans::XPropertySet> shape(placed.page->getByIndex(i), css::uno::UNO_QUERY);
            rtl::OUString name;
            if (shape.is() && (shape->getPropertyValue("Name") >>= name) && placed.made.count(toUtf8(name)) != 0)
                ours.emplace_back(shape, css::uno::UNO_QUERY);
        }
        for (auto shape = ours.rbegin(); shape != ours.rend(); ++shape) {
            try {
                placed.page->remove(*shape);
            } catch (const css::uno::Exception&) {
                // the user removed it already
            }
        }
        placed.made.clear();
        try {
            if (placed.inserted && DrawPages::isEmpty(placed.page)) {
                DrawPages::remove(document, placed.page);
            } else if (!placed.inserted) {
                DrawPages::rename(placed.page, placed.oldName);
                DrawPages::setPaper(placed.page, placed.oldPaper);
            }
        } catch (const css::uno::Exception&) {
        }
        placed.page.clear();
    }
}

} // namespace

PagedDrawing::Timing& PagedDrawing::lastTiming()
{
    static Timing timing;
    return timing;
}

PagedDrawing::PagedDrawing(const css::uno::Reference<css::uno::XComponentContext>& context,
                           const css::uno::Reference<css::frame::XModel>& document)
    : m_context(context), m_document(document)
{
}

std::vector<std::string> PagedDrawing::put(const Drawing& drawing, const std::vector<DrawStyle>& looks,
                                           DrawingRenderer::TextArea textArea, sal_Int32 at, UndoAction& undo,
                                           const PageDone& pageDone,
                                           const std::vector<css::uno::Reference<css::drawing::XDrawPage>>& reuse)
{
    auto state = std::make_shared<State>();
    state->context = m_context;
    state->document = m_document;
    state->drawing = drawing;
    state->looks = looks;
    state->textArea = textArea;

    const auto pages = DrawPages::of(m_document);
    std::vector<std::string> names;
    // Page names in use, asked once (a large diagram has hundreds of pages).
    std::set<std::string> taken;
    for (sal_Int32 i = 0; i < pages->getCount(); ++i)
        taken.insert(DrawPages::nameOf(css::uno::Reference<css::drawing::XDrawPage>(pages->getByIndex(i), css::uno::UNO_QUERY)));
    auto freeName = [&](const std::string& base) {
        std::string name = base;
        for (int n = 2; taken.count(name) != 0; ++n)
            name = base + " (" + std::to_string(n) + ")";
        taken.insert(name);
        return name;
    };
    sal_Int32 next = at;
    for (std::size_t i = 0; i < drawing.pages.size(); ++i) {
        PlacedPage placed;
        css::uno::Reference<css::drawing::XDrawPage> existing;
        const bool again = i < reuse.size(); // a page the drawing had before: it keeps its name
        if (again) {
            existing = reuse[i];
        } else if (i == 0 && reuse.empty() && at < pages->getCount()) {
            existing.set(pages->getByIndex(at), css::uno::UNO_QUERY);
            if (existing.is() && !DrawPages::isEmpty(existing))
                existing.clear();
        }
        if (existing.is()) {
            placed.inserted = false;
            placed.page = existing;
            placed.index = DrawPages::indexOf(m_document, existing);
            placed.oldName = DrawPages::nameOf(existing);
            placed.oldPaper = DrawPages::paperOf(existing);
            if (!again)
                taken.erase(placed.oldName);
        } else {
            placed.index = next;
            placed.page = DrawPages::insert(m_document, placed.index);
        }
        next = placed.index + 1;
        placed.name = again ? placed.oldName : freeName(drawing.pages[i].name);
        DrawPages::rename(placed.page, placed.name); // taken now: the next page gets another name
        names.push_back(placed.name);
        state->pages.push_back(std::move(placed));
    }
    const DrawStyles::Styles styles = DrawStyles::ensure(m_document, looks, nullptr);
    try {
        drawPages(*state, m_document, styles, pageDone);
    } catch (...) {
        removeAll(*state, m_document); // no half diagram left behind
        throw;
    }

    undo.record(
        [state] {
            const css::uno::Reference<css::frame::XModel> document(state->document);
            if (!document.is())
                return;
            removeAll(*state, document);
            StaleRedoGuard::afterUndo(state->context, document);
        },
        [state] {
            const css::uno::Reference<css::frame::XModel> document(state->document);
            if (!document.is())
                return;
            const auto all = DrawPages::of(document);
            for (PlacedPage& placed : state->pages) {
                if (placed.inserted)
                    placed.page = DrawPages::insert(document, placed.index);
                else if (placed.index < all->getCount())
                    placed.page.set(all->getByIndex(placed.index), css::uno::UNO_QUERY);
            }
            drawPages(*state, document, DrawStyles::ensure(document, state->looks, nullptr), nullptr);
        });
    return names;
}

} // namespace salesprocess::extension
