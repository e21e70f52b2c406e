#pragma once
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <string>

namespace salesprocess::extension {

/// A stable fingerprint of what a sheet contains (formulas and values of its used area),
/// kept in a document property so that a regeneration can tell whether the user edited it.
class ContentHash {
public:
    /// 16 hex digits (FNV-1a, 64 bit): the same text gives the same hash in every build.
    static std::string of(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
};

} // namespace salesprocess::extension
