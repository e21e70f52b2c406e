#include "DiagramInDrawing.hpp"

#include "CommandError.hpp"
#include "DrawPages.hpp"
#include "ProcessSource.hpp"
#include "core/Text.hpp"

#include <com/sun/star/frame/XController.hpp>

namespace salesprocess::extension {

DiagramInDrawing DiagramInDrawing::of(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& ui,
                                      const char* commandEn, const char* commandNl)
{
    DiagramInDrawing found;
    if (frame.is() && frame->getController().is())
        found.document = frame->getController()->getModel();
    if (!DrawPages::isDrawing(found.document))
        throw CommandError(Text::say(ui, "{0} works on a swimlane diagram in Draw.",
                                     "{0} werkt op een swimlanediagram in Draw.", {Text::say(ui, commandEn, commandNl)}));
    found.stored = ProcessSource::fromDrawing(found.document, ui);
    found.record = DiagramRecord::read(found.document);
    const std::string current = DrawPages::nameOf(DrawPages::current(found.document));
    const DiagramRecord::Diagram* diagram = found.record.containing(current);
    if (diagram == nullptr) {
        // Not on one of its pages: the first diagram whose pages are still there.
        for (const DiagramRecord::Diagram& d : found.record.diagrams)
            for (const std::string& page : d.pages)
                if (diagram == nullptr && DrawPages::byName(found.document, page).is())
                    diagram = &d;
    }
    if (diagram == nullptr)
        throw CommandError(Text::say(
            ui, "This drawing has no swimlane diagram of Sales Process (any more). Start with Sales Process > Swimlane diagram.",
            "Deze tekening heeft geen swimlanediagram van Salesproces (meer). Begin met Salesproces > Swimlanediagram."));
    found.diagram = *diagram;
    return found;
}

} // namespace salesprocess::extension
