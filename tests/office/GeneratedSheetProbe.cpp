#include "GeneratedSheetProbe.hpp"

#include "ProcessProbe.hpp"
#include "core/Date.hpp"
#include "office/UnoStrings.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>

namespace salesprocess::test {

namespace {

std::string cellName(int column, int row)
{
    std::string letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters + std::to_string(row + 1);
}

std::string expectedText(const GridCell& cell)
{
    if (!cell.number)
        return cell.text;
    const double n = *cell.number;
    if (n == std::floor(n))
        return std::to_string(static_cast<long long>(n));
    std::ostringstream out;
    out << n;
    return out.str();
}

std::string unescape(std::string text)
{
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities)
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string(entity).size(), plain);
    return text;
}

} // namespace

Process GeneratedSheetProbe::asWorkbookReadsIt(const Process& process)
{
    std::vector<RawSheet> raw;
    for (const Sheet& sheet : Workbook::sheets(process)) {
        RawSheet r{sheet.table, sheet.name, {}};
        std::vector<Cell> header;
        for (const Column& column : sheet.columns)
            header.push_back(Cell{column.header, std::nullopt});
        r.cells.push_back(header);
        for (const auto& row : sheet.rows) {
            std::vector<Cell> cells;
            for (std::size_t c = 0; c < row.size(); ++c) {
                Cell cell{row[c], std::nullopt};
                if (sheet.columns[c].isDate && !row[c].empty())
                    cell = Cell{"", static_cast<double>(Date::parse(row[c])->toSerial())};
                cells.push_back(cell);
            }
            r.cells.push_back(cells);
        }
        raw.push_back(std::move(r));
    }
    return Workbook::read(raw, &process).load.process;
}

std::string GeneratedSheetProbe::markedSheet(const CalcDocument& document, const std::string& mark)
{
    for (const auto& [name, content] : document.namedRanges()) {
        if (name != mark)
            continue;
        std::string sheet = content.substr(content.front() == '$' ? 1 : 0);
        sheet = sheet.substr(0, sheet.rfind('.'));
        if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'')
            sheet = sheet.substr(1, sheet.size() - 2);
        return sheet;
    }
    return "";
}

std::vector<std::string> GeneratedSheetProbe::differences(const CalcDocument& document, const Grid& grid)
{
    const auto rows = document.rows(grid.sheetName);
    std::vector<std::string> found;
    for (int r = 0; r < std::max(grid.rowCount(), static_cast<int>(rows.size())); ++r) {
        for (int c = 0; c < grid.columnCount() || (r < static_cast<int>(rows.size()) && c < static_cast<int>(rows[static_cast<std::size_t>(r)].size())); ++c) {
            const std::string expected = r < grid.rowCount() && c < grid.columnCount() ? expectedText(grid.at(r, c)) : "";
            const std::string shown = r < static_cast<int>(rows.size()) && c < static_cast<int>(rows[static_cast<std::size_t>(r)].size())
                                          ? rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]
                                          : "";
            if (expected != shown)
                found.push_back(cellName(c, r) + ": expected \"" + expected + "\", shows \"" + shown + "\"");
        }
    }
    return found;
}

