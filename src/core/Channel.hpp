#pragma once
#include <optional>
#include <string>

namespace salesprocess {

/// A way customers and prospects reach the company: phone, e-mail, web form, chat...
struct Channel {
    std::string id;
    std::string name;
    bool inbound = true;
    std::optional<int> contactsPerWeek;
};

} // namespace salesprocess
