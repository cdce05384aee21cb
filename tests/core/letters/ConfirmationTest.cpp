#include "CatchQt.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "BundleForgery.h"

#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "exchange/Bundle.h"
#include "letters/ConfirmationLog.h"
#include "letters/ConfirmationWriter.h"
#include "letters/LetterLanguage.h"
#include "letters/MailLink.h"
#include "lists/CasePager.h"
#include "review/TimelineText.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

namespace {

// The translations as the program embeds them, from the build.
LetterLanguage language(const char *code) { return LetterLanguage::load(QLatin1String(code), QStringLiteral(RD_QM_DIR)); }

// Ria's complaint, as a call leaves it: confirmed summary, a decision, and what happens next
// (unless @p resolved): a promise of anna's and one of bram's, the next contact and a callback.
struct Fixture
{
    TempDatabase t;
    QString caseId;

    explicit Fixture(bool resolved)
    {
        Customer ria;
        ria.name = QStringLiteral("Ria Jansen");
        ria.email = QStringLiteral("ria@example.nl");
        ria.organisation = QStringLiteral("Bakkerij Jansen");
        ria.address = QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens");
        auto customer = CustomerStore(t.db()).create(ria);
        REQUIRE(customer.ok());
        auto c = CaseStore(t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
        REQUIRE(c.ok());
        caseId = c->id;
        CaseStore cases(t.db());
        REQUIRE(cases.setField(caseId, CaseField::Summary, QStringLiteral("Your parcel did not arrive, twice.")).ok());
        REQUIRE(cases.setField(caseId, CaseField::Decision, QStringLiteral("A new delivery on Saturday.")).ok());
        REQUIRE(cases.setField(caseId, CaseField::Resolution,
                               Vocabulary::key(resolved ? Resolution::Resolved : Resolution::Pending)).ok());
        if (resolved)
            return;
        PromiseStore promises(t.db());
        REQUIRE(promises.add(caseId, QStringLiteral("ask the carrier for a Saturday slot"), QStringLiteral("anna"),
                             TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process).ok());
        REQUIRE(promises.add(caseId, QStringLiteral("refund the shipping costs"), QStringLiteral("bram"),
                             TempDatabase::ms("2026-11-30T12:00:00Z"), PromiseKind::Final).ok());
        REQUIRE(promises.add(caseId, QStringLiteral("contact"), QStringLiteral("anna"), TempDatabase::ms("2026-11-27T14:00:00Z"),
                             PromiseKind::Process, true).ok());
        REQUIRE(CallbackStore(t.db()).add(caseId, QStringLiteral("carla"), QStringLiteral("06 1234 5678"),
                                          QStringLiteral("the new delivery time"), TempDatabase::ms("2026-11-27T09:00:00Z"),
                                          TempDatabase::ms("2026-11-27T11:00:00Z")).ok());
    }

    Confirmation write(const char *code)
    {
        auto facts = ConfirmationWriter::gather(t.db(), caseId, QStringLiteral("anna"),
                                                QStringLiteral("Service desk\nParcels & Co"));
        REQUIRE(facts.ok());
        const LetterLanguage lang = language(code);
        return ConfirmationWriter::write(facts.value(), lang, LetterTemplate::defaults(lang));
    }
};

} // namespace

TEST_CASE("A confirmation of an open complaint says what we do, when, and when we speak again", "[letters][case]")
{
    Fixture f(false);
    const LetterLanguage en = language("en");
    const Confirmation mail = f.write("en");
    CHECK(mail.language == QStringLiteral("en"));
    CHECK(mail.to == QStringLiteral("ria@example.nl"));
    CHECK(mail.subject == QStringLiteral("What we agreed on 26 November 2026"));
    const QString expected =
        QStringLiteral("Dear Ria Jansen,\n\n"
                       "Thank you for calling us on 26 November 2026. As promised, here is in writing what we discussed "
                       "and agreed.\n\n"
                       "What you told us:\nYour parcel did not arrive, twice.\n\n"
                       "What we decided:\nA new delivery on Saturday.\n\n"
                       "What happens next:\n"
                       "- I will ask the carrier for a Saturday slot, by %1.\n"
                       "- My colleague bram will refund the shipping costs, by %2.\n"
                       "- I will contact you again on %3, also if there is no news yet.\n"
                       "- My colleague carla will call you back on 06 1234 5678 on %4, between %5 and %6, about: the new "
                       "delivery time\n\n"
                       "We do not have a final solution yet. We will do what is written above, and you will hear from us "
                       "at the agreed time, also if there is no news yet.\n\n"
                       "Kind regards,\n\n"
                       "anna\nService desk\nParcels & Co")
            .arg(en.when(TempDatabase::ms("2026-11-27T10:00:00Z")), en.when(TempDatabase::ms("2026-11-30T12:00:00Z")),
                 en.when(TempDatabase::ms("2026-11-27T14:00:00Z")), en.day(TempDatabase::ms("2026-11-27T09:00:00Z")),
                 en.time(TempDatabase::ms("2026-11-27T09:00:00Z")), en.time(TempDatabase::ms("2026-11-27T11:00:00Z")));
    CHECK(mail.body == expected);
    CHECK(en.when(TempDatabase::ms("2026-11-27T10:00:00Z")).startsWith(QStringLiteral("Friday 27 November at ")));
    CHECK(mail.addressBlock == QStringList{QStringLiteral("Ria Jansen"), QStringLiteral("Bakkerij Jansen"),
                                           QStringLiteral("Dorpsstraat 1"), QStringLiteral("1234 AB  Ergens")});
}

TEST_CASE("The same confirmation in Dutch, whatever language the program shows", "[letters][case]")
{
    Fixture f(false);
    const LetterLanguage nl = language("nl");
    const Confirmation brief = f.write("nl");
    CHECK(brief.language == QStringLiteral("nl"));
    CHECK(brief.subject == QStringLiteral("Onze afspraken van 26 november 2026"));
    CHECK(brief.body.startsWith(QStringLiteral("Beste Ria Jansen,\n\nDank u wel voor uw telefoontje van 26 november 2026.")));
    CHECK(brief.body.contains(QStringLiteral("Wat u ons vertelde:\nYour parcel did not arrive, twice.")));
    CHECK(brief.body.contains(QStringLiteral("Wat we besloten:\nA new delivery on Saturday.")));
    CHECK(brief.body.contains(QStringLiteral("- Ik zorg voor het volgende: ask the carrier for a Saturday slot, uiterlijk %1.")
                                  .arg(nl.when(TempDatabase::ms("2026-11-27T10:00:00Z")))));
    CHECK(nl.when(TempDatabase::ms("2026-11-27T10:00:00Z")).startsWith(QStringLiteral("vrijdag 27 november om ")));
    CHECK(brief.body.contains(QStringLiteral("- Mijn collega bram zorgt voor het volgende: refund the shipping costs")));
    CHECK(brief.body.contains(QStringLiteral("- Ik neem op %1 weer contact met u op, ook als er nog geen nieuws is.")
                                  .arg(nl.when(TempDatabase::ms("2026-11-27T14:00:00Z")))));
    CHECK(brief.body.contains(QStringLiteral("- Mijn collega carla belt u terug op 06 1234 5678")));
    CHECK(brief.body.contains(QStringLiteral("Er is nog geen definitieve oplossing.")));
    CHECK(brief.body.endsWith(QStringLiteral("Met vriendelijke groet,\n\nanna\nService desk\nParcels & Co")));
    // Nothing of the English wording is left.
    for (const char *english : {"Dear", "What we decided", "I will", "Kind regards", " at "})
        CHECK_FALSE(brief.body.contains(QLatin1String(english)));
}

TEST_CASE("A resolved case's confirmation says it is settled and leaves out what is empty", "[letters][case]")
{
    Fixture f(true);
    for (const char *code : {"en", "nl"}) {
        CAPTURE(code);
        const Confirmation c = f.write(code);
        if (QLatin1String(code) == QLatin1String("en")) {
            CHECK(c.body.contains(QStringLiteral("\n\nWith this, the matter is settled.")));
            CHECK_FALSE(c.body.contains(QStringLiteral("What happens next")));
        } else {
            CHECK(c.body.contains(QStringLiteral("\n\nHiermee is de zaak afgehandeld.")));
            CHECK_FALSE(c.body.contains(QStringLiteral("Wat er nu gebeurt")));
        }
        CHECK_FALSE(c.body.contains(QStringLiteral("\n\n\n")));
        CHECK_FALSE(c.body.contains(QLatin1Char('{')));
    }
    // Without a decision, its heading goes too.
    REQUIRE(CaseStore(f.t.db()).setField(f.caseId, CaseField::Decision, QString()).ok());
    CHECK_FALSE(f.write("en").body.contains(QStringLiteral("What we decided")));
}

TEST_CASE("Templates fill each placeholder once and drop what has nothing to fill", "[letters]")
{
    const QHash<QString, QString> values{{QStringLiteral("customer"), QStringLiteral("Ria {date}")},
                                         {QStringLiteral("date"), QStringLiteral("today")},
                                         {QStringLiteral("decision"), QString()},
                                         {QStringLiteral("signature"), QStringLiteral("  ")},
                                         {QStringLiteral("employee"), QStringLiteral("anna")}};
    CHECK(LetterTemplate::fill(QStringLiteral("Hello {customer}, {date}"), values, false) ==
          QStringLiteral("Hello Ria {date}, today"));
    CHECK(LetterTemplate::fill(QStringLiteral("A\r\n\r\nDecided:\n{decision}\n\n{employee}\n{signature}\n\nB {unknown}"), values,
                               true) == QStringLiteral("A\n\nanna\n\nB {unknown}"));

    LetterTemplate wording = LetterTemplate::defaults(language("en"));
    CHECK(wording.check().ok());
    wording.body += QStringLiteral("\n{shoe_size}");
    const Status unknown = wording.check();
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.message().contains(QStringLiteral("{shoe_size}")));
    for (const char *near : {"{Customer}", "{ customer }", "{customer-name}", "{}", "{{customer}}", "{customer", "a}"}) {
        CAPTURE(near);
        wording = LetterTemplate::defaults(language("en"));
        wording.body += QLatin1String(near);
        CHECK_FALSE(wording.check().ok());
    }
    wording = LetterTemplate::defaults(language("en"));
    wording.subject = QStringLiteral("two\nlines");
    CHECK_FALSE(wording.check().ok());
    wording.subject = QStringLiteral("nul") + QChar(0);
    CHECK_FALSE(wording.check().ok());
    // Every placeholder of the built-in wording is one the writer fills, in both languages.
    for (const char *code : {"en", "nl"})
        CHECK(LetterTemplate::defaults(language(code)).check().ok());
}

