#pragma once
#include <rtl/ustring.hxx>

#include <string>

namespace salesprocess {

/// UTF-8 std::string (the core's text) to the office's UTF-16 string.
inline rtl::OUString toOUString(const std::string& text)
{
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

/// The office's UTF-16 string to UTF-8.
inline std::string toStdString(const rtl::OUString& text)
{
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

} // namespace salesprocess
