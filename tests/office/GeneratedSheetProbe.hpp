#pragma once
#include "CalcDocument.hpp"
#include "core/Process.hpp"
#include "templates/Grid.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>

#include <string>
#include <vector>

namespace salesprocess::test {

/// Reads generated sheets (matrices, changes) back from a workbook and compares them with the
/// grid the core describes.
class GeneratedSheetProbe {
public:
    /// The process as the extension reads it from a freshly written workbook (segment names,
    /// ids...): the matrices of the workbook are built from this, not from the template file.
    static Process asWorkbookReadsIt(const Process& process);

    /// The sheet a mark of ours (a named range) points at, or "".
    static std::string markedSheet(const CalcDocument& document, const std::string& mark);
    /// Cells whose text differs from the grid ("C4: expected ... shows ..."); empty when all agree.
    static std::vector<std::string> differences(const CalcDocument& document, const Grid& grid);
    /// Cells whose cell style differs from the one the grid gives them (read per uniformly
    /// formatted block, not per cell).
    static std::vector<std::string> styleDifferences(const CalcDocument& document, const Grid& grid);
    /// Every cell's text of a sheet's used area, tab and line separated.
    static std::string contents(const CalcDocument& document, const std::string& sheet);

    static std::string cellStyle(const CalcDocument& document, const std::string& sheet, int column, int row);
    static css::uno::Reference<css::beans::XPropertySet> style(const CalcDocument& document, const std::string& family,
                                                               const std::string& name);
    /// CellBackColor of a cell style.
    static sal_Int32 fillOf(const CalcDocument& document, const std::string& styleName);
    /// "#1F4E79" -> 0x1F4E79.
    static sal_Int32 colour(const std::string& hex);
    /// Exports a range of a sheet as PDF (the range as the selection, printed as its page style
    /// says), keeps a copy with PNGs of its pages in the build tree's test area (pdf/) to be
    /// looked at, and returns the path of that copy.
    static std::filesystem::path exportPdf(const CalcDocument& document, const std::string& sheet,
                                           const CellRange& range, const std::filesystem::path& pdf);
    /// The comment (annotation) of a cell, or "".
    static std::string comment(const CalcDocument& document, const std::string& sheet, int column, int row);
};

/// What a PDF holds, as poppler's tools tell it: pages, fonts, words with their boxes.
struct PdfWord {
    int page = 0;
    double pageWidth = 0, pageHeight = 0; ///< points
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    std::string text;
};

struct PdfReport {
    int pages = 0;
    std::vector<std::string> fonts; ///< pdffonts names, e.g. "ABCDEE+LiberationSans-Bold"
    std::vector<PdfWord> words;
    /// Every font size the text is set in (pdftohtml -xml: the size after the page's scaling).
    std::vector<std::pair<double, std::string>> sizes; ///< size in points, font name
    std::string text;               ///< pdftotext, whitespace collapsed to single spaces

    static PdfReport of(const std::filesystem::path& pdf);
    /// Words outside the printable area (margins in 1/100 mm, 1 pt tolerance).
    std::vector<std::string> wordsOutsideMargins(bool landscape, int marginLeftRight, int marginTopBottom) const;
    /// Font sizes used below that many points (as pdftohtml rounds them).
    std::vector<std::string> sizesUnder(double points) const;
    /// True when the words of a name appear one after another (it may wrap over lines).
    bool says(const std::string& name) const;
    std::string summary() const;
};

} // namespace salesprocess::test
