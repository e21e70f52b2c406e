#include "core/Date.hpp"

#include <catch2/catch.hpp>

using salesprocess::Date;

TEST_CASE("ISO dates", "[date]")
{
    CHECK(Date::parse("2026-02-28"));
    CHECK(Date::parse("2028-02-29"));
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-1-01"));
    CHECK_FALSE(Date::parse("next week"));
    CHECK_FALSE(Date::parse(""));
    CHECK(Date::parse("2026-12-28")->plusDays(28).toIso() == "2027-01-25");
    CHECK(*Date::parse("2026-01-01") < *Date::parse("2026-01-02"));
}

TEST_CASE("spreadsheet serial numbers", "[date]")
{
    CHECK(Date::fromSerial(45658).toIso() == "2025-01-01");
    CHECK(Date::parse("1899-12-30")->toSerial() == 0);
    CHECK(Date::parse("2026-11-28")->toSerial() == 46354);
}
