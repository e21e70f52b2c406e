#pragma once
#include <string>
#include <vector>

namespace salesprocess::test {

inline std::string templatesDir() { return SALESPROCESS_TEMPLATES_DIR; }

inline const std::vector<std::string>& templateNames()
{
    static const std::vector<std::string> names = {"b2b-field-sales", "inside-sales", "webshop"};
    return names;
}

inline std::string templatePath(const std::string& name, const std::string& language)
{
    return templatesDir() + "/" + name + "." + language + ".json";
}

} // namespace salesprocess::test
