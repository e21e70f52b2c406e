#pragma once
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace salesprocess {

/// The account the office runs under. unopkg refuses to run as root, so a root caller hands the
/// office to an unprivileged account (nobody:nogroup) through setpriv; anyone else runs it as
/// themselves.
class OfficeUser {
public:
    /// nobody:nogroup when this process runs as root, else the caller.
    static OfficeUser forThisProcess();
    /// The account recorded for an office another program started.
    static OfficeUser withIds(uid_t uid, gid_t gid);

    /// True when the office runs as another account than this process.
    bool isSwitched() const { return m_switched; }
    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }
    const std::string& name() const { return m_name; }

    /// The command line that runs `command` as this account (setpriv in front when switched).
    std::vector<std::string> commandLine(const std::vector<std::string>& command) const;
    /// Gives a file, or a folder and everything in it, to this account (nothing to do when not
    /// switched).
    void takeOwnership(const std::filesystem::path& folder) const;
    /// Throws OfficeError when this account cannot reach `folder` (a parent it may not enter).
    void checkCanReach(const std::filesystem::path& folder) const;

private:
    OfficeUser(uid_t uid, gid_t gid, bool switched);

    uid_t m_uid;
    gid_t m_gid;
    bool m_switched;
    std::string m_name;
};

} // namespace salesprocess
