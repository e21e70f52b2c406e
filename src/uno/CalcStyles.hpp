#pragma once
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace salesprocess::extension {

class UndoAction;

/// Our named cell and page styles. Each is created only where missing, so that a user's
/// restyling survives regeneration; a style we create is recorded in the undo action.
class CalcStyles {
public:
    static constexpr const char* header = "SalesProcess Header";
    static constexpr const char* error = "SalesProcess Error";
    static constexpr const char* warning = "SalesProcess Warning";
    static constexpr const char* note = "SalesProcess Note";
    static constexpr const char* tablePage = "SalesProcess Table";

    /// The header row style: bold white text on dark blue, wrapped, centred vertically.
    static void ensureHeader(const css::uno::Reference<css::frame::XModel>& document, UndoAction* undo);
    /// Light fills for the Check report's severities.
    static void ensureSeverities(const css::uno::Reference<css::frame::XModel>& document, UndoAction* undo);
    /// Landscape A4, header with the sheet name, footer "Page x of y" in the workbook language,
    /// fit to `pagesWide` pages in width, grid printed. Returns its name: tablePage for one page
    /// wide, "SalesProcess Table 2 Pages Wide" and so on for wider tables.
    static std::string ensureTablePage(const css::uno::Reference<css::frame::XModel>& document,
                                       const std::string& language, UndoAction* undo, int pagesWide = 1);
    static std::string tablePageName(int pagesWide);
};

} // namespace salesprocess::extension
