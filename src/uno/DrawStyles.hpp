#pragma once
#include "core/ChecklistOptions.hpp"
#include "core/Drawing.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/style/XStyle.hpp>

#include <map>
#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// The look of one named graphic style of ours.
struct DrawStyle {
    std::string name;
    std::string parent;     ///< empty: DrawStyles::root
    std::string fill;       ///< "#rrggbb"; empty: no fill
    std::string line;       ///< "#rrggbb"; empty: no line
    long lineWidth = 0;     ///< 1/100 mm; 0 a hairline
    bool dashed = false;
    bool arrowEnd = false;  ///< an arrowhead at the end (connectors)
    Font font;
    std::string textColour; ///< "#rrggbb"
    bool centred = true;    ///< paragraphs centred, else left
};

/// Our named graphic styles in a Draw document. Every generated shape carries one, so that a
/// manager restyles a team, the arrows or the whole diagram in one place (Format > Styles).
/// A style is created only where it is missing: a user's restyling survives the next drawing.
///
/// Hierarchy: "SalesProcess" (font family, text colour) is the parent of everything;
/// "SalesProcess Step" the parent of one "SalesProcess Step <team>" per team, and likewise for
/// lanes and lane headers; the checklist styles come from ChecklistLayout::styles.
class DrawStyles {
public:
    /// The design font (Debian fonts-liberation2; LibreOffice ships it on Windows and macOS).
    static constexpr const char* fontName = "Liberation Sans";
    static constexpr const char* root = "SalesProcess";
    static constexpr const char* step = "SalesProcess Step";
    static constexpr const char* lane = "SalesProcess Lane";
    static constexpr const char* laneHeader = "SalesProcess Lane header";
    static constexpr const char* title = "SalesProcess Title";
    static constexpr const char* legendText = "SalesProcess Legend text";
    static constexpr const char* arrow = "SalesProcess Arrow";
    static constexpr const char* returnArrow = "SalesProcess Return arrow";
    static constexpr const char* rule = "SalesProcess Rule";
    static constexpr const char* finding = "SalesProcess Finding";
    static constexpr const char* checklistText = "SalesProcess Checklist";

    using Styles = std::map<std::string, css::uno::Reference<css::style::XStyle>>;

    /// The style a shape is drawn with: its own, or ours for its kind.
    static std::string styleOf(const Shape& shape);
    static std::string styleOf(const Connector& connector);

    /// Every style a swimlane drawing uses, parents first, with the look its shapes ask for.
    static std::vector<DrawStyle> forSwimlane(const Drawing& drawing);
    /// Every style the desk checklists of a process use.
    static std::vector<DrawStyle> forChecklists(const Process& process, const ChecklistOptions& options);
    /// The marker of a Check process finding in Draw.
    static DrawStyle forFinding();

    /// Creates the missing styles (a style created here is recorded in undo: removed on undo,
    /// made again on redo) and returns all of them by name.
    static Styles ensure(const css::uno::Reference<css::frame::XModel>& document,
                         const std::vector<DrawStyle>& styles, UndoAction* undo);

    /// "#rrggbb" as the office's colour number; -1 for anything else.
    static sal_Int32 colour(const std::string& hex);
};

} // namespace salesprocess::extension
