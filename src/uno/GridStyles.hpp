#pragma once
#include "templates/Grid.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// The named cell and page styles of our generated sheets (matrices, cheat sheets, changes),
/// made from the looks a salesprocess::Grid describes. Each style is created only where none of
/// that name exists, so a user's restyling survives every regeneration; what we create is
/// recorded in the undo action.
class GridStyles {
public:
    /// The design font (DESIGN.md section 9): on every style of ours.
    static constexpr const char* fontFamily = "Liberation Sans";

    /// "#1F4E79" -> 0x1F4E79; -1 (no colour) for anything else.
    static sal_Int32 colour(const std::string& hex);

    /// Cell styles for every look, where missing.
    static void ensureCellStyles(const css::uno::Reference<css::frame::XModel>& document,
                                 const std::vector<CellLook>& looks, UndoAction* undo);
    /// Document property: the fill and text colour we last gave each of our coloured cell styles.
    static constexpr const char* coloursProperty = "SalesProcessStyleColours";

    /// Our coloured styles follow a new look (a team colour changed in the Teams sheet) as long as
    /// the user has not recoloured them since we set them; a style the user recoloured keeps the
    /// user's colours. Call after ensureCellStyles; records what it changes in the undo action.
    static void followLooks(const css::uno::Reference<css::frame::XModel>& document,
                            const std::vector<CellLook>& looks, UndoAction& undo);
    /// Styles for conditional formats, where missing: only the look's fill, text colour, weight
    /// and posture are set, so the cell keeps its own wrapping, alignment and borders.
    static void ensureConditionStyles(const css::uno::Reference<css::frame::XModel>& document,
                                      const std::vector<CellLook>& looks, UndoAction* undo);
    /// The page style a grid prints with (PrintSetup::pageStyle), where missing: A4 in the
    /// grid's orientation, its margins, fit to PrintSetup::pagesWide pages, no header, footer
    /// "Page x of y" / "Pagina x van y".
    static void ensurePageStyle(const css::uno::Reference<css::frame::XModel>& document, const PrintSetup& print,
                                const std::string& language, UndoAction* undo);
};

} // namespace salesprocess::extension
