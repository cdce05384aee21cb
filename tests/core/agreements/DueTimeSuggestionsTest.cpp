#include "CatchQt.h"
#include "agreements/DueTimeSuggestions.h"

#include <catch2/catch.hpp>

using namespace rd;

TEST_CASE("Quick picks for a due time skip weekends and past times", "[due]")
{
    SECTION("Thursday morning")
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 7)); // a Thursday
        const auto picks = DueTimeSuggestions::forNow(now);
        REQUIRE(picks.size() == 5);
        CHECK(picks[0].at == QDateTime(QDate(2026, 11, 26), QTime(10, 15)));
        CHECK(picks[1].at == QDateTime(QDate(2026, 11, 26), QTime(16, 0)));
        CHECK(picks[2].label == QStringLiteral("Tomorrow 10:00"));
        CHECK(picks[2].at == QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
        CHECK(picks[3].label == QStringLiteral("Tomorrow 14:00"));
        CHECK(picks[4].at == QDateTime(QDate(2026, 11, 30), QTime(10, 0))); // Monday
    }
    SECTION("Friday late afternoon: no 'today 16:00', next working day is Monday")
    {
        const QDateTime now(QDate(2026, 11, 27), QTime(15, 45));
        const auto picks = DueTimeSuggestions::forNow(now);
        REQUIRE(picks.size() == 4);
        CHECK(picks[0].at == QDateTime(QDate(2026, 11, 27), QTime(16, 45)));
        CHECK(picks[1].at == QDateTime(QDate(2026, 11, 30), QTime(10, 0)));
        CHECK(picks[1].label != QStringLiteral("Tomorrow 10:00"));
        CHECK(picks[2].at == QDateTime(QDate(2026, 11, 30), QTime(14, 0)));
        CHECK(picks[3].at == QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
    }
    SECTION("exactly on a quarter")
    {
        const auto picks = DueTimeSuggestions::forNow(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
        CHECK(picks[0].at == QDateTime(QDate(2026, 11, 26), QTime(10, 0)));
    }
    CHECK(DueTimeSuggestions::addWorkingDays(QDate(2026, 11, 28), 1) == QDate(2026, 11, 30)); // Sat -> Mon
}
