#pragma once
#include <stdexcept>

namespace salesprocess {

/// The office could not be installed into, started, reached or stopped (exit code 4 of the
/// command line). what() says which step failed and, where there is one, what soffice logged.
class OfficeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace salesprocess
