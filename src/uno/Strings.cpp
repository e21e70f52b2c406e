#include "Strings.hpp"

#include <osl/file.hxx>
#include <rtl/string.hxx>

namespace salesprocess::extension {

rtl::OUString toOUString(const std::string& utf8)
{
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string toUtf8(const rtl::OUString& text)
{
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

std::string toSystemPath(const rtl::OUString& urlOrPath)
{
    if (!urlOrPath.startsWith("file:"))
        return toUtf8(urlOrPath);
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(urlOrPath, path) != osl::FileBase::E_None)
        return toUtf8(urlOrPath);
    return toUtf8(path);
}

rtl::OUString toFileUrl(const std::string& pathOrUrl)
{
    const rtl::OUString text = toOUString(pathOrUrl);
    if (text.indexOf(':') > 1) // a URL scheme (a Windows drive letter has the colon at 1)
        return text;
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(text, url) != osl::FileBase::E_None)
        return text;
    return url;
}

} // namespace salesprocess::extension
