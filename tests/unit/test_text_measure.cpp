#include "core/TextMeasure.hpp"

#include <catch2/catch.hpp>

using namespace salesprocess;

TEST_CASE("text wraps at spaces within the width", "[text]")
{
    const ApproximateTextMeasure measure;
    const Font font{10.0, false};
    const long width = measure.lineWidth("Offerte opstellen", font);
    const auto lines = measure.wrap("Offerte opstellen en versturen naar de klant", font, width);
    REQUIRE(lines.size() >= 2);
    for (const std::string& line : lines)
        CHECK(measure.lineWidth(line, font) <= width);
    CHECK(lines.front() == "Offerte opstellen");
}

TEST_CASE("line breaks are kept and long words are cut", "[text]")
{
    const ApproximateTextMeasure measure;
    const Font font{10.0, false};
    CHECK(measure.wrap("a\nb", font, 100000) == std::vector<std::string>{"a", "b"});
    const auto cut = measure.wrap("Klanttevredenheidsonderzoek", font, measure.lineWidth("Klanttevreden", font));
    CHECK(cut.size() == 3);
    CHECK(cut[0] + cut[1] + cut[2] == "Klanttevredenheidsonderzoek");
    CHECK(measure.measure("één twee", font, 100000).height == measure.lineHeight(font));
    CHECK(measure.lineWidth("é", font) == measure.lineWidth("e", font)); // code points, not bytes
}

TEST_CASE("runs of spaces are measured as printed", "[text]")
{
    const ApproximateTextMeasure measure;
    const Font font{9.0, false};
    const std::string text = "Version 1.0  \u00B7  2026-01-15";
    // A width that holds the text with its double spaces: one line, spaces kept.
    const auto lines = measure.wrap(text, font, measure.lineWidth(text, font));
    REQUIRE(lines.size() == 1);
    CHECK(lines.front() == text);
    CHECK(measure.measure(text, font, 100000).width == measure.lineWidth(text, font));
    // A width that only holds it with single spaces: the line breaks.
    CHECK(measure.wrap(text, font, measure.lineWidth("Version 1.0 \u00B7 2026-01-15", font)).size() == 2);
}
