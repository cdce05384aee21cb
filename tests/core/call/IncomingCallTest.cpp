// An incoming call from outside — a command, a link, a later start's request — is checked by the
// same rules whichever way it comes in (issue 19).
#include "call/IncomingCall.h"
#include "base/PhoneNumber.h"
#include "call/Dialling.h"
#include "cases/EventLog.h"
#include "review/TimelineText.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

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

TEST_CASE("The dial command keeps a quoted path with spaces whole and puts the number in", "[phone][dial]")
{
    const QString number = QStringLiteral("+31612345678");
    auto windows = Dialling::command(QStringLiteral("\"C:\\Program Files\\MicroSIP\\microsip.exe\" %n"), number);
    REQUIRE(windows.ok());
    CHECK(windows.value() == QStringList{QStringLiteral("C:\\Program Files\\MicroSIP\\microsip.exe"), number});
    auto options = Dialling::command(QStringLiteral("\"/opt/my phone/dial\" --profile \"desk 2\" --call=%n"), number);
    REQUIRE(options.ok());
    CHECK(options.value() == QStringList{QStringLiteral("/opt/my phone/dial"), QStringLiteral("--profile"), QStringLiteral("desk 2"),
                                         QStringLiteral("--call=") + number});
    CHECK_FALSE(Dialling::command(QStringLiteral("   "), number).ok());
    CHECK_FALSE(Dialling::command(QStringLiteral("microsip.exe"), number).ok()); // nowhere to put the number
}

TEST_CASE("A dial is recorded in the case's history", "[phone][dial][case]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    REQUIRE(Dialling::record(t.db(), caseId, QStringLiteral("+31612345678"), QStringLiteral("link")).ok());
    const auto events = EventLog(t.db()).timeline(caseId).value();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().kind == QStringLiteral("call.dialled"));
    CHECK(TimelineText::describe(events.last()).contains(QStringLiteral("+31612345678")));
}
