#pragma once
#include <sys/types.h>

#include <filesystem>

namespace salesprocess {

/// How to reach an office started by another program (the test fixture writes it, the tests
/// and the fixture's stop step read it): a small "key=value" file.
struct SessionDetails {
    int port = 0;                      ///< the office accepts on 127.0.0.1:port
    pid_t pid = -1;                    ///< the launcher, leader of the office's process group
    uid_t uid = 0;                     ///< the account the office runs under
    gid_t gid = 0;
    std::filesystem::path workFolder; ///< profile/, home/, tmp/ and client.ini

    std::filesystem::path profile() const { return workFolder / "profile"; }
    /// The bootstrap ini of a client (types of the office and of the installed extension).
    std::filesystem::path clientIni() const { return workFolder / "client.ini"; }

    /// Writes atomically. Throws OfficeError.
    void save(const std::filesystem::path& file) const;
    /// Throws OfficeError when the file is missing or incomplete.
    static SessionDetails load(const std::filesystem::path& file);
};

} // namespace salesprocess
