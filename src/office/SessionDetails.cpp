#include "office/SessionDetails.hpp"

#include "office/OfficeError.hpp"

#include <fstream>
#include <map>
#include <string>

namespace salesprocess {

void SessionDetails::save(const std::filesystem::path& file) const
{
    const std::filesystem::path partial = file.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::trunc);
        out << "port=" << port << '\n'
            << "pid=" << pid << '\n'
            << "uid=" << uid << '\n'
            << "gid=" << gid << '\n'
            << "workFolder=" << workFolder.string() << '\n';
        if (!out.flush())
            throw OfficeError("cannot write " + partial.string());
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error)
        throw OfficeError("cannot write " + file.string() + ": " + error.message());
}

SessionDetails SessionDetails::load(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        throw OfficeError("no office details in " + file.string()
                          + " (did the office_start fixture run?)");
    std::map<std::string, std::string> values;
    for (std::string line; std::getline(in, line);) {
        const std::size_t equals = line.find('=');
        if (equals != std::string::npos)
            values[line.substr(0, equals)] = line.substr(equals + 1);
    }
    for (const char* key : {"port", "pid", "uid", "gid", "workFolder"})
        if (values[key].empty())
            throw OfficeError(file.string() + " lacks " + key);
    SessionDetails details;
    try {
        details.port = std::stoi(values["port"]);
        details.pid = static_cast<pid_t>(std::stol(values["pid"]));
        details.uid = static_cast<uid_t>(std::stoul(values["uid"]));
        details.gid = static_cast<gid_t>(std::stoul(values["gid"]));
    } catch (const std::exception&) {
        throw OfficeError(file.string() + " holds a number that is not one");
    }
    details.workFolder = values["workFolder"];
    return details;
}

} // namespace salesprocess
