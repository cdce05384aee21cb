#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "search/SearchIndex.h"
#include "search/sqlite/SqliteSearch.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

namespace {

QString openCase(Database &db, const char *name, const char *phone, const char *experience)
{
    Customer c;
    c.name = QString::fromUtf8(name);
    c.phone = QString::fromUtf8(phone);
    auto customer = CustomerStore(db).create(c);
    REQUIRE(customer.ok());
    auto made = CaseStore(db).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(made.ok());
    REQUIRE(CaseStore(db).setField(made->id, CaseField::Experience, QString::fromUtf8(experience)).ok());
    return made->id;
}

QStringList names(Database &db, const QString &text)
{
    auto hits = CaseSearch(db).search(text);
    INFO(hits.message().toStdString());
    REQUIRE(hits.ok());
    QStringList out;
    for (const SearchHit &h : hits.value())
        out << h.customerName;
    return out;
}

struct SearchFixture
{
    TempDatabase t;
    QString mueller, jansen, bakker;
    SearchFixture()
    {
        mueller = openCase(t.db(), "Jürgen Müller", "+49 170 1234567", "The parcel arrived damaged.");
        jansen = openCase(t.db(), "Ria Jansen", "06 1234 5678", "Parcel not delivered; the courier was rude.");
        bakker = openCase(t.db(), "Piet Bakker", "020-555 0101", "Invoice was sent twice.");
    }
};

} // namespace

TEST_CASE("Search finds names without their accents and by prefix", "[search]")
{
    SearchFixture f;
    CHECK(names(f.t.db(), QStringLiteral("Muller")) == QStringList{QStringLiteral("Jürgen Müller")});
    CHECK(names(f.t.db(), QStringLiteral("müll")) == QStringList{QStringLiteral("Jürgen Müller")});
    CHECK(names(f.t.db(), QStringLiteral("jurgen")) == QStringList{QStringLiteral("Jürgen Müller")});
    CHECK(names(f.t.db(), QStringLiteral("ri jan")) == QStringList{QStringLiteral("Ria Jansen")});
}

TEST_CASE("Search finds phone numbers whatever their spacing", "[search]")
{
    SearchFixture f;
    for (const char *typed : {"0612345678", "06 1234 5678", "06-12345678", "612345678", "+31 6 1234"}) {
        CAPTURE(typed);
        CHECK(names(f.t.db(), QString::fromLatin1(typed)).contains(QStringLiteral("Ria Jansen")));
    }
    CHECK(names(f.t.db(), QStringLiteral("020 555")) == QStringList{QStringLiteral("Piet Bakker")});
    CHECK(names(f.t.db(), QStringLiteral("0205550101")) == QStringList{QStringLiteral("Piet Bakker")});
}

TEST_CASE("Search covers all case text and ranks the better match first", "[search]")
{
    SearchFixture f;
    CHECK(names(f.t.db(), QStringLiteral("parcel")).size() == 2);
    // "courier" is in one story only; "parcel courier" needs both words
    CHECK(names(f.t.db(), QStringLiteral("parcel courier")) == QStringList{QStringLiteral("Ria Jansen")});
    REQUIRE(CaseStore(f.t.db()).setField(f.bakker, CaseField::Explanation, QStringLiteral("Parcel parcel parcel: the system sent it twice.")).ok());
    CHECK(names(f.t.db(), QStringLiteral("parcel")).first() == QStringLiteral("Piet Bakker"));
}

TEST_CASE("Search hits carry a snippet with the matching words marked", "[search]")
{
    SearchFixture f;
    auto hits = CaseSearch(f.t.db()).search(QStringLiteral("rude"));
    REQUIRE(hits->size() == 1);
    const QString marked = QString(CaseSearch::kMarkStart) + QStringLiteral("rude") + QString(CaseSearch::kMarkEnd);
    CHECK(hits->at(0).snippet.contains(marked));
    CHECK(hits->at(0).caseId == f.jansen);
}

TEST_CASE("Searches that find different cases run the same prepared statements", "[search]")
{
    SearchFixture f;
    // Each round adds a case the next search finds too: the statements the connection keeps
    // must not grow with the rows found.
    std::size_t kept = 0;
    for (int round = 0; round < 10; ++round) {
        openCase(f.t.db(), "Kees Smit", "", "Another parcel went missing.");
        auto hits = CaseSearch(f.t.db()).search(QStringLiteral("parcel"));
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == round + 3);
        if (round == 0)
            kept = f.t.db().cachedStatements();
    }
    CHECK(f.t.db().cachedStatements() == kept);
}

TEST_CASE("Bad search syntax never errors: it is searched as plain words", "[search][bad-input]")
{
    SearchFixture f;
    for (const char *typed : {"\"", "parcel\"", "AND", "OR NOT", "(", "*", "NEAR(a b)", "a:b", "--", "^", "😀", "'; DROP TABLE"}) {
        CAPTURE(typed);
        auto hits = CaseSearch(f.t.db()).search(QString::fromUtf8(typed));
        CHECK(hits.ok());
    }
    CHECK(names(f.t.db(), QStringLiteral("parcel\"")).size() == 2);
    CHECK(names(f.t.db(), QStringLiteral("   ")).isEmpty());
    CHECK(SqliteSearch::matchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\"* \"b\"*"));
}

