#include "OfficeTextMeasure.hpp"

#include "DrawStyles.hpp"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/SimpleFontMetric.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>

#include <cmath>

namespace salesprocess::extension {

namespace {
/// The font is asked at this height (device pixels): widths then carry no rounding to speak of.
constexpr double referencePixels = 2000.0;
/// How much wider than measured a line is taken to be.
constexpr double slack = 0.03;
/// 1 pt in 1/100 mm.
constexpr double hundredthsPerPoint = 2540.0 / 72.0;

/// The next code point of UTF-8 text; malformed bytes count as one character each.
char32_t nextCodePoint(const std::string& text, std::size_t& i)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char first = byte(i);
    std::size_t length = 1;
    char32_t value = first;
    if (first >= 0xF0) {
        length = 4;
        value = first & 0x07u;
    } else if (first >= 0xE0) {
        length = 3;
        value = first & 0x0Fu;
    } else if (first >= 0xC0) {
        length = 2;
        value = first & 0x1Fu;
    }
    if (i + length > text.size()) {
        ++i;
        return first;
    }
    for (std::size_t k = 1; k < length; ++k)
        value = (value << 6) | (byte(i + k) & 0x3Fu);
    i += length;
    return value;
}

css::uno::Reference<css::awt::XFont> fontOf(const css::uno::Reference<css::awt::XDevice>& device, bool bold)
{
    css::awt::FontDescriptor descriptor;
    descriptor.Name = rtl::OUString::createFromAscii(DrawStyles::fontName);
    descriptor.Height = static_cast<sal_Int16>(referencePixels);
    descriptor.Weight = bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
    return device->getFont(descriptor);
}
} // namespace

OfficeTextMeasure::OfficeTextMeasure(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    try {
        css::uno::Reference<css::awt::XToolkit2> toolkit = css::awt::Toolkit::create(context);
        const css::uno::Reference<css::awt::XDevice> device = toolkit->createScreenCompatibleDevice(16, 16);
        if (!device.is())
            return;
        m_regular = fontOf(device, false);
        m_bold = fontOf(device, true);
        if (!m_regular.is() || !m_bold.is())
            return;
        // The office's text layout puts lines ascent + descent apart.
        const css::awt::SimpleFontMetric metric = m_regular->getFontMetric();
        m_lineHeight = (metric.Ascent + metric.Descent) / referencePixels * hundredthsPerPoint;
        m_unitsPerPixel = hundredthsPerPoint / referencePixels;
        if (m_lineHeight <= 0) {
            m_regular.clear();
            m_bold.clear();
        }
    } catch (const css::uno::Exception&) {
        m_regular.clear(); // no toolkit (a stripped office): the approximation answers
        m_bold.clear();
    }
}

double OfficeTextMeasure::advance(char32_t codePoint, bool bold) const
{
    auto& cache = bold ? m_boldAdvances : m_regularAdvances;
    const auto known = cache.find(codePoint);
    if (known != cache.end())
        return known->second;
    double width = 0;
    if (codePoint >= 0x20) {
        sal_Unicode units[2];
        sal_Int32 count = 1;
        if (codePoint >= 0x10000) {
            units[0] = static_cast<sal_Unicode>(0xD800 + ((codePoint - 0x10000) >> 10));
            units[1] = static_cast<sal_Unicode>(0xDC00 + ((codePoint - 0x10000) & 0x3FF));
            count = 2;
        } else {
            units[0] = static_cast<sal_Unicode>(codePoint);
        }
        try {
            width = (bold ? m_bold : m_regular)->getStringWidth(rtl::OUString(units, count)) * m_unitsPerPixel;
        } catch (const css::uno::RuntimeException&) {
            width = 0.6 * hundredthsPerPoint; // an em's worth of caution
        }
    }
    cache.emplace(codePoint, width);
    return width;
}

long OfficeTextMeasure::lineWidth(const std::string& utf8, const Font& font) const
{
    if (!usesOfficeFont())
        return m_fallback.lineWidth(utf8, font);
    double sum = 0;
    for (std::size_t i = 0; i < utf8.size();)
        sum += advance(nextCodePoint(utf8, i), font.bold);
    // The office lays text out on a grid of its own and breaks a line that fits to the last
    // hundredth of a millimetre; a little room keeps every line the layout measured on one line.
    return static_cast<long>(std::ceil(sum * font.points * (1.0 + slack))) + 5;
}

long OfficeTextMeasure::lineHeight(const Font& font) const
{
    if (!usesOfficeFont())
        return m_fallback.lineHeight(font);
    return static_cast<long>(std::ceil(m_lineHeight * font.points));
}

} // namespace salesprocess::extension
