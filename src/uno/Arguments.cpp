#include "Arguments.hpp"

#include "Strings.hpp"

#include <algorithm>

namespace salesprocess::extension {

Arguments::Arguments(const css::uno::Sequence<css::beans::PropertyValue>& values)
{
    for (const css::beans::PropertyValue& value : values)
        m_values.emplace_back(toUtf8(value.Name), value.Value);
}

Arguments::Arguments(const css::uno::Sequence<css::beans::NamedValue>& values)
{
    for (const css::beans::NamedValue& value : values)
        m_values.emplace_back(toUtf8(value.Name), value.Value);
}

void Arguments::set(const std::string& name, const std::string& value)
{
    const css::uno::Any any(toOUString(value));
    for (auto& entry : m_values) {
        if (entry.first == name) {
            entry.second = any;
            return;
        }
    }
    m_values.emplace_back(name, any);
}

bool Arguments::has(const std::string& name) const
{
    return std::any_of(m_values.begin(), m_values.end(),
                       [&](const auto& entry) { return entry.first == name; });
}

std::optional<std::string> Arguments::text(const std::string& name) const
{
    for (const auto& [key, value] : m_values) {
        if (key != name)
            continue;
        rtl::OUString string;
        bool boolean = false;
        sal_Int64 whole = 0;
        double number = 0;
        std::string result;
        if (value >>= string)
            result = toUtf8(string);
        else if (value >>= boolean)
            result = boolean ? "true" : "false";
        else if (value >>= whole)
            result = std::to_string(whole);
        else if (value >>= number)
            result = std::to_string(number);
        if (result.empty())
            return std::nullopt;
        return result;
    }
    return std::nullopt;
}

bool Arguments::flag(const std::string& name, bool fallback) const
{
    const std::optional<std::string> value = text(name);
    if (!value)
        return fallback;
    return *value == "true" || *value == "yes" || *value == "1" || *value == "TRUE";
}

bool Arguments::noneOf(std::initializer_list<const char*> names) const
{
    return std::none_of(names.begin(), names.end(), [&](const char* name) { return has(name); });
}

std::vector<std::string> Arguments::names() const
{
    std::vector<std::string> result;
    for (const auto& entry : m_values)
        result.push_back(entry.first);
    return result;
}

} // namespace salesprocess::extension