TEST_CASE("A mail link encodes accents, line breaks and link characters, and leaves a long text out", "[letters]")
{
    const MailLink link = MailLink::make(QStringLiteral("ria@example.nl"), QStringLiteral("Café & co?"),
                                         QStringLiteral("Beste Ria,\n\nÉén regel = 100%\r\nklaar #1"));
    REQUIRE(link.bodyIncluded);
    CHECK(link.url.isValid());
    CHECK(link.url.scheme() == QStringLiteral("mailto"));
    CHECK(link.url.toEncoded() ==
          QByteArray("mailto:ria@example.nl?subject=Caf%C3%A9%20%26%20co%3F"
                     "&body=Beste%20Ria%2C%0D%0A%0D%0A%C3%89%C3%A9n%20regel%20%3D%20100%25%0D%0Aklaar%20%231"));
    // Decoded, the mail program gets back exactly the text, with CRLF line breaks.
    CHECK(QUrl::fromPercentEncoding(link.url.toEncoded().split('=').last()) ==
          QStringLiteral("Beste Ria,\r\n\r\nÉén regel = 100%\r\nklaar #1"));

    // An address cannot smuggle in fields or recipients of its own: only one plain address goes in.
    for (const char *odd : {"ria?cc=boss@example.nl", "ria@example.nl,boss@example.nl", "Ria <ria@example.nl>", "ria@example.nl;x@y.z"}) {
        CAPTURE(odd);
        const MailLink unsafe = MailLink::make(QLatin1String(odd), QStringLiteral("s"), QStringLiteral("b"));
        CHECK_FALSE(unsafe.addressIncluded);
        CHECK(unsafe.url.toEncoded() == QByteArray("mailto:?subject=s&body=b"));
    }
    CHECK(MailLink::isSingleAddress(QStringLiteral("ria.jansen+shop@mail.example.co.uk")));

    const QString longText = QString(3000, QLatin1Char('x'));
    const MailLink tooLong = MailLink::make(QStringLiteral("ria@example.nl"), QStringLiteral("Our agreements"), longText);
    CHECK_FALSE(tooLong.bodyIncluded);
    CHECK(tooLong.subjectIncluded);
    CHECK(tooLong.url.toEncoded() == QByteArray("mailto:ria@example.nl?subject=Our%20agreements"));
    // The limit counts the encoded link: an é takes six characters (%C3%A9).
    CHECK(MailLink::make(QString(), QString(), QString(320, QChar(0xE9))).bodyIncluded);
    CHECK_FALSE(MailLink::make(QString(), QString(), QString(340, QChar(0xE9))).bodyIncluded);
    // A subject too long for a link on its own: the address alone.
    const MailLink longSubject = MailLink::make(QStringLiteral("ria@example.nl"), QString(2100, QLatin1Char('s')), QStringLiteral("b"));
    CHECK_FALSE(longSubject.subjectIncluded);
    CHECK(longSubject.url.toEncoded() == QByteArray("mailto:ria@example.nl"));
}

