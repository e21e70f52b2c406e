#pragma once
#include <stdexcept>
#include <string>

namespace salesprocess::extension {

/// A failure the user can act on; what() is the sentence shown or returned as the result.
class CommandError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace salesprocess::extension
