#include "Finding.hpp"

namespace salesprocess {

const char* toString(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "warning";
}

std::string Location::toPath() const
{
    if (!cell.empty())
        return cell;
    std::string path = table;
    if (index >= 0)
        path += "[" + std::to_string(index) + "]";
    if (!field.empty())
        path += (path.empty() ? "" : ".") + field;
    return path;
}

std::string Finding::toString() const
{
    std::string path = where.toPath();
    return path.empty() ? message : path + ": " + message;
}

} // namespace salesprocess
