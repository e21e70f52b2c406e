#pragma once
#include <optional>
#include <string>

namespace salesprocess {

/// A calendar date (proleptic Gregorian), read and written as ISO "YYYY-MM-DD".
/// Plain arithmetic on days so that "today" is always a value a caller sets, never the clock.
class Date {
public:
    static std::optional<Date> parse(const std::string& iso);
    /// From a spreadsheet serial number (days since 1899-12-30, as Calc counts).
    static Date fromSerial(long serial);

    std::string toIso() const;
    long toSerial() const;
    Date plusDays(long days) const;

    bool operator<(const Date& other) const { return m_days < other.m_days; }
    bool operator==(const Date& other) const { return m_days == other.m_days; }

private:
    explicit Date(long daysSinceEpoch) : m_days(daysSinceEpoch) {}
    long m_days; ///< days since 1970-01-01
};

} // namespace salesprocess
