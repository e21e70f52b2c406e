#pragma once
#include <string>
#include <vector>

namespace salesprocess::test {

/// Problems or findings one per line, for a failure message.
inline std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

} // namespace salesprocess::test