TEST_CASE("The index follows every change in the same transaction", "[search]")
{
    SearchFixture f;
    CHECK(names(f.t.db(), QStringLiteral("refund")).isEmpty());
    REQUIRE(CaseStore(f.t.db()).setField(f.bakker, CaseField::Decision, QStringLiteral("Refund the second invoice")).ok());
    CHECK(names(f.t.db(), QStringLiteral("refund")) == QStringList{QStringLiteral("Piet Bakker")});

    auto piet = CustomerStore(f.t.db()).find(QStringLiteral("Piet"))->first();
    piet.name = QStringLiteral("Pieter Bakker-de Groot");
    REQUIRE(CustomerStore(f.t.db()).update(piet).ok());
    CHECK(names(f.t.db(), QStringLiteral("groot")) == QStringList{QStringLiteral("Pieter Bakker-de Groot")});

    // A rebuilt index answers the same.
    REQUIRE(SearchIndex(f.t.db()).rebuildAll().ok());
    CHECK(names(f.t.db(), QStringLiteral("groot")) == QStringList{QStringLiteral("Pieter Bakker-de Groot")});
    CHECK(names(f.t.db(), QStringLiteral("0612345678")) == QStringList{QStringLiteral("Ria Jansen")});
}

TEST_CASE("Phone tokens hold every ending of six digits or more", "[search]")
{
    CHECK(SearchIndex::phoneTokens(QStringLiteral("06 1234 5678")) ==
          QStringLiteral("0612345678 612345678 12345678 2345678 345678"));
    CHECK(SearchIndex::phoneTokens(QStringLiteral("112")) == QStringLiteral("112"));
    CHECK(SearchIndex::phoneTokens(QString()).isEmpty());
}

TEST_CASE("Saves leave merging the index to the background tidy, which keeps every hit", "[search][tidy]")
{
    SearchFixture f;
    Database &db = f.t.db();
    // Saves do not merge (that made every 32nd autosave wait); the tidy does.
    CHECK(db.scalar(QStringLiteral("SELECT v FROM case_search_config WHERE k = 'automerge'"))->toInt() == 0);
    for (int i = 0; i < 40; ++i)
        REQUIRE(CaseStore(db).setField(f.jansen, CaseField::Note, QStringLiteral("courier note %1").arg(i)).ok());
    const auto pieces = [&db] { return db.scalar(QStringLiteral("SELECT count(*) FROM case_search_data"))->toInt(); };
    const int before = pieces();
    const QStringList parcel = names(db, QStringLiteral("parcel"));
    const QStringList note = names(db, QStringLiteral("note 39"));

    auto worked = SqliteSearch(db).tidy(1000);
    REQUIRE(worked.ok());
    CHECK(worked.value());
    auto left = SearchIndex(db).tidyFor(5000);
    REQUIRE(left.ok());
    CHECK_FALSE(left.value()); // all done within the budget: nothing left to merge
    CHECK_FALSE(SqliteSearch(db).tidy(1000).value());
    CHECK(pieces() < before);

    CHECK(names(db, QStringLiteral("parcel")) == parcel);
    CHECK(names(db, QStringLiteral("note 39")) == note);
    CHECK(note == QStringList{QStringLiteral("Ria Jansen")});
    CHECK(names(db, QStringLiteral("note 38")).isEmpty()); // overwritten long ago
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM case_search_data"))->toInt() > 0);
}

TEST_CASE("A whole word also finds the longer words it begins, and a word with none finds itself", "[search]")
{
    TempDatabase t;
    openCase(t.db(), "Anna Smit", "", "One parcel lost.");
    openCase(t.db(), "Bram Smit", "", "Two parcels lost.");
    openCase(t.db(), "Cor Smit", "", "The parcelbox was locked.");
    openCase(t.db(), "Dirk Smit", "", "A parcae of no interest.");
    const auto sorted = [&](const char *text) {
        QStringList found = names(t.db(), QString::fromUtf8(text));
        found.sort();
        return found;
    };
    const QStringList three{QStringLiteral("Anna Smit"), QStringLiteral("Bram Smit"), QStringLiteral("Cor Smit")};
    CHECK(sorted("parcel") == three);   // the word itself and the longer ones
    CHECK(sorted("parce") == three);    // a part of a word: the words it begins
    CHECK(sorted("parcels") == QStringList{QStringLiteral("Bram Smit")});
    CHECK(sorted("parcelbox") == QStringList{QStringLiteral("Cor Smit")});
    CHECK(sorted("parcelboxes").isEmpty());
    // In a file, the expansion names each word once, the typed one first.
    if (!TempDatabase::onServer())
        CHECK(SqliteSearch(t.db()).expandPrefixes(QStringLiteral("Parcel")).value() ==
          QStringLiteral("(\"parcel\" OR \"parcelbox\" OR \"parcels\")"));
}
