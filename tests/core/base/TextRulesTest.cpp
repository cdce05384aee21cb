#include "base/TextRules.h"

#include <catch2/catch.hpp>

using namespace rd;

TEST_CASE("Text rules accept ordinary text in any language", "[text]")
{
    CHECK(TextRules::check(QStringLiteral("Field"), QStringLiteral("Ik ben érg teleurgesteld 😞\nTweede regel\t!")).ok());
    CHECK(TextRules::check(QStringLiteral("Field"), QString()).ok());
}

TEST_CASE("Text rules refuse what cannot be stored", "[text][bad-input]")
{
    const QString label = QStringLiteral("The summary");
    SECTION("NUL byte")
    {
        auto s = TextRules::check(label, QStringLiteral("abc") + QChar(0) + QStringLiteral("def"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QStringLiteral("NUL")));
        CHECK(s.message().contains(label));
    }
    SECTION("other control characters")
    {
        CHECK_FALSE(TextRules::check(label, QStringLiteral("bell") + QChar(7)).ok());
        CHECK_FALSE(TextRules::check(label, QStringLiteral("del") + QChar(0x7F)).ok());
    }
    SECTION("C1 control characters")
    {
        CHECK_FALSE(TextRules::check(label, QStringLiteral("csi") + QChar(0x9B)).ok());
        CHECK_FALSE(TextRules::check(label, QStringLiteral("nel") + QChar(0x85)).ok());
    }
    SECTION("characters that show text in another order than it is stored")
    {
        // "Refund agreed" stored, "deerga dnufeR" shown after a right-to-left override.
        for (const char16_t u : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
            CAPTURE(int(u));
            auto s = TextRules::check(label, QStringLiteral("Refund ") + QChar(u) + QStringLiteral("agreed"));
            REQUIRE_FALSE(s.ok());
            CHECK(s.message().contains(QStringLiteral("direction")));
        }
        // The marks that right-to-left writers type are text.
        CHECK(TextRules::check(label, QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u200F(06)")).ok());
        CHECK(TextRules::check(label, QStringLiteral("\u0645\u0631\u062D\u0628\u0627 \u200E123")).ok());
    }
    SECTION("line breaks in a one-line field")
    {
        CHECK_FALSE(TextRules::check(label, QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"), TextRules::Lines::Single).ok());
        CHECK_FALSE(TextRules::check(label, QStringLiteral("a\nb"), TextRules::Lines::Single).ok());
        CHECK(TextRules::check(label, QStringLiteral("a\nb"), TextRules::Lines::Multi).ok());
    }
    SECTION("more than 64 KiB")
    {
        CHECK(TextRules::check(label, QString(TextRules::kMaxBytes, QLatin1Char('x'))).ok());
        auto s = TextRules::check(label, QString(TextRules::kMaxBytes + 1, QLatin1Char('x')));
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QStringLiteral("64 KiB")));
        // multi-byte characters count by their UTF-8 size
        CHECK_FALSE(TextRules::check(label, QString(TextRules::kMaxBytes / 2 + 1, QChar(0x00E9))).ok());
    }
    SECTION("a lone surrogate (broken Unicode)")
    {
        QString broken = QStringLiteral("ab");
        broken.append(QChar(0xD800));
        CHECK_FALSE(TextRules::check(label, broken).ok());
    }
    SECTION("blank required text")
    {
        auto s = TextRules::checkRequired(label, QStringLiteral("   "));
        REQUIRE_FALSE(s.ok());
        CHECK(s.message().contains(QStringLiteral("required")));
    }
}

TEST_CASE("Bytes from outside must be valid UTF-8", "[text][bad-input]")
{
    auto good = TextRules::fromUtf8(QStringLiteral("Name"), QByteArray("M\xC3\xBCller"));
    REQUIRE(good.ok());
    CHECK(good.value() == QStringLiteral("Müller"));
    auto bad = TextRules::fromUtf8(QStringLiteral("Name"), QByteArray("M\xC3\x28ller"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.message().contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(TextRules::fromUtf8(QStringLiteral("Name"), QByteArray("\xFF\xFE")).ok());
    CHECK_FALSE(TextRules::fromUtf8(QStringLiteral("Name"), QByteArray("a\0b", 3)).ok());
}
