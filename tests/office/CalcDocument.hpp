#pragma once
#include "office/OfficeSession.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace salesprocess::test {

/// A Calc document in the test office, always hidden (closing a visible document aborts a
/// headless office), closed again when the test is done with it, whatever happened.
class CalcDocument {
public:
    enum class Window {
        Hidden, ///< the default: a headless office aborts when a visible document is closed
        Shown,  ///< a document with a (virtual) window: has the view state a hidden one lacks;
                ///< it is left open for the office's end instead of closed
        Visible ///< a real window in an office on a display (SharedOffice::visibleSession()):
                ///< closed again like a hidden one
    };
    /// A new, empty document.
    explicit CalcDocument(OfficeSession& office, Window window = Window::Hidden);
    /// A file (read by the office's account).
    CalcDocument(OfficeSession& office, const std::filesystem::path& file, Window window = Window::Hidden);
    /// A document some command opened: the test takes over closing it.
    CalcDocument(OfficeSession& office, const css::uno::Reference<css::frame::XModel>& model);
    ~CalcDocument();
    CalcDocument(const CalcDocument&) = delete;
    CalcDocument& operator=(const CalcDocument&) = delete;

    const css::uno::Reference<css::frame::XModel>& model() const { return m_model; }
    css::uno::Reference<css::frame::XFrame> frame() const;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheets() const;

    std::vector<std::string> sheetNames() const;
    /// Throws std::runtime_error naming the sheet when there is none of that name.
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(const std::string& name) const;
    /// The used area of a sheet, row by row, as the cells show it.
    std::vector<std::vector<std::string>> rows(const std::string& sheetName) const;
    /// What a cell shows. Column and row count from 0.
    std::string text(const std::string& sheetName, int column, int row) const;
    /// Types into a cell as a user would (numbers, dates and formulas are recognised).
    void type(const std::string& sheetName, int column, int row, const std::string& input) const;
    /// The column of a header (row 0) of a sheet, or -1.
    int column(const std::string& sheetName, const std::string& header) const;

    /// Named ranges: name -> what it covers ("$Steps.$A$1:$J$30").
    std::vector<std::pair<std::string, std::string>> namedRanges() const;
    std::optional<std::string> userProperty(const std::string& name) const;
    /// Every sheet's name and content in one text: tells whether a command changed anything.
    std::string snapshot() const;

    /// Stores a copy (filter "calc8", "calc_pdf_Export"); the office's account writes it.
    void storeTo(const std::filesystem::path& file, const std::string& filter) const;

private:
    OfficeSession& m_office;
    Window m_window = Window::Hidden;
    css::uno::Reference<css::frame::XModel> m_model;
};

} // namespace salesprocess::test
