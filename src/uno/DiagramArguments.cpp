#include "DiagramArguments.hpp"

#include "CommandError.hpp"
#include "DiagramRecord.hpp"
#include "OfficeLanguage.hpp"
#include "core/Text.hpp"

#include <algorithm>
#include <cctype>

namespace salesprocess::extension {

namespace {
[[noreturn]] void refuse(const std::string& ui, const std::string& name, const std::string& value, const char* allowed)
{
    throw CommandError(Text::say(ui, "{0} must be {1}, not {2}.", "{0} moet {1} zijn, niet {2}.",
                                 {name, allowed, Text::quote(value)}));
}

bool isBoolean(const std::string& text)
{
    std::string t = text;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return t == "true" || t == "false" || t == "yes" || t == "no" || t == "1" || t == "0" || t == "ja" || t == "nee";
}
} // namespace

SwimlaneOptions DiagramArguments::swimlane(const Arguments& arguments, const std::string& ui, SwimlaneOptions options)
{
    if (auto given = arguments.text("Orientation")) {
        const auto parsed = DiagramRecord::parseOrientation(*given);
        if (!parsed)
            refuse(ui, "Orientation", *given, "horizontal / vertical");
        options.orientation = *parsed;
    }
    if (auto given = arguments.text("Paper")) {
        const auto parsed = DiagramRecord::parsePaper(*given);
        if (!parsed)
            refuse(ui, "Paper", *given, "A4 / A3");
        options.paper = *parsed;
    }
    if (auto given = arguments.text("Landscape")) {
        if (!isBoolean(*given))
            refuse(ui, "Landscape", *given, "true / false");
        options.landscape = arguments.flag("Landscape", true) || *given == "ja";
    }
    if (auto given = arguments.text("Segments")) {
        const auto parsed = DiagramRecord::parseSegments(*given);
        if (!parsed)
            refuse(ui, "Segments", *given, "prospect / customer / both");
        options.segments = *parsed;
    }
    return options;
}

DiagramArguments::Target DiagramArguments::target(const Arguments& arguments, const std::string& ui, Target fallback)
{
    const auto given = arguments.text("Target");
    if (!given)
        return fallback;
    if (*given == "newpage")
        return Target::NewPage;
    if (*given == "newdocument")
        return Target::NewDocument;
    refuse(ui, "Target", *given, "newpage / newdocument");
}

ChecklistOptions DiagramArguments::checklists(const Arguments& arguments, const std::string& ui)
{
    ChecklistOptions options;
    if (auto given = arguments.text("Paper")) {
        if (*given == "A5" || *given == "a5")
            options.paper = ChecklistPaper::A5;
        else if (*given == "A4" || *given == "a4")
            options.paper = ChecklistPaper::A4;
        else
            refuse(ui, "Paper", *given, "A4 / A5");
    }
    if (auto given = arguments.text("People")) {
        if (!isBoolean(*given))
            refuse(ui, "People", *given, "true / false");
        options.perPerson = arguments.flag("People", true) || *given == "ja";
    }
    return options;
}

std::string DiagramArguments::language(const Arguments& arguments, const std::string& ui, const std::string& fallback)
{
    const auto given = arguments.text("Language");
    if (!given)
        return fallback;
    const std::string language = OfficeLanguage::normalise(*given);
    if (language.empty())
        refuse(ui, "Language", *given, "nl / en");
    return language;
}

} // namespace salesprocess::extension
