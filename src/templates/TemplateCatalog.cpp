#include "TemplateCatalog.hpp"

#include "templates/ProcessFile.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace salesprocess {

namespace fs = std::filesystem;

TemplateCatalog::TemplateCatalog(std::string folder) : m_folder(std::move(folder)) {}

std::vector<TemplateCatalog::Entry> TemplateCatalog::entries() const
{
    std::vector<Entry> result;
    std::error_code error;
    for (const auto& file : fs::directory_iterator(m_folder, error)) {
        const std::string name = file.path().filename().string();
        // <name>.<language>.json
        if (file.path().extension() != ".json")
            continue;
        const std::string stem = file.path().stem().string();
        const auto dot = stem.rfind('.');
        if (dot == std::string::npos || dot == 0)
            continue;
        Entry entry{stem.substr(0, dot), stem.substr(dot + 1), {}, file.path().string()};
        try {
            entry.title = ProcessFile::load(entry.path).process.name;
        } catch (const std::exception&) {
            continue; // a broken file in the folder is not a template
        }
        result.push_back(std::move(entry));
    }
    std::sort(result.begin(), result.end(), [](const Entry& a, const Entry& b) {
        return a.name != b.name ? a.name < b.name : a.language < b.language;
    });
    return result;
}

std::string TemplateCatalog::path(const std::string& name, const std::string& language) const
{
    const fs::path file = fs::path(m_folder) / (name + "." + language + ".json");
    if (!fs::is_regular_file(file))
        throw std::runtime_error("no template \"" + name + "\" in language \"" + language + "\" (" +
                                 file.string() + ")");
    return file.string();
}

std::vector<TemplateCatalog::Titled> TemplateCatalog::titled(const std::vector<Entry>& entries, const std::string& language)
{
    std::vector<Titled> lines;
    for (const Entry& entry : entries) {
        auto known = std::find_if(lines.begin(), lines.end(), [&](const Titled& t) { return t.name == entry.name; });
        if (known == lines.end())
            lines.push_back({entry.name, entry.title.empty() ? entry.name : entry.title});
        else if (entry.language == language && !entry.title.empty())
            known->title = entry.title;
    }
    return lines;
}

} // namespace salesprocess
