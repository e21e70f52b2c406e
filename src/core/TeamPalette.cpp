#include "TeamPalette.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace salesprocess {

namespace {

const char* const base[] = {"#99DDFF", "#EEDD88", "#44BB99", "#FFAABB", "#BBCC33", "#EE8866", "#DDDDDD", "#77AADD"};

struct Rgb {
    int r, g, b;
};

Rgb parse(const std::string& hex)
{
    auto channel = [&](std::size_t at) { return static_cast<int>(std::stoul(hex.substr(at, 2), nullptr, 16)); };
    return Rgb{channel(1), channel(3), channel(5)};
}

std::string format(Rgb c)
{
    char out[16];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", std::clamp(c.r, 0, 255), std::clamp(c.g, 0, 255),
                  std::clamp(c.b, 0, 255));
    return out;
}

/// Mixes a colour with white (amount > 0) or black (amount < 0).
Rgb mix(Rgb c, double amount)
{
    auto channel = [&](int v) {
        return amount >= 0 ? static_cast<int>(v + (255 - v) * amount) : static_cast<int>(v * (1.0 + amount));
    };
    return Rgb{channel(c.r), channel(c.g), channel(c.b)};
}

} // namespace

std::size_t TeamPalette::baseSize() { return std::size(base); }

std::string TeamPalette::fill(std::size_t index)
{
    const std::size_t n = baseSize();
    const Rgb colour = parse(base[index % n]);
    switch ((index / n) % 3) {
    case 0: return base[index % n];
    case 1: return format(mix(colour, 0.45));  // lighter tint
    default: return format(mix(colour, -0.18)); // deeper shade, still light enough for dark text
    }
}

std::string TeamPalette::fillOf(const Process& process, const std::string& teamId)
{
    for (std::size_t i = 0; i < process.teams.size(); ++i)
        if (process.teams[i].id == teamId)
            return isColour(process.teams[i].colour) ? process.teams[i].colour : fill(i);
    return "#EEEEEE";
}

std::string TeamPalette::border(const std::string& fillColour)
{
    return isColour(fillColour) ? format(mix(parse(fillColour), -0.45)) : "#666666";
}

std::string TeamPalette::text(const std::string& fillColour)
{
    if (!isColour(fillColour))
        return "#222222";
    const Rgb c = parse(fillColour);
    const double luminance = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    return luminance < 110 ? "#FFFFFF" : "#222222";
}

bool TeamPalette::isColour(const std::string& text)
{
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

} // namespace salesprocess
