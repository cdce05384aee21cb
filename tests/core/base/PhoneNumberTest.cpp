// Phone numbers in every national and international form are one number (issue 19).
#include "base/PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace rd;

namespace {

/// The default country for one test, put back afterwards.
struct CountryFor
{
    explicit CountryFor(const QString &code) : before(PhoneNumber::defaultCountry()) { PhoneNumber::setDefaultCountry(code); }
    ~CountryFor() { PhoneNumber::setDefaultCountry(before); }
    QString before;
};

QString e164(const QString &typed)
{
    auto n = PhoneNumber::normalise(typed);
    INFO(typed.toStdString() << ": " << n.message().toStdString());
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("Dutch numbers in every form are one number", "[phone]")
{
    CountryFor nl(QStringLiteral("NL"));
    const QString expected = QStringLiteral("+31612345678");
    for (const char *typed : {"06 1234 5678", "+31 6 12345678", "0031612345678", "06-12345678", "(06) 12 34 56 78", " +31612345678 "})
        CHECK(e164(QString::fromLatin1(typed)) == expected);
    CHECK(e164(QStringLiteral("020 123 4567")) == QStringLiteral("+31201234567"));
    CHECK(PhoneNumber::searchDigits(QStringLiteral("06 1234 5678")) == QStringLiteral("612345678"));
    CHECK(PhoneNumber::searchDigits(QStringLiteral("0031612345678")) == QStringLiteral("612345678"));
    CHECK(PhoneNumber::readable(expected) == QStringLiteral("+31 6 12345678"));
}

TEST_CASE("Belgian, German and international numbers are read by their own country's rules", "[phone]")
{
    {
        CountryFor be(QStringLiteral("BE"));
        CHECK(e164(QStringLiteral("0470 12 34 56")) == QStringLiteral("+32470123456"));
        CHECK(e164(QStringLiteral("012 34 56 78")) == QStringLiteral("+3212345678"));
    }
    {
        CountryFor de(QStringLiteral("DE"));
        CHECK(e164(QStringLiteral("030 1234567")) == QStringLiteral("+49301234567"));
        CHECK(e164(QStringLiteral("0151 23456789")) == QStringLiteral("+4915123456789"));
    }
    // An international number is the same whatever the default country.
    CountryFor nl(QStringLiteral("NL"));
    CHECK(e164(QStringLiteral("+49 30 1234567")) == QStringLiteral("+49301234567"));
    CHECK(e164(QStringLiteral("0049 30 1234567")) == QStringLiteral("+49301234567"));
    CHECK(e164(QStringLiteral("+44 20 7946 0958")) == QStringLiteral("+442079460958"));
}

TEST_CASE("What is no phone number is refused with a message", "[phone]")
{
    CountryFor nl(QStringLiteral("NL"));
    for (const char *typed : {"", "   ", "0800-FLOWERS", "call me", "1234567890123456789012345678901234567890", "06 12", "+99 123"}) {
        auto n = PhoneNumber::normalise(QString::fromLatin1(typed));
        INFO(typed);
        CHECK_FALSE(n.ok());
        CHECK_FALSE(n.message().isEmpty());
        CHECK(PhoneNumber::searchDigits(QString::fromLatin1(typed)).isEmpty());
    }
    CHECK(PhoneNumber::normalise(QStringLiteral("0800-FLOWERS")).message().contains(QStringLiteral("letters")));
    CHECK(PhoneNumber::normalise(QString(40, QLatin1Char('1'))).message().contains(QStringLiteral("digits")));
    // An unknown country code leaves the default as it was.
    PhoneNumber::setDefaultCountry(QStringLiteral("XX"));
    CHECK(PhoneNumber::defaultCountry() == QStringLiteral("NL"));
    CHECK(PhoneNumber::isKnownCountry(QStringLiteral("be")));
    CHECK_FALSE(PhoneNumber::isKnownCountry(QStringLiteral("Netherlands")));
}
