#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace salesprocess {

/// Groups of step names that are the same (exact) or clearly similar (near).
/// Runs in about linear time (hashing keys, never comparing all pairs).
class DuplicateFinder {
public:
    struct Group {
        std::vector<std::size_t> members; ///< indices into the names, ascending
        bool exact = true; ///< false: near-duplicates (members differ in their exact key)
    };

    /// Exact groups: members share StepName::exactKey. Near groups: members share
    /// StepName::similarityKey but not all one exact key; a near group lists every member
    /// of that similarity key. Empty names are ignored. Groups come ordered by first member.
    static std::vector<Group> find(const std::vector<std::string>& names);
};

} // namespace salesprocess
