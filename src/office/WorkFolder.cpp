#include "office/WorkFolder.hpp"

#include "office/OfficeError.hpp"
#include "office/UnoStrings.hpp"

#include <osl/file.hxx>

#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <system_error>

namespace salesprocess {

WorkFolder::WorkFolder(std::filesystem::path root) : m_root(std::move(root)) {}

WorkFolder::WorkFolder(const OfficeUser& user)
{
    std::string pattern =
        (std::filesystem::temp_directory_path() / (std::string(namePrefix) + "XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr)
        throw OfficeError("cannot create a work folder " + pattern + ": " + std::strerror(errno));
    m_root = pattern;
    try {
        std::filesystem::create_directory(profile());
        std::filesystem::create_directory(home());
        std::filesystem::create_directory(tmp());
        user.checkCanReach(m_root);
        user.takeOwnership(m_root);
    } catch (...) {
        remove();
        throw;
    }
}

WorkFolder WorkFolder::adopt(const std::filesystem::path& root)
{
    const std::string name = root.filename().string();
    if (!root.is_absolute() || name.rfind(namePrefix, 0) != 0)
        throw OfficeError("not an office work folder: " + root.string());
    return WorkFolder(root);
}

WorkFolder::WorkFolder(WorkFolder&& other) noexcept
    : m_root(std::move(other.m_root)), m_keep(other.m_keep)
{
    other.m_root.clear();
}

WorkFolder::~WorkFolder()
{
    if (!m_keep)
        remove();
}

void WorkFolder::remove() noexcept
{
    if (m_root.empty())
        return;
    std::error_code ignored;
    std::filesystem::remove_all(m_root, ignored);
    m_root.clear();
}

std::string WorkFolder::profileUrl() const
{
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOUString(profile().string()), url)
        != osl::FileBase::E_None)
        throw OfficeError("cannot express " + profile().string() + " as a file URL");
    return toStdString(url);
}

} // namespace salesprocess
