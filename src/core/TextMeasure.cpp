#include "TextMeasure.hpp"

#include <cmath>

namespace salesprocess {

namespace {

std::size_t utf8Length(const std::string& text)
{
    std::size_t count = 0;
    for (char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

/// Cuts a word that is wider than the line, at code point boundaries.
std::vector<std::string> cutWord(const std::string& word, const TextMeasure& measure, const Font& font, long maxWidth)
{
    std::vector<std::string> pieces;
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t n = 1;
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0xF0)
            n = 4;
        else if (c >= 0xE0)
            n = 3;
        else if (c >= 0xC0)
            n = 2;
        const std::string next = word.substr(i, n);
        if (!piece.empty() && measure.lineWidth(piece + next, font) > maxWidth) {
            pieces.push_back(piece);
            piece.clear();
        }
        piece += next;
        i += n;
    }
    if (!piece.empty())
        pieces.push_back(piece);
    return pieces;
}

} // namespace

std::vector<std::string> TextMeasure::wrap(const std::string& text, const Font& font, long maxWidth) const
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string paragraph = text.substr(start, end - start);
        std::string line;
        std::size_t pos = 0;
        while (pos < paragraph.size()) {
            // The spaces before a word stay as they are within a line ("a  ·  b" is printed with
            // both spaces); a line that breaks there drops them.
            const std::size_t wordStart = paragraph.find_first_not_of(' ', pos);
            if (wordStart == std::string::npos)
                break;
            const std::string gap = paragraph.substr(pos, wordStart - pos);
            const std::size_t space = std::min(paragraph.find(' ', wordStart), paragraph.size());
            const std::string word = paragraph.substr(wordStart, space - wordStart);
            pos = space;
            const std::string candidate = line.empty() ? word : line + (gap.empty() ? " " : gap) + word;
            if (lineWidth(candidate, font) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.empty())
                lines.push_back(line);
            line.clear();
            if (lineWidth(word, font) <= maxWidth) {
                line = word;
            } else {
                auto pieces = cutWord(word, *this, font, maxWidth);
                line = pieces.back();
                pieces.pop_back();
                lines.insert(lines.end(), pieces.begin(), pieces.end());
            }
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

Size TextMeasure::measure(const std::string& text, const Font& font, long maxWidth) const
{
    const auto lines = wrap(text, font, maxWidth);
    long width = 0;
    for (const std::string& line : lines)
        width = std::max(width, lineWidth(line, font));
    return Size{width, lineHeight(font) * static_cast<long>(lines.size())};
}

long ApproximateTextMeasure::lineWidth(const std::string& text, const Font& font) const
{
    // Liberation Sans averages about 0.53 em per character of mixed text (bold about 0.58);
    // 1 pt = 35.28 / 100 mm.
    const double em = font.points * 35.28;
    return std::lround(static_cast<double>(utf8Length(text)) * em * (font.bold ? 0.58 : 0.53));
}

long ApproximateTextMeasure::lineHeight(const Font& font) const { return std::lround(font.points * 35.28 * 1.2); }

} // namespace salesprocess
