#include "TextRules.h"

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
    SECTION("line breaks in a one-line field")
    {
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