TEST_CASE("A confirmation sent is recorded in the history, and the list finds cases without one", "[letters][case]")
{
    Fixture f(false);
    Database &db = f.t.db();
    ConfirmationLog log(db);
    CHECK_FALSE(log.last(f.caseId)->has_value());
    // Another case, whose customer has no e-mail address: never listed.
    const QString noMail = rd::test::newCase(db);
    CaseListQuery query;
    query.unconfirmedOnly = true;
    auto listed = CasePager(db).count(query);
    REQUIRE(listed.ok());
    CHECK(listed.value() == 1);
    CHECK(CasePager(db).count(CaseListQuery()).value() == 2);

    CHECK_FALSE(log.record(f.caseId, QStringLiteral("pigeon"), QStringLiteral("en")).ok());
    CHECK_FALSE(log.record(f.caseId, QStringLiteral("mail"), QStringLiteral("fr")).ok());
    f.t.clock().advanceSecs(60);
    REQUIRE(log.record(f.caseId, QStringLiteral("mail"), QStringLiteral("nl")).ok());
    auto last = log.last(f.caseId);
    REQUIRE(last.ok());
    REQUIRE(last->has_value());
    CHECK(last->value().how == QStringLiteral("mail"));
    CHECK(last->value().language == QStringLiteral("nl"));
    CHECK(last->value().actor == db.actor());
    CHECK(last->value().at == f.t.clock().nowMs());
    CHECK(CasePager(db).count(query).value() == 0);

    auto timeline = EventLog(db).timeline(f.caseId);
    REQUIRE(timeline.ok());
    const CaseEvent &event = timeline->last();
    CHECK(event.kind == QStringLiteral("confirmation.sent"));
    CHECK(TimelineText::describe(event) == QStringLiteral("Sent the written confirmation by e-mail, in Dutch."));
    (void)noMail;
}

