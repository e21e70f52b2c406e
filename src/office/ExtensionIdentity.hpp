#pragma once

namespace salesprocess {

/// The identifier in the extension's description.xml (extension/description.xml.in): what
/// `unopkg list` must show once the .oxt is installed.
inline constexpr const char* extensionIdentifier = "org.salesprocess.extension";

} // namespace salesprocess
