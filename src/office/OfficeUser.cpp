#include "office/OfficeUser.hpp"

#include "office/OfficeError.hpp"

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace salesprocess {

namespace {

constexpr uid_t fallbackNobody = 65534;

std::string accountName(uid_t uid)
{
    if (const passwd* entry = getpwuid(uid))
        return entry->pw_name;
    return std::to_string(uid);
}

void changeOwner(const std::filesystem::path& path, uid_t uid, gid_t gid)
{
    if (lchown(path.c_str(), uid, gid) != 0)
        throw OfficeError("cannot hand " + path.string() + " to the office account: "
                          + std::strerror(errno));
}

} // namespace

OfficeUser::OfficeUser(uid_t uid, gid_t gid, bool switched)
    : m_uid(uid), m_gid(gid), m_switched(switched), m_name(accountName(uid))
{
}

OfficeUser OfficeUser::forThisProcess()
{
    if (geteuid() != 0)
        return OfficeUser(geteuid(), getegid(), false);
    const passwd* nobody = getpwnam("nobody");
    const group* nogroup = getgrnam("nogroup");
    return OfficeUser(nobody ? nobody->pw_uid : fallbackNobody,
                      nogroup ? nogroup->gr_gid : fallbackNobody, true);
}

OfficeUser OfficeUser::withIds(uid_t uid, gid_t gid)
{
    return OfficeUser(uid, gid, uid != geteuid());
}

std::vector<std::string> OfficeUser::commandLine(const std::vector<std::string>& command) const
{
    if (!m_switched)
        return command;
    std::vector<std::string> line{"setpriv",
                                  "--reuid=" + std::to_string(m_uid),
                                  "--regid=" + std::to_string(m_gid),
                                  "--clear-groups", "--"};
    line.insert(line.end(), command.begin(), command.end());
    return line;
}

void OfficeUser::takeOwnership(const std::filesystem::path& folder) const
{
    if (!m_switched)
        return;
    changeOwner(folder, m_uid, m_gid);
    if (!std::filesystem::is_directory(folder))
        return;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        changeOwner(entry.path(), m_uid, m_gid);
}

void OfficeUser::checkCanReach(const std::filesystem::path& folder) const
{
    if (!m_switched)
        return;
    for (std::filesystem::path part = folder.parent_path(); !part.empty();
         part = part.parent_path()) {
        struct stat info {};
        if (stat(part.c_str(), &info) != 0)
            throw OfficeError("cannot inspect " + part.string() + ": " + std::strerror(errno));
        const bool mayEnter = info.st_uid == m_uid ? (info.st_mode & S_IXUSR) != 0
                              : info.st_gid == m_gid ? (info.st_mode & S_IXGRP) != 0
                                                     : (info.st_mode & S_IXOTH) != 0;
        if (!mayEnter)
            throw OfficeError("the office runs as " + m_name + ", who may not enter "
                              + part.string() + "; set TMPDIR to a folder it can reach, such as /tmp");
        if (part == part.root_path())
            break;
    }
}

} // namespace salesprocess
