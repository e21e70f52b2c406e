#include "RelayoutCommand.hpp"

#include "CommandError.hpp"
#include "ControllerLock.hpp"
#include "DiagramArguments.hpp"
#include "DiagramInDrawing.hpp"
#include "DiagramReader.hpp"
#include "DrawPages.hpp"
#include "OfficeLanguage.hpp"
#include "Strings.hpp"
#include "SwimlaneDiagram.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "UndoStep.hpp"
#include "core/Text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/drawing/XConnectorShape.hpp>
#include <rtl/ref.hxx>

#include <algorithm>

namespace salesprocess::extension {

namespace {
/// Our shapes on the diagram's pages and the user's shapes the model took over, connectors first.
/// Removed with the office's undo recording on: undo puts them back exactly as they were.
void removeDiagram(const css::uno::Reference<css::frame::XModel>& document, const DiagramReader::Result& read)
{
    ControllerLock lock(document);
    for (const auto& page : read.pages) {
        std::vector<css::uno::Reference<css::drawing::XShape>> connectors, shapes;
        for (sal_Int32 i = 0; i < page->getCount(); ++i) {
            css::uno::Reference<css::drawing::XShape> shape(page->getByIndex(i), css::uno::UNO_QUERY);
            if (!shape.is())
                continue;
            rtl::OUString name;
            css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)->getPropertyValue("Name") >>= name;
            const bool absorbed = std::find(read.absorbed.begin(), read.absorbed.end(), shape) != read.absorbed.end();
            if (!absorbed && !DiagramReader::isOurs(toUtf8(name), DiagramReader::styleNameOf(shape)))
                continue;
            if (css::uno::Reference<css::drawing::XConnectorShape>(shape, css::uno::UNO_QUERY).is())
                connectors.push_back(shape);
            else
                shapes.push_back(shape);
        }
        for (const auto& shape : connectors)
            page->remove(shape);
        for (const auto& shape : shapes)
            page->remove(shape);
    }
}
} // namespace

RelayoutCommand::RelayoutCommand(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

CommandOutcome RelayoutCommand::run(const css::uno::Reference<css::frame::XFrame>& frame, const Arguments& arguments) const
{
    const std::string ui = OfficeLanguage::ui(m_context);
    const DiagramInDrawing found = DiagramInDrawing::of(frame, ui, "Re-layout", "Opnieuw indelen");
    const SwimlaneOptions options = DiagramArguments::swimlane(arguments, ui, found.diagram.options);
    const DiagramReader::Result read = DiagramReader::read(found.document, found.diagram, found.stored);
    if (read.pages.empty())
        throw CommandError(Text::say(ui, "The pages of this swimlane diagram are gone.",
                                     "De pagina's van dit swimlanediagram zijn er niet meer."));
    const sal_Int32 first = DrawPages::indexOf(found.document, read.pages.front());

    const std::string title = Text::say(ui, "Re-layout", "Opnieuw indelen");
    UndoStep step(found.document, title);
    rtl::Reference<UndoAction> undo(new UndoAction(title));
    removeDiagram(found.document, read);
    SwimlaneDiagram::Drawn drawn;
    {
        UndoManagerLock quiet(found.document);
        try {
            drawn = SwimlaneDiagram(m_context).draw(found.document, frame, read.process, options, first, *undo,
                                                    found.diagram.id, read.pages);
        } catch (...) {
            undo->undo();
            throw;
        }
    }
    step.add(css::uno::Reference<css::document::XUndoAction>(undo.get()));

    const std::string& language = read.process.language;
    std::string message = Text::say(language, "Swimlane diagram laid out again: {0} pages, {1} steps, {2} arrows.",
                                    "Swimlanediagram opnieuw ingedeeld: {0} pagina's, {1} stappen, {2} pijlen.",
                                    {std::to_string(drawn.pages.size()), std::to_string(drawn.steps),
                                     std::to_string(drawn.arrows)});
    if (read.changed())
        message += " " + Text::say(language, "Taken over from the page: {0}.", "Overgenomen van de pagina: {0}.",
                                   {read.changes(language)});
    for (std::size_t i = drawn.pages.size(); i < read.pages.size(); ++i)
        message += " " + Text::say(language, "Page {0} is no longer part of the diagram.",
                                   "Pagina {0} hoort niet meer bij het diagram.",
                                   {Text::quote(DrawPages::nameOf(read.pages[i]))});
    return CommandOutcome::done(message);
}

} // namespace salesprocess::extension
