#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace salesprocess::test {

/// A PDF the office exported, read with poppler-utils (pdfinfo, pdffonts, pdftotext -bbox,
/// pdftoppm): the mechanical checks of DESIGN.md section 12.
class PdfFile {
public:
    explicit PdfFile(std::filesystem::path file);

    int pages() const;
    /// Font names as pdffonts lists them ("ABCDEF+LiberationSans-Bold").
    std::vector<std::string> fonts() const;

    /// One word as pdftotext -bbox places it, in points from the page's top left.
    struct Word {
        int page = 0; ///< 1-based
        double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        std::string text;
        double height() const { return yMax - yMin; }
        /// The font size: pdftotext gives a word of Liberation Sans 1.3 times its size in height.
        double points() const { return height() / 1.30; }
        double centreY() const { return (yMin + yMax) / 2; }
    };
    std::vector<Word> words() const;
    /// Page sizes in points.
    struct PageSize {
        double width = 0, height = 0;
    };
    std::vector<PageSize> pageSizes() const;
    /// The whole text of each page (pdftotext -layout).
    std::vector<std::string> pageTexts() const;

    /// Renders pages first..last to PNG files at `dpi` beside `prefix` (prefix-1.png ...); returns them.
    std::vector<std::filesystem::path> toPng(const std::filesystem::path& prefix, int dpi, int first, int last) const;

    const std::filesystem::path& path() const { return m_file; }

private:
    std::filesystem::path m_file;
};

/// 1/100 mm (shape bounds) in points (PDF coordinates).
inline double pointsOf(long hundredthsMm) { return static_cast<double>(hundredthsMm) * 72.0 / 2540.0; }

/// The test area in the build tree where PDFs and PNGs are kept to be looked at.
std::filesystem::path keptOutputs(const std::string& folder);

} // namespace salesprocess::test
