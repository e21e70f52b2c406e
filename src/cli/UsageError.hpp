#pragma once
#include <stdexcept>

namespace salesprocess {

/// The command line was not understood (exit code 2; the usage goes to stderr).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace salesprocess
