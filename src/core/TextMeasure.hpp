#pragma once
#include "Drawing.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// Measures text for the layout. The office adapter answers with real font metrics; the unit
/// tests use ApproximateTextMeasure.
class TextMeasure {
public:
    virtual ~TextMeasure() = default;
    /// Width of one line of text, in 1/100 mm.
    virtual long lineWidth(const std::string& utf8, const Font& font) const = 0;
    /// Line height, in 1/100 mm.
    virtual long lineHeight(const Font& font) const = 0;

    /// Breaks text into lines no wider than maxWidth (at spaces; a word longer than the width is
    /// cut). Explicit line breaks are kept.
    std::vector<std::string> wrap(const std::string& utf8, const Font& font, long maxWidth) const;
    /// Size of the wrapped text block.
    Size measure(const std::string& utf8, const Font& font, long maxWidth) const;
};

/// Average character widths of a sans-serif font: good enough for tests and for a first guess.
class ApproximateTextMeasure : public TextMeasure {
public:
    long lineWidth(const std::string& utf8, const Font& font) const override;
    long lineHeight(const Font& font) const override;
};

} // namespace salesprocess
