#include "call/BlameDetector.h"
#include "CatchQt.h"

#include <catch2/catch.hpp>

using namespace rd;

namespace {
QStringList phrases(const QString &text)
{
    QStringList out;
    for (const auto &m : BlameDetector::builtIn().find(text))
        out << text.mid(m.start, m.length);
    return out;
}
} // namespace

TEST_CASE("The built-in phrase lists load for both languages", "[blame]")
{
    CHECK(BlameDetector::builtIn().phraseCount() > 80);
}

TEST_CASE("Blame-shifting phrases are found in English", "[blame]")
{
    CHECK(phrases(QStringLiteral("Well, that is your fault really.")) == QStringList{QStringLiteral("your fault")});
    CHECK(phrases(QStringLiteral("You should have read the manual. It's NOT OUR DEPARTMENT."))
          == QStringList{QStringLiteral("You should have"), QStringLiteral("NOT OUR DEPARTMENT")});
    CHECK(phrases(QStringLiteral("We\u2019re not responsible for the courier."))
          == QStringList{QStringLiteral("We\u2019re not responsible")});
    CHECK(phrases(QStringLiteral("my colleague   made an error")) == QStringList{QStringLiteral("my colleague   made")});
    auto m = BlameDetector::builtIn().find(QStringLiteral("it is not our fault"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].target == BlameTarget::Denial);
    CHECK(m[0].language == QStringLiteral("en"));
    CHECK_FALSE(BlameDetector::hint(m[0].target).isEmpty());
}

TEST_CASE("Blame-shifting phrases are found in Dutch", "[blame]")
{
    auto m = BlameDetector::builtIn().find(QStringLiteral("Tja, daar ga ik niet over. Het is niet onze schuld."));
    REQUIRE(m.size() == 2);
    CHECK(m[0].target == BlameTarget::Department);
    CHECK(m[1].target == BlameTarget::Denial);
    CHECK(m[0].language == QStringLiteral("nl"));
    CHECK(phrases(QStringLiteral("Dat is uw eigen schuld")) == QStringList{QStringLiteral("uw eigen schuld")});
}

TEST_CASE("Ordinary sentences and parts of words are not flagged", "[blame]")
{
    CHECK(phrases(QStringLiteral("I will call the carrier today and call you back tomorrow at 10.")).isEmpty());
    CHECK(phrases(QStringLiteral("Ik bel vandaag de vervoerder en bel u morgen om 10 uur terug.")).isEmpty());
    CHECK(phrases(QStringLiteral("notyour faultless")).isEmpty());
    CHECK(phrases(QString()).isEmpty());
}

TEST_CASE("Phrase lists are data: a custom list works the same way", "[blame]")
{
    auto d = BlameDetector::fromJson(R"({"en": {"supplier": ["the warehouse"]}})");
    CHECK(d.phraseCount() == 1);
    auto m = d.find(QStringLiteral("That was the Warehouse again"));
    REQUIRE(m.size() == 1);
    CHECK(m[0].target == BlameTarget::Supplier);
    CHECK(BlameDetector::fromJson("not json").phraseCount() == 0);
}
