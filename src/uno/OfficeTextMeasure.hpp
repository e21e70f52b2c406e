#pragma once
#include "core/TextMeasure.hpp"

#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <unordered_map>

namespace salesprocess::extension {

/// The core layouts' TextMeasure answered with the office's own font metrics (awt Toolkit ->
/// screen compatible device -> XFont), in the design font DrawStyles::fontName.
///
/// Asking the office for every candidate line would cost a call per wrap attempt (tens of
/// thousands for a large diagram), so each character's advance is asked once, at a large size
/// where rounding does not matter, and a line's width is the sum of its characters' advances.
/// Kerning only ever makes a line narrower than that sum, so what fits here fits on the page.
class OfficeTextMeasure : public TextMeasure {
public:
    explicit OfficeTextMeasure(const css::uno::Reference<css::uno::XComponentContext>& context);

    long lineWidth(const std::string& utf8, const Font& font) const override;
    long lineHeight(const Font& font) const override;

    /// False when the office had no font to measure with: the answers then come from the
    /// approximation the unit tests use (a layout is still produced, only less tight).
    bool usesOfficeFont() const { return m_regular.is() && m_bold.is(); }

private:
    /// Advance of one code point at the reference size, in 1/100 mm at 1 pt.
    double advance(char32_t codePoint, bool bold) const;

    css::uno::Reference<css::awt::XFont> m_regular;
    css::uno::Reference<css::awt::XFont> m_bold;
    double m_unitsPerPixel = 0; ///< 1/100 mm per device pixel, divided by the reference size
    double m_lineHeight = 0;    ///< 1/100 mm per point of font size
    mutable std::unordered_map<char32_t, double> m_regularAdvances;
    mutable std::unordered_map<char32_t, double> m_boldAdvances;
    ApproximateTextMeasure m_fallback;
};

} // namespace salesprocess::extension
