#include "Date.hpp"

#include <cstdio>

namespace salesprocess {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
long daysFromCivil(long y, long m, long d)
{
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(long z, long& y, long& m, long& d)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

bool isLeap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

long daysInMonth(long y, long m)
{
    static const long days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

constexpr long serialEpochOffset = 25569; // 1970-01-01 as a spreadsheet serial
} // namespace

std::optional<Date> Date::parse(const std::string& iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (iso[i] < '0' || iso[i] > '9')
            return std::nullopt;
    const long y = std::stol(iso.substr(0, 4));
    const long m = std::stol(iso.substr(5, 2));
    const long d = std::stol(iso.substr(8, 2));
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return Date(daysFromCivil(y, m, d));
}

Date Date::fromSerial(long serial) { return Date(serial - serialEpochOffset); }

long Date::toSerial() const { return m_days + serialEpochOffset; }

std::string Date::toIso() const
{
    long y = 0, m = 0, d = 0;
    civilFromDays(m_days, y, m, d);
    char text[64];
    std::snprintf(text, sizeof text, "%04ld-%02ld-%02ld", y, m, d);
    return text;
}

Date Date::plusDays(long days) const { return Date(m_days + days); }

} // namespace salesprocess
