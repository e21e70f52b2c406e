#include "DrawingOutputs.hpp"

#include "DeskChecklists.hpp"
#include "DocumentCloser.hpp"
#include "DrawPages.hpp"
#include "PdfExport.hpp"
#include "SwimlaneDiagram.hpp"
#include "UndoAction.hpp"
#include "UndoManagerLock.hpp"
#include "core/Text.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/ref.hxx>

namespace salesprocess::extension {

namespace {

std::string joined(const std::string& folder, const std::string& name)
{
    return folder.empty() || folder.back() == '/' ? folder + name : folder + "/" + name;
}

/// A new hidden drawing, closed again whatever happens.
class HiddenDrawing {
public:
    explicit HiddenDrawing(const css::uno::Reference<css::uno::XComponentContext>& context)
        : m_model(DrawPages::newDrawing(context, true))
    {
    }
    ~HiddenDrawing() { DocumentCloser::close(m_model); }
    HiddenDrawing(const HiddenDrawing&) = delete;
    HiddenDrawing& operator=(const HiddenDrawing&) = delete;
    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }

private:
    css::uno::Reference<css::frame::XModel> m_model;
};

} // namespace

DrawingOutputs::DrawingOutputs(const css::uno::Reference<css::uno::XComponentContext>& context) : m_context(context) {}

SwimlaneOptions DrawingOutputs::wallChart()
{
    // Teams as columns fill an A3 sheet with two or three phases a page; as rows, one phase
    // takes the width of a sheet and leaves most of it empty.
    SwimlaneOptions options;
    options.paper = Paper::A3;
    options.landscape = true;
    options.orientation = LaneOrientation::Vertical;
    return options;
}

DrawingOutputs::Written DrawingOutputs::write(const Process& process, const std::string& folder, bool perTeam,
                                              const MayWrite& mayWrite) const
{
    Written written;
    auto refuse = [&](const std::string& name) {
        written.messages.push_back(joined(folder, name) +
                                   " exists and was not written by salesprocess: not overwritten (use --force).");
    };
    const bool diagram = mayWrite("swimlane.odg") && mayWrite("swimlane.pdf");
    if (!diagram)
        refuse(mayWrite("swimlane.odg") ? "swimlane.pdf" : "swimlane.odg");
    if (diagram) {
        HiddenDrawing drawing(m_context);
        rtl::Reference<UndoAction> undo(new UndoAction("render"));
        SwimlaneDiagram::Drawn drawn;
        {
            UndoManagerLock quiet(drawing.model());
            drawn = SwimlaneDiagram(m_context).draw(drawing.model(), {}, process, wallChart(), 0, *undo);
        }
        PdfExport::writeDrawing(drawing.model(), joined(folder, "swimlane.odg"));
        PdfExport::write(drawing.model(), joined(folder, "swimlane.pdf"));
        written.files.push_back(joined(folder, "swimlane.odg"));
        written.files.push_back(joined(folder, "swimlane.pdf"));
        written.messages.push_back(SwimlaneDiagram::summary(drawn, process));
    }

    if (!mayWrite("checklists.pdf")) {
        refuse("checklists.pdf");
        return written;
    }
    HiddenDrawing checklists(m_context);
    rtl::Reference<UndoAction> undo(new UndoAction("render"));
    ChecklistLayout::Book book;
    {
        UndoManagerLock quiet(checklists.model());
        book = DeskChecklists(m_context).draw(checklists.model(), {}, process, ChecklistOptions{}, *undo);
    }
    PdfExport::write(checklists.model(), joined(folder, "checklists.pdf"));
    written.files.push_back(joined(folder, "checklists.pdf"));
    written.messages.push_back(DeskChecklists::summary(book, process));
    if (perTeam) {
        for (const Team& team : process.teams) {
            const std::string name = DeskChecklists::teamFileName(team.id);
            const std::string range = DeskChecklists::pageRange(book, process, team.id);
            if (range.empty())
                continue;
            if (!mayWrite(name)) {
                refuse(name);
                continue;
            }
            PdfExport::write(checklists.model(), joined(folder, name), range);
            written.files.push_back(joined(folder, name));
        }
    }
    return written;
}

} // namespace salesprocess::extension
