#pragma once
#include <string>
#include <vector>

namespace salesprocess {

/// The shipped templates in a folder: files named <name>.<language>.json.
class TemplateCatalog {
public:
    static constexpr const char* defaultName = "b2b-field-sales";

    struct Entry {
        std::string name;     ///< "b2b-field-sales"
        std::string language; ///< "nl" / "en"
        std::string title;    ///< the process name inside the file
        std::string path;
    };

    explicit TemplateCatalog(std::string folder);

    /// Every template found, sorted by name then language. Unreadable files are skipped.
    std::vector<Entry> entries() const;
    /// One line per template name, in the order of `entries`, titled in `language` where the
    /// template has that language (else in the first it has): what a dialog's list shows.
    struct Titled {
        std::string name;
        std::string title;
    };
    static std::vector<Titled> titled(const std::vector<Entry>& entries, const std::string& language);

    /// The path of a template in a language; throws std::runtime_error naming what is missing.
    std::string path(const std::string& name, const std::string& language) const;

private:
    std::string m_folder;
};

} // namespace salesprocess
