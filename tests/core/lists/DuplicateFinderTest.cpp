// Duplicate customers (issue 20): found by blocking keys on the phone number, the e-mail address
// and the folded name; near misses are not; an erased customer never is.
#include "base/PhoneNumber.h"
#include "cases/CustomerMerges.h"
#include "cases/CustomerStore.h"
#include "cli/BatchCommands.h"
#include "lists/DuplicateFinder.h"
#include "safety/Privacy.h"
#include "storage/Database.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;

namespace {

QString add(Database &db, const char *name, const char *phone = "", const char *email = "")
{
    Customer c;
    c.name = QString::fromUtf8(name);
    c.phone = QString::fromUtf8(phone);
    c.email = QString::fromUtf8(email);
    auto made = CustomerStore(db).create(c);
    REQUIRE(made.ok());
    return made->id;
}

/// "name + name: reasons" for every pair found, in the finder's order.
QStringList found(Database &db)
{
    auto pairs = DuplicateFinder(db).find();
    REQUIRE(pairs.ok());
    QStringList out;
    for (const DuplicatePair &p : pairs.value()) {
        QStringList names{p.firstName, p.secondName};
        names.sort();
        out << names.join(QStringLiteral(" + ")) + QStringLiteral(": ") + p.reasons.join(QLatin1Char(' '));
    }
    return out;
}

} // namespace

TEST_CASE("The keys fold what typing varies", "[customer][duplicates]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("06 1234 5678")) == DuplicateFinder::phoneKey(QStringLiteral("0031612345678")));
    CHECK(DuplicateFinder::phoneKey(QStringLiteral("not a number")).isEmpty());
    CHECK(DuplicateFinder::emailKey(QStringLiteral(" Ria.Jansen@Example.NL ")) == QStringLiteral("ria.jansen@example.nl"));
    CHECK(DuplicateFinder::emailKey(QStringLiteral("ria")).isEmpty());
    CHECK(DuplicateFinder::nameKey(QStringLiteral("Ría JANSEN")) == DuplicateFinder::nameKey(QStringLiteral("Jansen, Ria")));
    CHECK(DuplicateFinder::nameKey(QStringLiteral("Zoë de Wit-Brouwer")) == QStringLiteral("brouwer de wit zoe"));
    CHECK(DuplicateFinder::nameKey(QStringLiteral("Jansen")).isEmpty()); // one word says too little
    CHECK(DuplicateFinder::nameKey(QStringLiteral("P. de Vries")) != DuplicateFinder::nameKey(QStringLiteral("Piet de Vries")));
}

TEST_CASE("Customers entered twice are found, with the reasons; near misses are not", "[customer][duplicates]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    Database &db = t.db();
    add(db, "P. de Vries", "06 1234 5678");
    add(db, "Pieter de Vries", "+31 6 12345678", "pieter@example.nl");
    add(db, "Ría Jansen", "", "Ria.Jansen@Example.nl");
    add(db, "Jansen, Ria", "020 123 4567", "ria.jansen@example.nl");
    // Near misses: one letter, one digit, another domain, a single word.
    add(db, "Ria Janssen", "06 1234 5679", "ria.jansen@example.com");
    add(db, "Kees Bakker", "06 8765 4321");
    add(db, "Bakker", "06 8765 4320");
    add(db, "Bakker, Kees", "020 999 8888"); // the same name, another number: another Kees Bakker
    CHECK(found(db) == QStringList{QStringLiteral("Jansen, Ria + Ría Jansen: email name"),
                                   QStringLiteral("P. de Vries + Pieter de Vries: phone")});
}

