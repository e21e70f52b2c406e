#pragma once
#include "core/Finding.hpp"
#include "core/Process.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace salesprocess {

/// A file that cannot be read at all (syntax, structure, size, nesting, encoding).
/// what() names the file and, where known, the line: "b2b.json:41: expected ','".
class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What loading gives: the process as far as it could be read, and what was wrong with it
/// (unknown kinds, missing fields, duplicate ids...), each located.
struct LoadResult {
    Process process;
    std::vector<Finding> findings;
};

} // namespace salesprocess
