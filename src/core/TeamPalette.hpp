#pragma once
#include "Process.hpp"

#include <string>

namespace salesprocess {

/// Team colours: Paul Tol's colour-blind-safe "light" scheme as fills, with a darker border and
/// dark text for each, so that a print in grey stays readable. Beyond the scheme, tints of it.
class TeamPalette {
public:
    /// Number of base colours before tints are used.
    static std::size_t baseSize();
    /// Fill for the n-th team (0-based): base colours, then lighter and darker tints of them.
    static std::string fill(std::size_t index);
    /// The team's own colour when set ("#rrggbb"), else its palette fill by position.
    static std::string fillOf(const Process& process, const std::string& teamId);
    /// A darker shade of a fill, for borders.
    static std::string border(const std::string& fill);
    /// The text colour on a fill: dark grey, or white on a dark fill.
    static std::string text(const std::string& fill);
    /// True for "#rrggbb".
    static bool isColour(const std::string& text);
};

} // namespace salesprocess