TEST_CASE("While a customer is typed in, the likely existing one is found", "[customer][duplicates]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    Database &db = t.db();
    const QString ria = add(db, "Ría Jansen", "06 1234 5678", "ria.jansen@example.nl");
    add(db, "Ria Janssen", "06 1234 5679");
    const QString merged = add(db, "R. Jansen", "020 123 4567");
    REQUIRE(CustomerMerges(db).merge(merged, CustomerStore(db).get(ria).value()).ok());
    const auto matches = [&db](const char *name, const char *phone, const char *email) {
        Customer typed;
        typed.name = QString::fromUtf8(name);
        typed.phone = QString::fromUtf8(phone);
        typed.email = QString::fromUtf8(email);
        auto found = DuplicateFinder(db).matchesFor(typed);
        REQUIRE(found.ok());
        QStringList out;
        for (const LikelyMatch &m : found.value())
            out << m.customer.name + QStringLiteral(": ") + m.reasons.join(QLatin1Char(' '));
        return out;
    };
    CHECK(matches("", "+31 6 12345678", "") == QStringList{QStringLiteral("Ría Jansen: phone")});
    CHECK(matches("", "", "RIA.JANSEN@example.nl") == QStringList{QStringLiteral("Ría Jansen: email")});
    CHECK(matches("Jansen, Ría", "", "") == QStringList{QStringLiteral("Ría Jansen: name")});
    CHECK(matches("Jansen Ría", "0612345678", "ria.jansen@example.nl") == QStringList{QStringLiteral("Ría Jansen: phone email name")});
    // Near misses, too little to go on, and a record merged into another are never suggested.
    CHECK(matches("Ria Jansen", "", "") == QStringList{QStringLiteral("Ría Jansen: name")}); // accents folded
    CHECK(matches("Ria Jansen", "06 1234 5670", "").isEmpty()); // the same name with another number: another person
    CHECK(matches("Ria Jansma", "06 1234 5670", "ria@example.nl").isEmpty());
    CHECK(matches("Jansen", "", "").isEmpty());
    CHECK(matches("", "020 123 4567", "").isEmpty());
    CHECK(matches("", "", "").isEmpty());
}

TEST_CASE("An erased customer is never listed as a duplicate", "[customer][duplicates][privacy]")
{
    TempDatabase t;
    Database &db = t.db();
    add(db, "Ria Jansen", "06 1234 5678");
    const QString second = add(db, "Ria Jansen", "0612345678");
    REQUIRE(found(db).size() == 1);
    REQUIRE(Privacy(db).eraseCustomer(second, QStringLiteral("request of the customer")).ok());
    CHECK(found(db).isEmpty());
}

TEST_CASE("recoverydesk duplicates lists the pairs as CSV or JSON", "[customer][duplicates][cli]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    add(t.db(), "Ria Jansen", "06 1234 5678");
    add(t.db(), "R. Jansen, \"the second\"", "+31 6 12345678");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(BatchCommands::run({QStringLiteral("duplicates"), QStringLiteral("--database"), t.path()}, out, err) == 0);
    const QStringList lines = outText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.first() == QStringLiteral("first_id,first_name,second_id,second_name,reasons"));
    CHECK(lines.at(1).contains(QStringLiteral("\"R. Jansen, \"\"the second\"\"\"")));
    CHECK(lines.at(1).endsWith(QStringLiteral(",phone")));

    outText.clear();
    REQUIRE(BatchCommands::run({QStringLiteral("duplicates"), QStringLiteral("--database"), t.path(), QStringLiteral("--format"),
                                QStringLiteral("json")},
                               out, err) == 0);
    const QJsonArray pairs = QJsonDocument::fromJson(outText.toUtf8()).object().value(QStringLiteral("pairs")).toArray();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.first().toObject().value(QStringLiteral("reasons")).toArray() == QJsonArray{QStringLiteral("phone")});

    CHECK(BatchCommands::run({QStringLiteral("duplicates"), QStringLiteral("--database"), t.path(), QStringLiteral("--format"),
                              QStringLiteral("xml")},
                             out, err) == 2);
    CHECK(BatchCommands::run({QStringLiteral("duplicates")}, out, err) == 2);
}
