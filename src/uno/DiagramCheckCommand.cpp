#include "DiagramCheckCommand.hpp"

#include "CheckProcessCommand.hpp"
#include "ControllerLock.hpp"
#include "DiagramInDrawing.hpp"
#include "DiagramReader.hpp"
#include "DrawPages.hpp"
#include "DrawStyles.hpp"
#include "DrawingRenderer.hpp"
#include "OfficeLanguage.hpp"
#include "OfficeTextMeasure.hpp"
#include "StaleRedoGuard.hpp"
#include "Strings.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "UndoStep.hpp"
#include "core/ProcessChecker.hpp"
#include "core/Text.hpp"
#include "templates/CheckReport.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <map>
#include <memory>

namespace salesprocess::extension {

namespace {

constexpr long noteWidth = 5500;   ///< 55 mm: a sentence in three or four lines
constexpr long notePadding = 120;
constexpr long noteGap = 100;
const char* const notePrefix = "finding:";

/// The notes of the last check on the diagram's pages (removed with the office recording it).
void removeNotes(const std::vector<css::uno::Reference<css::drawing::XDrawPage>>& pages)
{
    for (const auto& page : pages) {
        std::vector<css::uno::Reference<css::drawing::XShape>> notes;
        for (sal_Int32 i = 0; i < page->getCount(); ++i) {
            css::uno::Reference<css::drawing::XShape> shape(page->getByIndex(i), css::uno::UNO_QUERY);
            rtl::OUString name;
            css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)->getPropertyValue("Name") >>= name;
            if (name.startsWith(rtl::OUString::createFromAscii(notePrefix)) &&
                DiagramReader::styleNameOf(shape) == DrawStyles::finding)
                notes.push_back(shape);
        }
        for (const auto& note : notes)
            page->remove(note);
    }
}

/// Where a finding is shown: beside the box of its first step on the page, else the header of
/// its team or phase, else at the top of the first page.
struct Anchor {
    std::size_t page = 0;
    Rect near;
    bool found = false;
};

Anchor anchorOf(const Finding& finding, const DiagramReader::Result& read)
{
    for (const std::string& id : finding.ids) {
        const auto box = read.boxes.find(id);
        if (box != read.boxes.end())
            return Anchor{box->second.page, box->second.bounds, true};
    }
    for (const std::string& id : finding.ids)
        for (std::size_t p = 0; p < read.landmarks.size(); ++p)
            for (const char* prefix : {"lane:", "phase:"}) {
                const auto landmark = read.landmarks[p].find(prefix + id);
                if (landmark != read.landmarks[p].end())
                    return Anchor{p, landmark->second, true};
            }
    return Anchor{};
}

} // namespace

DiagramCheckCommand::DiagramCheckCommand(const css::uno::Reference<css::uno::XComponentContext>& context)
    : m_context(context)
{
}

bool DiagramCheckCommand::appliesTo(const css::uno::Reference<css::frame::XFrame>& frame)
{
    try {
        return frame.is() && frame->getController().is() && DrawPages::isDrawing(frame->getController()->getModel());
    } catch (const css::uno::Exception&) {
        return false;
    }
}