TEST_CASE("A customer's postal address and language are checked, kept and carried in bundles", "[letters][customer]")
{
    TempDatabase t;
    CustomerStore customers(t.db());
    Customer c;
    c.name = QStringLiteral("Ria Jansen");
    c.address = QStringLiteral("  Dorpsstraat 1 \r\n\n 1234 AB  Ergens  ");
    c.language = QStringLiteral("nl");
    auto made = customers.create(c);
    REQUIRE(made.ok());
    CHECK(customers.get(made->id)->address == QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens"));
    CHECK(customers.get(made->id)->language == QStringLiteral("nl"));

    Customer wrong = made.value();
    wrong.language = QStringLiteral("fr");
    CHECK_FALSE(customers.update(wrong).ok());
    wrong = made.value();
    wrong.address = QStringLiteral("1\n2\n3\n4\n5\n6\n7");
    CHECK_FALSE(customers.update(wrong).ok());
    wrong.address = QString(400, QLatin1Char('a'));
    CHECK_FALSE(customers.update(wrong).ok());
    wrong.address = QStringLiteral("bell") + QChar(7);
    CHECK_FALSE(customers.update(wrong).ok());
    CHECK(customers.get(made->id)->address == QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens"));

    Customer moved = made.value();
    moved.address = QStringLiteral("Kerkstraat 2\n1234 AB  Ergens");
    moved.language = QStringLiteral("en");
    REQUIRE(customers.update(moved).ok());
    auto history = EventLog(t.db()).customerHistory(made->id);
    REQUIRE(history.ok());
    CHECK(history->last().data.value(QStringLiteral("address")).toString() == moved.address);
    CHECK(history->last().data.value(QStringLiteral("language")).toString() == QStringLiteral("en"));

    if (TempDatabase::onServer())
        return; // bundles are files
    REQUIRE(CaseStore(t.db()).create(made->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna")).ok());
    const QString file = t.dir() + QStringLiteral("/ria.rdbundle");
    REQUIRE(Bundle::write(t.db(), file, {}).ok());
    TempDatabase archive;
    auto merged = Bundle::merge(archive.db(), file);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    CHECK(CustomerStore(archive.db()).get(made->id)->address == moved.address);
    CHECK(CustomerStore(archive.db()).get(made->id)->language == QStringLiteral("en"));
}

TEST_CASE("A bundle of format 11 leaves a customer's postal address and language as they are here", "[letters][bundle]")
{
    TempDatabase source;
    Customer ria;
    ria.name = QStringLiteral("Ria Jansen");
    ria.address = QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens");
    ria.language = QStringLiteral("nl");
    auto made = CustomerStore(source.db()).create(ria);
    REQUIRE(made.ok());
    REQUIRE(CaseStore(source.db()).create(made->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna")).ok());
    TempDatabase archive;
    const QString first = source.dir() + QStringLiteral("/first.rdbundle");
    REQUIRE(Bundle::write(source.db(), first, {}).ok());
    REQUIRE(Bundle::merge(archive.db(), first).ok());

    // Later, a newer version of her record, sent as a PC of the previous version would send it.
    source.clock().advanceSecs(3600);
    Customer moved = CustomerStore(source.db()).get(made->id).value();
    moved.phone = QStringLiteral("06 1234 5678");
    REQUIRE(CustomerStore(source.db()).update(moved).ok());
    const QString older = source.dir() + QStringLiteral("/older.rdbundle");
    REQUIRE(Bundle::write(source.db(), older, {}).ok());
    {
        rd::test::BundleForgery f(older);
        REQUIRE(f.ok());
        // The customer table as the previous version's exporter made it: without the two columns.
        REQUIRE(f.exec(QStringLiteral("ALTER TABLE customer RENAME TO customer_12")));
        REQUIRE(f.exec(QStringLiteral("CREATE TABLE customer AS SELECT id, name, phone, phone_digits, email, organisation, "
                                      "created_at, updated_at FROM customer_12")));
        REQUIRE(f.exec(QStringLiteral("DROP TABLE customer_12")));
        REQUIRE(f.exec(QStringLiteral("CREATE UNIQUE INDEX customer_id ON customer(id)")));
        REQUIRE(f.exec(QStringLiteral("DROP TABLE recognition"))); // format 13's
        REQUIRE(f.exec(QStringLiteral("UPDATE manifest SET value = '11' WHERE key = 'schema_version'")));
        REQUIRE(f.exec(QStringLiteral("PRAGMA user_version = 11")));
        REQUIRE(f.resealContent());
    }
    archive.clock().advanceSecs(3600);
    auto inspected = Bundle::inspect(archive.db(), older);
    INFO(inspected.message().toStdString());
    REQUIRE(inspected.ok());
    CHECK(inspected->schemaVersion == 11);
    auto merged = Bundle::merge(archive.db(), older);
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());
    const Customer here = CustomerStore(archive.db()).get(made->id).value();
    CHECK(here.phone == QStringLiteral("06 1234 5678")); // the newer record won…
    CHECK(here.address == ria.address);                  // …and what it could not carry stayed
    CHECK(here.language == QStringLiteral("nl"));
}
