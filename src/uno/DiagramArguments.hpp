#pragma once
#include "Arguments.hpp"
#include "core/ChecklistOptions.hpp"
#include "core/SwimlaneOptions.hpp"

#include <string>

namespace salesprocess::extension {

/// The drawing commands' choices as dispatch arguments (what a dialog would ask), checked.
/// A bad value is a CommandError that names the argument and the values it takes.
class DiagramArguments {
public:
    /// Orientation (horizontal|vertical), Paper (A4|A3), Landscape (true|false),
    /// Segments (prospect|customer|both) over the given defaults.
    static SwimlaneOptions swimlane(const Arguments& arguments, const std::string& ui,
                                    SwimlaneOptions defaults = SwimlaneOptions{});

    enum class Target { NewPage, NewDocument };
    /// Target (newpage|newdocument).
    static Target target(const Arguments& arguments, const std::string& ui, Target fallback);

    /// Paper (A4|A5) and People (true|false: a document per person too).
    static ChecklistOptions checklists(const Arguments& arguments, const std::string& ui);

    /// Language (nl|en), or the fallback.
    static std::string language(const Arguments& arguments, const std::string& ui, const std::string& fallback);
};

} // namespace salesprocess::extension
