#pragma once
#include <rtl/ustring.hxx>

#include <string>

namespace salesprocess::extension {

/// The core speaks UTF-8 std::string, the office rtl::OUString: the two conversions, and
/// file URLs <-> system paths.
rtl::OUString toOUString(const std::string& utf8);
std::string toUtf8(const rtl::OUString& text);

/// "file:///tmp/x.json" -> "/tmp/x.json"; a system path is returned as it is.
std::string toSystemPath(const rtl::OUString& urlOrPath);
/// "/tmp/x.json" -> "file:///tmp/x.json"; a URL ("file:", "private:", ...) is returned as it is.
rtl::OUString toFileUrl(const std::string& pathOrUrl);

} // namespace salesprocess::extension
