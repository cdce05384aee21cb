// An incoming call from outside — a command, a link, a later start's request — is checked by the
// same rules whichever way it comes in (issue 19).
#include "call/IncomingCall.h"
#include "base/PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace rd;

TEST_CASE("Links a softphone opens give the caller's number", "[phone][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    for (const char *link : {"tel:+31612345678", "tel:+31-6-1234-5678", "TEL:0612345678", "tel:06%2012345678", "callto:+31612345678",
                             "callto://0612345678", "sip:+31612345678@pbx.example.org;user=phone", "sip:0612345678@10.0.0.1",
                             "tel:+31612345678;ext=12", "tel:0031612345678?call"}) {
        INFO(link);
        CHECK(IncomingCall::isLink(QString::fromLatin1(link)));
        auto call = IncomingCall::fromLink(QString::fromLatin1(link));
        REQUIRE(call.ok());
        CHECK(call->phone == QStringLiteral("+31612345678"));
        CHECK(call->name.isEmpty());
    }
    for (const char *bad : {"tel:", "tel:call-me", "sip:alice@example.org", "mailto:ria@example.org", "tel:123456789012345678901234567890"}) {
        INFO(bad);
        CHECK_FALSE(IncomingCall::fromLink(QString::fromLatin1(bad)).ok());
    }
    CHECK_FALSE(IncomingCall::isLink(QStringLiteral("--database")));
    CHECK_FALSE(IncomingCall::fromLink(QStringLiteral("tel:") + QString(600, QLatin1Char('1'))).ok());
}

TEST_CASE("A later start's request is checked as typed input", "[phone][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    auto call = IncomingCall::from(QStringLiteral("06 1234 5678"), QStringLiteral("  Ria   Jansen "));
    REQUIRE(call.ok());
    CHECK(call->name == QStringLiteral("Ria Jansen"));
    auto back = IncomingCall::fromRequest(call->toRequest());
    REQUIRE(back.ok());
    CHECK(back->phone == QStringLiteral("+31612345678"));
    CHECK(back->name == QStringLiteral("Ria Jansen"));
    // A long name is cut to what a phone could show; a name with a line break or a control
    // character is refused; so are other actions and a missing number.
    CHECK(IncomingCall::from(QStringLiteral("+31612345678"), QString(500, QLatin1Char('a')))->name.size() == IncomingCall::kMaxNameChars);
    CHECK_FALSE(IncomingCall::from(QStringLiteral("+31612345678"), QStringLiteral("Ria\u0007")).ok());
    CHECK_FALSE(IncomingCall::fromRequest({{QStringLiteral("action"), QStringLiteral("erase")}}).ok());
    CHECK_FALSE(IncomingCall::fromRequest({{QStringLiteral("action"), QStringLiteral("call")}}).ok());
    CHECK_FALSE(IncomingCall::fromRequest({{QStringLiteral("action"), QStringLiteral("call")}, {QStringLiteral("phone"), 612345678}}).ok());
}
