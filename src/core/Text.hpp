#pragma once
#include <initializer_list>
#include <string>

namespace salesprocess {

/// Sentences for the user in the process language, with {0}, {1}... filled in.
class Text {
public:
    /// Picks the Dutch text for "nl", else the English one, and fills in the arguments.
    static std::string say(const std::string& language, const char* english, const char* dutch,
                           std::initializer_list<std::string> args = {});
    /// Fills {0}, {1}... in a pattern.
    static std::string fill(const std::string& pattern, std::initializer_list<std::string> args);
    /// A name in quotes, as messages show it: "Offerte opstellen".
    static std::string quote(const std::string& name);
};

} // namespace salesprocess
