#include "Text.hpp"

#include <vector>

namespace salesprocess {

std::string Text::say(const std::string& language, const char* english, const char* dutch,
                      std::initializer_list<std::string> args)
{
    return fill(language == "nl" ? dutch : english, args);
}

std::string Text::fill(const std::string& pattern, std::initializer_list<std::string> args)
{
    const std::vector<std::string> values(args);
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < values.size())
                out += values[index];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string Text::quote(const std::string& name)
{
    // Line breaks inside a step name would break a one-line message.
    std::string flat;
    for (char c : name)
        flat += (c == '\n' || c == '\r') ? ' ' : c;
    return "\"" + flat + "\"";
}

} // namespace salesprocess