std::vector<std::string> GeneratedSheetProbe::styleDifferences(const CalcDocument& document, const Grid& grid)
{
    std::vector<std::string> found;
    if (grid.rowCount() == 0 || grid.columnCount() == 0)
        return found;
    css::uno::Reference<css::sheet::XCellFormatRangesSupplier> supplier(
        document.sheet(grid.sheetName)->getCellRangeByPosition(0, 0, grid.columnCount() - 1, grid.rowCount() - 1),
        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> blocks(supplier->getCellFormatRanges(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < blocks->getCount(); ++i) {
        css::uno::Reference<css::beans::XPropertySet> block(blocks->getByIndex(i), css::uno::UNO_QUERY_THROW);
        rtl::OUString style;
        block->getPropertyValue("CellStyle") >>= style;
        const auto address =
            css::uno::Reference<css::sheet::XCellRangeAddressable>(block, css::uno::UNO_QUERY_THROW)->getRangeAddress();
        for (sal_Int32 r = address.StartRow; r <= address.EndRow; ++r)
            for (sal_Int32 c = address.StartColumn; c <= address.EndColumn; ++c) {
                std::string expected = grid.styleAt(r, c);
                if (expected.empty())
                    expected = "Default";
                if (toStdString(style) != expected)
                    found.push_back(cellName(c, r) + ": style \"" + toStdString(style) + "\", expected \"" + expected + "\"");
            }
    }
    return found;
}

std::string GeneratedSheetProbe::contents(const CalcDocument& document, const std::string& sheet)
{
    std::string all;
    for (const auto& row : document.rows(sheet)) {
        for (const std::string& cell : row)
            all += cell + "\t";
        all += "\n";
    }
    return all;
}

std::string GeneratedSheetProbe::cellStyle(const CalcDocument& document, const std::string& sheet, int column, int row)
{
    css::uno::Reference<css::beans::XPropertySet> cell(document.sheet(sheet)->getCellByPosition(column, row),
                                                       css::uno::UNO_QUERY_THROW);
    rtl::OUString style;
    cell->getPropertyValue("CellStyle") >>= style;
    return toStdString(style);
}

css::uno::Reference<css::beans::XPropertySet> GeneratedSheetProbe::style(const CalcDocument& document,
                                                                         const std::string& family,
                                                                         const std::string& name)
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document.model(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> styles(supplier->getStyleFamilies()->getByName(toOUString(family)),
                                                            css::uno::UNO_QUERY_THROW);
    return css::uno::Reference<css::beans::XPropertySet>(styles->getByName(toOUString(name)), css::uno::UNO_QUERY_THROW);
}

sal_Int32 GeneratedSheetProbe::fillOf(const CalcDocument& document, const std::string& styleName)
{
    sal_Int32 fill = -1;
    style(document, "CellStyles", styleName)->getPropertyValue("CellBackColor") >>= fill;
    return fill;
}

sal_Int32 GeneratedSheetProbe::colour(const std::string& hex)
{
    return static_cast<sal_Int32>(std::stoul(hex.substr(1), nullptr, 16));
}

std::filesystem::path GeneratedSheetProbe::exportPdf(const CalcDocument& document, const std::string& sheet,
                                                     const CellRange& range, const std::filesystem::path& pdf)
{
    css::uno::Sequence<css::beans::PropertyValue> filterData(1);
    filterData.getArray()[0].Name = "Selection";
    filterData.getArray()[0].Value <<= document.sheet(sheet)->getCellRangeByPosition(
        range.firstColumn, range.firstRow, range.lastColumn, range.lastRow);
    css::uno::Sequence<css::beans::PropertyValue> properties(3);
    properties.getArray()[0].Name = "FilterName";
    properties.getArray()[0].Value <<= rtl::OUString("calc_pdf_Export");
    properties.getArray()[1].Name = "Overwrite";
    properties.getArray()[1].Value <<= true;
    properties.getArray()[2].Name = "FilterData";
    properties.getArray()[2].Value <<= filterData;
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(std::filesystem::absolute(pdf).string()), url);
    css::uno::Reference<css::frame::XStorable>(document.model(), css::uno::UNO_QUERY_THROW)->storeToURL(url, properties);

    const std::filesystem::path keep = std::filesystem::path(SALESPROCESS_TEST_AREA) / "pdf";
    std::filesystem::create_directories(keep);
    const std::filesystem::path copy = keep / pdf.filename();
    std::filesystem::copy_file(pdf, copy, std::filesystem::copy_options::overwrite_existing);
    runCommand("pdftoppm -r 60 -png '" + copy.string() + "' '" + (keep / pdf.stem()).string() + "'");
    return copy;
}

std::string GeneratedSheetProbe::comment(const CalcDocument& document, const std::string& sheet, int column, int row)
{
    css::uno::Reference<css::sheet::XSheetAnnotationAnchor> anchor(document.sheet(sheet)->getCellByPosition(column, row),
                                                                   css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::text::XSimpleText> text(anchor->getAnnotation(), css::uno::UNO_QUERY_THROW);
    return toStdString(text->getString());
}

PdfReport PdfReport::of(const std::filesystem::path& pdf)
{
    PdfReport report;
    const std::string quoted = "'" + pdf.string() + "'";
    std::smatch found;
    const std::string info = runCommand("pdfinfo " + quoted).output;
    if (std::regex_search(info, found, std::regex("Pages:\\s+(\\d+)")))
        report.pages = std::stoi(found[1]);

    std::istringstream fonts(runCommand("pdffonts " + quoted).output);
    std::string line;
    for (int n = 0; std::getline(fonts, line); ++n)
        if (n >= 2 && !line.empty()) // after the two header lines
            report.fonts.push_back(line.substr(0, line.find(' ')));

    const std::string boxes = runCommand("pdftotext -bbox " + quoted + " -").output;
    const std::regex page("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    const std::regex word("<word xMin=\"([0-9.-]+)\" yMin=\"([0-9.-]+)\" xMax=\"([0-9.-]+)\" yMax=\"([0-9.-]+)\">([^<]*)</word>");
    std::istringstream lines(boxes);
    int pageNumber = 0;
    double width = 0, height = 0;
    while (std::getline(lines, line)) {
        if (std::regex_search(line, found, page)) {
            ++pageNumber;
            width = std::stod(found[1]);
            height = std::stod(found[2]);
        } else if (std::regex_search(line, found, word)) {
            report.words.push_back(PdfWord{pageNumber, width, height, std::stod(found[1]), std::stod(found[2]),
                                           std::stod(found[3]), std::stod(found[4]), unescape(found[5])});
            report.text += (report.text.empty() ? "" : " ") + report.words.back().text;
        }
    }
    const std::string xml = runCommand("pdftohtml -xml -i -zoom 1 -stdout " + quoted).output;
    const std::regex fontspec("<fontspec id=\"[0-9]+\" size=\"([0-9.]+)\" family=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), fontspec); it != std::sregex_iterator(); ++it)
        report.sizes.emplace_back(std::stod((*it)[1]), (*it)[2]);
    return report;
}

std::vector<std::string> PdfReport::wordsOutsideMargins(bool landscape, int marginLeftRight, int marginTopBottom) const
{
    const double toPoints = 72.0 / 2540.0;
    const double left = marginLeftRight * toPoints - 1.0;
    const double top = marginTopBottom * toPoints - 1.0;
    std::vector<std::string> outside;
    for (const PdfWord& w : words) {
        const bool pageIsLandscape = w.pageWidth > w.pageHeight;
        if (pageIsLandscape != landscape)
            outside.push_back("page " + std::to_string(w.page) + " has the wrong orientation");
        if (w.xMin < left || w.yMin < top || w.xMax > w.pageWidth - left || w.yMax > w.pageHeight - top)
            outside.push_back("\"" + w.text + "\" on page " + std::to_string(w.page) + " at " + std::to_string(w.xMin) +
                              "," + std::to_string(w.yMin) + "-" + std::to_string(w.xMax) + "," + std::to_string(w.yMax));
    }
    return outside;
}

std::vector<std::string> PdfReport::sizesUnder(double points) const
{
    std::vector<std::string> small;
    for (const auto& [size, font] : sizes)
        if (size < points)
            small.push_back(font + " at " + std::to_string(size) + " pt");
    return small;
}

bool PdfReport::says(const std::string& name) const
{
    std::istringstream parts(name);
    std::string part;
    while (parts >> part)
        if (std::none_of(words.begin(), words.end(), [&](const PdfWord& w) { return w.text == part; }))
            return false;
    return true;
}

std::string PdfReport::summary() const
{
    double smallest = 1000;
    for (const auto& size : sizes)
        smallest = std::min(smallest, size.first);
    std::ostringstream out;
    out << pages << " pages, " << words.size() << " words, smallest " << smallest << " pt, fonts:";
    for (const std::string& font : fonts)
        out << ' ' << font;
    return out.str();
}

} // namespace salesprocess::test