CommandOutcome DiagramCheckCommand::run(const css::uno::Reference<css::frame::XFrame>& frame,
                                        const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const std::string today = CheckProcessCommand::today(arguments);
    const DiagramInDrawing found = DiagramInDrawing::of(frame, ui, "Check process", "Proces controleren");
    const DiagramReader::Result read = DiagramReader::read(found.document, found.diagram, found.stored);
    CheckOptions options;
    options.today = today;
    const std::vector<Finding> findings = ProcessChecker::check(read.process, options);
    const std::string& language = read.process.language;

    // One note per finding: measured, placed above its box (stacked when a box has several).
    const OfficeTextMeasure measure(m_context);
    const DrawStyle look = DrawStyles::forFinding();
    struct Note {
        std::size_t page;
        Shape shape;
    };
    std::vector<Note> notes;
    std::map<std::pair<std::size_t, long>, long> stacked; // (page, anchor x) -> height used above it
    long generalTop = 0;
    for (std::size_t n = 0; n < findings.size(); ++n) {
        const Finding& finding = findings[n];
        Shape shape;
        shape.id = notePrefix + std::to_string(n + 1);
        shape.kind = ShapeKind::Text;
        shape.style = DrawStyles::finding;
        shape.font = look.font;
        shape.centred = false;
        shape.text = finding.message;
        const Size text = measure.measure(finding.message, look.font, noteWidth - 2 * notePadding);
        const long height = text.height + 2 * notePadding;
        const Anchor anchor = anchorOf(finding, read);
        Note note{anchor.page, shape};
        if (anchor.found) {
            long& used = stacked[{anchor.page, anchor.near.x}];
            const long y = anchor.near.y - noteGap - used - height;
            note.shape.bounds = Rect{anchor.near.x + anchor.near.width / 2, std::max(0L, y), noteWidth, height};
            used += height + noteGap;
        } else {
            note.shape.bounds = Rect{1000, 2200 + generalTop, noteWidth * 2, height};
            generalTop += height + noteGap;
        }
        notes.push_back(note);
    }

    const std::string title = Text::say(ui, "Check process", "Proces controleren");
    UndoStep step(found.document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    {
        ControllerLock lock(found.document);
        removeNotes(read.pages); // recorded by the office: undo brings the last check's notes back
    }
    if (!notes.empty()) {
        UndoManagerLock quiet(found.document);
        DrawingRenderer::ensureLayers(found.document);
        const DrawStyles::Styles styles = DrawStyles::ensure(found.document, {look}, undo.get());
        // Notes are ours to remove and make again: undo and redo work on the same list.
        auto made = std::make_shared<std::vector<std::pair<std::size_t, css::uno::Reference<css::drawing::XShape>>>>();
        auto pages = read.pages;
        auto context = m_context;
        css::uno::WeakReference<css::frame::XModel> weak(found.document);
        auto draw = [made, pages, notes, context, look](const css::uno::Reference<css::frame::XModel>& document) {
            ControllerLock lock(document);
            const DrawingRenderer renderer(context, document, DrawStyles::ensure(document, {look}, nullptr), nullptr);
            for (const Note& note : notes) {
                auto shape = renderer.addShape(note.shape, pages[note.page]);
                css::uno::Reference<css::beans::XPropertySet> properties(shape, css::uno::UNO_QUERY_THROW);
                properties->setPropertyValue("LayerName", css::uno::Any(rtl::OUString::createFromAscii(DrawingRenderer::findingLayer)));
                properties->setPropertyValue("TextLeftDistance", css::uno::Any(static_cast<sal_Int32>(notePadding)));
                properties->setPropertyValue("TextRightDistance", css::uno::Any(static_cast<sal_Int32>(notePadding)));
                properties->setPropertyValue("TextUpperDistance", css::uno::Any(static_cast<sal_Int32>(notePadding)));
                properties->setPropertyValue("TextLowerDistance", css::uno::Any(static_cast<sal_Int32>(notePadding)));
                made->emplace_back(note.page, shape);
            }
        };
        draw(found.document);
        undo->record(
            [made, pages, context, weak] {
                const css::uno::Reference<css::frame::XModel> document(weak);
                if (!document.is())
                    return;
                for (const auto& [page, shape] : *made) {
                    try {
                        pages[page]->remove(shape);
                    } catch (const css::uno::Exception&) {
                    }
                }
                made->clear();
                StaleRedoGuard::afterUndo(context, document);
            },
            [draw, weak] {
                const css::uno::Reference<css::frame::XModel> document(weak);
                if (document.is())
                    draw(document);
            });
        (void)styles;
    }
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));

    std::string summary = CheckReport::summary(findings, language);
    if (!summary.empty() && summary.back() != '.')
        summary += ".";
    if (!findings.empty())
        summary += " " + Text::say(language, "Marked on the diagram (not printed).",
                                   "Gemarkeerd in het diagram (wordt niet afgedrukt).");
    if (read.changed())
        summary += " " + Text::say(language, "Changes on the page taken into account: {0}.",
                                   "Wijzigingen op de pagina meegenomen: {0}.", {read.changes(language)});
    return CommandOutcome::done(summary);
}

} // namespace salesprocess::extension
