#include "base/TextRules.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

namespace {
Customer details(const char *name, const char *phone = "", const char *email = "")
{
    Customer c;
    c.name = QString::fromUtf8(name);
    c.phone = QString::fromUtf8(phone);
    c.email = QString::fromUtf8(email);
    return c;
}
} // namespace

TEST_CASE("Customers are created with an id - times and an event", "[customer]")
{
    TempDatabase t;
    CustomerStore store(t.db());
    auto c = store.create(details("  Ria Jansen ", "06 1234 5678", "ria@example.nl"));
    REQUIRE(c.ok());
    CHECK(c->id.size() == 36);
    CHECK(c->name == QStringLiteral("Ria Jansen"));
    CHECK(c->createdAt == TempDatabase::ms("2026-11-26T09:00:00Z"));
    auto history = EventLog(t.db()).customerHistory(c->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).kind == QStringLiteral("customer.created"));
    CHECK(history->at(0).actor == QStringLiteral("anna"));
    CHECK(history->at(0).data.value(QStringLiteral("phone")).toString() == QStringLiteral("06 1234 5678"));
}

TEST_CASE("Customer details are updated with one event naming what changed", "[customer]")
{
    TempDatabase t;
    CustomerStore store(t.db());
    auto c = store.create(details("Ria Jansen", "0612345678"));
    INFO(c.message().toStdString());
    REQUIRE(c.ok());
    Customer changed = c.value();
    changed.email = QStringLiteral("ria@example.nl");
    t.clock().advanceSecs(60);
    REQUIRE(store.update(changed).ok());
    REQUIRE(store.update(changed).ok()); // no change: no event
    auto history = EventLog(t.db()).customerHistory(c->id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[1].kind == QStringLiteral("customer.updated"));
    CHECK(history[1].data.keys() == QStringList{QStringLiteral("email")});
    t.reopen();
    CHECK(CustomerStore(t.db()).get(c->id)->email == QStringLiteral("ria@example.nl"));
}

TEST_CASE("Customers are found by name - e-mail and phone whatever its spacing", "[customer][find]")
{
    TempDatabase t;
    CustomerStore store(t.db());
    REQUIRE(store.create(details("Ria Jansen", "+31 6 1234 5678", "ria@example.nl")).ok());
    REQUIRE(store.create(details("Jan Riemersma", "020-555 0101", "jan@example.com")).ok());
    REQUIRE(store.create(details("Karel 100% Zeker", "", "")).ok());

    auto names = [&](const QString &text) {
        QStringList out;
        for (const auto &c : store.find(text).value())
            out << c.name;
        return out;
    };
    CHECK(names(QStringLiteral("ri")) == QStringList{QStringLiteral("Ria Jansen"), QStringLiteral("Jan Riemersma")});
    CHECK(names(QStringLiteral("example.com")) == QStringList{QStringLiteral("Jan Riemersma")});
    // Stored with the country code, found in every form a phone writes it (issue 19).
    for (const char *form : {"0612345678", "06 1234 5678", "0031612345678", "+31612345678"})
        CHECK(names(QString::fromLatin1(form)) == QStringList{QStringLiteral("Ria Jansen")});
    CHECK(names(QStringLiteral("612345678")) == QStringList{QStringLiteral("Ria Jansen")});
    CHECK(names(QStringLiteral("5550101")) == QStringList{QStringLiteral("Jan Riemersma")});
    CHECK(names(QStringLiteral("100%")) == QStringList{QStringLiteral("Karel 100% Zeker")});
    CHECK(names(QStringLiteral("_")).isEmpty()); // wildcards are searched literally
    CHECK(names(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Bad customer details are refused and change nothing", "[customer][bad-input]")
{
    TempDatabase t;
    CustomerStore store(t.db());
    auto ok = store.create(details("Ria Jansen"));
    REQUIRE(ok.ok());

    CHECK_FALSE(store.create(details("")).ok());
    CHECK_FALSE(store.create(details("   ")).ok());
    CHECK_FALSE(store.create(details("Ria", "call me maybe")).ok());
    CHECK_FALSE(store.create(details("Ria", "", "not-an-address")).ok());
    CHECK_FALSE(store.create(details("Two\nLines")).ok());
    QString huge(70000, QLatin1Char('a'));
    Customer big;
    big.name = huge;
    CHECK_FALSE(store.create(big).ok());

    Customer bad = ok.value();
    bad.name = QString();
    auto s = store.update(bad);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().contains(QStringLiteral("name")));
    Customer unknown = ok.value();
    unknown.id = QStringLiteral("no-such-id");
    CHECK(store.update(unknown).error().code == Error::Code::NotFound);
    CHECK(store.get(QStringLiteral("no-such-id")).error().code == Error::Code::NotFound);

    CHECK(store.get(ok->id)->name == QStringLiteral("Ria Jansen"));
    CHECK(EventLog(t.db()).count().value() == 1);
}

TEST_CASE("Phone digits ignore every separator", "[customer]")
{
    CHECK(TextRules::phoneDigits(QStringLiteral("+31 (0)6-12.34/56")) == QStringLiteral("310612345" "6"));
}
