#pragma once
#include "office/OfficeUser.hpp"

#include <filesystem>
#include <string>

namespace salesprocess {

/// A throw-away folder for one office: its profile, its HOME and its TMPDIR (soffice leaves
/// lu*.tmp folders behind), owned by the office's account. Removed on destruction unless kept.
class WorkFolder {
public:
    static constexpr const char* namePrefix = "salesprocess-office-";

    /// Creates <temporary folder>/salesprocess-office-XXXXXX for `user`.
    explicit WorkFolder(const OfficeUser& user);
    /// Takes over the folder of an office another program started, to remove it later.
    /// Refuses a path that is not one of ours (it is about to be deleted recursively).
    static WorkFolder adopt(const std::filesystem::path& root);

    WorkFolder(WorkFolder&& other) noexcept;
    WorkFolder& operator=(WorkFolder&&) = delete;
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;
    ~WorkFolder();

    /// Leave the folder in place on destruction (a detached office still uses it).
    void keep() { m_keep = true; }
    /// Removes the folder now (idempotent).
    void remove() noexcept;

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path profile() const { return m_root / "profile"; }
    std::filesystem::path home() const { return m_root / "home"; }
    std::filesystem::path tmp() const { return m_root / "tmp"; }
    /// The profile as the file URL soffice and unopkg take in -env:UserInstallation.
    std::string profileUrl() const;

private:
    explicit WorkFolder(std::filesystem::path root);

    std::filesystem::path m_root;
    bool m_keep = false;
};

} // namespace salesprocess
