#include "PdfFile.hpp"

#include "ProcessProbe.hpp"

#include <regex>
#include <sstream>

namespace salesprocess::test {

namespace {
std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

/// &amp; &lt; &gt; &quot; &apos; as pdftotext writes them in its XHTML.
std::string unescaped(std::string text)
{
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities) {
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::char_traits<char>::length(entity), plain);
    }
    return text;
}
} // namespace

PdfFile::PdfFile(std::filesystem::path file) : m_file(std::move(file)) {}

int PdfFile::pages() const
{
    const CommandResult info = runCommand("pdfinfo " + quoted(m_file));
    std::smatch found;
    const std::regex pattern("Pages:\\s+(\\d+)");
    return std::regex_search(info.output, found, pattern) ? std::stoi(found[1]) : -1;
}

std::vector<std::string> PdfFile::fonts() const
{
    const CommandResult listing = runCommand("pdffonts " + quoted(m_file));
    std::vector<std::string> names;
    std::istringstream lines(listing.output);
    std::string line;
    int row = 0;
    while (std::getline(lines, line)) {
        if (++row <= 2 || line.empty())
            continue; // the header and the dashes
        names.push_back(line.substr(0, line.find(' ')));
    }
    return names;
}

std::vector<PdfFile::Word> PdfFile::words() const
{
    const CommandResult html = runCommand("pdftotext -bbox " + quoted(m_file) + " -");
    std::vector<Word> result;
    const std::regex page("<page ");
    const std::regex word("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
    int number = 0;
    std::istringstream lines(html.output);
    std::string line;
    while (std::getline(lines, line)) {
        if (std::regex_search(line, page))
            ++number;
        std::smatch found;
        if (std::regex_search(line, found, word))
            result.push_back(Word{number, std::stod(found[1]), std::stod(found[2]), std::stod(found[3]),
                                  std::stod(found[4]), unescaped(found[5])});
    }
    return result;
}

std::vector<PdfFile::PageSize> PdfFile::pageSizes() const
{
    const CommandResult html = runCommand("pdftotext -bbox " + quoted(m_file) + " -");
    std::vector<PageSize> sizes;
    const std::regex page("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    for (auto it = std::sregex_iterator(html.output.begin(), html.output.end(), page); it != std::sregex_iterator(); ++it)
        sizes.push_back(PageSize{std::stod((*it)[1]), std::stod((*it)[2])});
    return sizes;
}

std::vector<std::string> PdfFile::pageTexts() const
{
    const CommandResult text = runCommand("pdftotext -layout " + quoted(m_file) + " -");
    std::vector<std::string> result;
    std::stringstream all(text.output);
    for (std::string one; std::getline(all, one, '\f');)
        result.push_back(one);
    if (!result.empty() && result.back().find_first_not_of(" \n") == std::string::npos)
        result.pop_back();
    return result;
}

std::vector<std::filesystem::path> PdfFile::toPng(const std::filesystem::path& prefix, int dpi, int first, int last) const
{
    runCommand("pdftoppm -r " + std::to_string(dpi) + " -png -f " + std::to_string(first) + " -l " +
               std::to_string(last) + " " + quoted(m_file) + " " + quoted(prefix));
    std::vector<std::filesystem::path> made;
    for (const auto& entry : std::filesystem::directory_iterator(prefix.parent_path()))
        if (entry.path().filename().string().rfind(prefix.filename().string() + "-", 0) == 0 &&
            entry.path().extension() == ".png")
            made.push_back(entry.path());
    return made;
}

std::filesystem::path keptOutputs(const std::string& folder)
{
    const std::filesystem::path path = std::filesystem::path(SALESPROCESS_TEST_AREA) / folder;
    std::filesystem::create_directories(path);
    return path;
}

} // namespace salesprocess::test
