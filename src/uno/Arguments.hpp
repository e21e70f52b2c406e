#pragma once
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace salesprocess::extension {

/// The named arguments of a command: dispatch PropertyValues or the Generator's NamedValues.
/// Every decision a dialog would ask for can be given here.
class Arguments {
public:
    Arguments() = default;
    explicit Arguments(const css::uno::Sequence<css::beans::PropertyValue>& values);
    explicit Arguments(const css::uno::Sequence<css::beans::NamedValue>& values);

    void set(const std::string& name, const std::string& value);
    bool has(const std::string& name) const;
    /// A string argument (numbers and booleans are given as text); nullopt when absent or empty.
    std::optional<std::string> text(const std::string& name) const;
    /// A boolean argument: true, "true", "yes", "1"; fallback when absent.
    bool flag(const std::string& name, bool fallback) const;
    /// True when none of the given names is present (the office adds arguments of its own,
    /// such as KeyModifier from a menu click).
    bool noneOf(std::initializer_list<const char*> names) const;
    std::vector<std::string> names() const;

private:
    std::vector<std::pair<std::string, css::uno::Any>> m_values;
};

} // namespace salesprocess::extension
