// Merging a customer entered twice (issue 20): everything of the other follows the survivor, the
// history is kept, undo splits them back, and merges travel in bundles to the same end in any order.
#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerMerges.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "exchange/Bundle.h"
#include "safety/Privacy.h"
#include "search/CaseSearch.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace rd;
using rd::test::TempDatabase;

namespace {

struct Twice
{
    QString kept;      // "Pieter de Vries", entered first
    QString again;     // "P. de Vries", entered in a hurry, with another number
    QString keptCase;
    QString againCase;
    QString promise;
    QString callback;
};

Twice enteredTwice(Database &db)
{
    Twice t;
    t.kept = rd::test::newCustomer(db, QStringLiteral("Pieter de Vries"), QStringLiteral("06 1234 5678"));
    t.again = rd::test::newCustomer(db, QStringLiteral("P. de Vries"), QStringLiteral("020 555 0101"));
    CaseStore cases(db);
    t.keptCase = cases.create(t.kept, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    t.againCase = cases.create(t.again, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    REQUIRE(cases.setField(t.againCase, CaseField::Experience, QStringLiteral("Parcel lost again")).ok());
    auto promise = PromiseStore(db).add(t.againCase, QStringLiteral("Send a new parcel"), QStringLiteral("anna"),
                                        db.clock().nowMs() + 86400000, PromiseKind::Process);
    REQUIRE(promise.ok());
    t.promise = promise->id;
    auto callback = CallbackStore(db).add(t.againCase, QStringLiteral("anna"), QStringLiteral("020 555 0101"),
                                          QStringLiteral("Did the parcel arrive?"), db.clock().nowMs() + 3600000,
                                          db.clock().nowMs() + 7200000);
    INFO(callback.message().toStdString());
    REQUIRE(callback.ok());
    t.callback = callback->id;
    return t;
}

// The survivor as the employee picks it: the full name of one record, the number of the other.
Customer picked(Database &db, const Twice &t)
{
    Customer c = CustomerStore(db).get(t.kept).value();
    c.phone = QStringLiteral("020 555 0101");
    return c;
}

QStringList caseIdsOf(Database &db, const QString &customerId)
{
    QStringList out;
    for (const CaseListRow &row : CaseStore(db).listForCustomer(customerId).value())
        out << row.id;
    out.sort();
    return out;
}

QStringList kindsOf(Database &db, const QString &customerId)
{
    QStringList out;
    for (const CaseEvent &e : EventLog(db).customerHistory(customerId).value())
        out << e.kind;
    return out;
}

// Writes @p from's cases into a bundle called @p name in its folder, and returns its path.
QString bundleOf(TempDatabase &from, const char *name)
{
    const QString path = from.dir() + QLatin1Char('/') + QLatin1String(name);
    auto written = Bundle::write(from.db(), path, {});
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return path;
}

// Imports @p bundle into @p into; a refusal fails the test with its reason.
void importInto(Database &into, const QString &bundle)
{
    auto r = Bundle::merge(into, bundle);
    INFO(bundle.toStdString() << ": " << r.message().toStdString());
    REQUIRE(r.ok());
}

// The sealed history of @p db verifies: every erased entry explained, every link intact.
void checkHistoryIntact(Database &db)
{
    auto seal = HistorySeal::verify(db);
    REQUIRE(seal.ok());
    INFO(seal->problem.toStdString());
    CHECK(seal->intact);
}

QString nameOnCase(Database &db, const QString &caseId)
{
    auto name = db.scalar(QStringLiteral("SELECT customer_name FROM case_record WHERE id = ?"), {caseId});
    REQUIRE(name.ok());
    return name->toString();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("A merge moves every case, promise and callback to the survivor and keeps both histories", "[customer][merge]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    t.clock().advanceSecs(60);
    auto merged = CustomerMerges(t.db()).merge(two.again, picked(t.db(), two));
    INFO(merged.message().toStdString());
    REQUIRE(merged.ok());

    CHECK(caseIdsOf(t.db(), two.kept) == sorted({two.keptCase, two.againCase}));
    CHECK(caseIdsOf(t.db(), two.again).isEmpty());
    CHECK(nameOnCase(t.db(), two.againCase) == QStringLiteral("Pieter de Vries"));
    auto promises = PromiseStore(t.db()).openForCustomer(two.kept);
    REQUIRE(promises.ok());
    REQUIRE(promises->size() == 1);
    CHECK(promises->first().id == two.promise);
    CHECK(CallbackStore(t.db()).get(two.callback)->caseId == two.againCase);
    // The survivor has the details picked; the other record is kept, pointing at it.
    const Customer survivor = CustomerStore(t.db()).get(two.kept).value();
    CHECK(survivor.name == QStringLiteral("Pieter de Vries"));
    CHECK(survivor.phone == QStringLiteral("020 555 0101"));
    CHECK(CustomerStore(t.db()).get(two.again)->mergedInto == two.kept);
    // Each side has its customer.merged event; the survivor's history holds the other's too.
    CHECK(kindsOf(t.db(), two.kept) ==
          QStringList{QStringLiteral("customer.created"), QStringLiteral("customer.created"), QStringLiteral("customer.merged"),
                      QStringLiteral("customer.merged")});
    CHECK(rd::test::count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE kind = 'customer.merged' AND customer_id = ?"),
                          {two.again}) == 1);
    // The case's own history is whole and still verifies.
    CHECK(EventLog(t.db()).timeline(two.againCase)->size() >= 4);
    checkHistoryIntact(t.db());
}

TEST_CASE("The search finds the survivor by the merged record's old name and number", "[customer][merge][search]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    REQUIRE(CustomerMerges(t.db()).merge(two.again, CustomerStore(t.db()).get(two.kept).value()).ok());
    for (const QString &typed : {QStringLiteral("P. de Vries"), QStringLiteral("020 555 0101"), QStringLiteral("+31 20 555 0101"),
                                 QStringLiteral("de Vries")}) {
        INFO(typed.toStdString());
        auto found = CustomerStore(t.db()).find(typed);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1); // once, as the survivor
        CHECK(found->first().id == two.kept);
    }
    // The case search finds the moved case under the survivor's name.
    auto hits = CaseSearch(t.db()).search(QStringLiteral("Pieter"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 2);
}

TEST_CASE("Undo splits the customers back: the moved cases return, the picked details are as before", "[customer][merge]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    auto merged = CustomerMerges(t.db()).merge(two.again, picked(t.db(), two));
    REQUIRE(merged.ok());
    // A case opened for the survivor after the merge stays with the survivor on undo.
    const QString later = CaseStore(t.db()).create(two.kept, Channel::Email, CaseKind::Question, QStringLiteral("anna"))->id;
    t.clock().advanceSecs(60);
    const Status undone = CustomerMerges(t.db()).undo(merged->id);
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());

    CHECK(caseIdsOf(t.db(), two.kept) == sorted({two.keptCase, later}));
    CHECK(caseIdsOf(t.db(), two.again) == QStringList{two.againCase});
    CHECK(nameOnCase(t.db(), two.againCase) == QStringLiteral("P. de Vries"));
    CHECK(PromiseStore(t.db()).openForCustomer(two.again)->size() == 1);
    CHECK(CustomerStore(t.db()).get(two.kept)->phone == QStringLiteral("06 1234 5678"));
    CHECK(CustomerStore(t.db()).get(two.again)->mergedInto.isEmpty());
    CHECK(CustomerStore(t.db()).find(QStringLiteral("P. de Vries"))->first().id == two.again);
    CHECK(rd::test::count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE kind = 'customer.split'")) == 2);
    CHECK(CustomerMerges(t.db()).into(two.kept)->isEmpty());
    CHECK(CustomerMerges(t.db()).undo(merged->id).error().code == Error::Code::Refused);
    // A detail changed after the merge is not taken back by the undo.
    auto again = CustomerMerges(t.db()).merge(two.again, picked(t.db(), two));
    REQUIRE(again.ok());
    Customer edited = CustomerStore(t.db()).get(two.kept).value();
    edited.phone = QStringLiteral("06 9999 0000");
    REQUIRE(CustomerStore(t.db()).update(edited).ok());
    REQUIRE(CustomerMerges(t.db()).undo(again->id).ok());
    CHECK(CustomerStore(t.db()).get(two.kept)->phone == QStringLiteral("06 9999 0000"));
}

TEST_CASE("Merges that cannot be are refused and change nothing", "[customer][merge][bad-input]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    const QStringList before = rd::test::dumpCarried(t.db());
    CustomerMerges merges(t.db());
    SECTION("with itself")
    {
        CHECK(merges.merge(two.kept, CustomerStore(t.db()).get(two.kept).value()).error().code == Error::Code::InvalidInput);
    }
    SECTION("a customer that does not exist")
    {
        CHECK(merges.merge(QStringLiteral("no-such-id"), CustomerStore(t.db()).get(two.kept).value()).error().code ==
              Error::Code::NotFound);
    }
    SECTION("picked details that are not valid")
    {
        Customer c = CustomerStore(t.db()).get(two.kept).value();
        c.email = QStringLiteral("not an address");
        CHECK(merges.merge(two.again, c).error().code == Error::Code::InvalidInput);
    }
    SECTION("an erased customer, on either side")
    {
        REQUIRE(Privacy(t.db()).eraseCustomer(two.again, QStringLiteral("asked on the phone")).ok());
        const QStringList erased = rd::test::dumpCarried(t.db());
        CHECK(merges.merge(two.again, CustomerStore(t.db()).get(two.kept).value()).error().code == Error::Code::Refused);
        Customer survivor = CustomerStore(t.db()).get(two.again).value();
        CHECK(merges.merge(two.kept, survivor).error().code == Error::Code::Refused);
        CHECK(rd::test::dumpCarried(t.db()) == erased);
        return;
    }
    SECTION("a record merged already")
    {
        REQUIRE(merges.merge(two.again, CustomerStore(t.db()).get(two.kept).value()).ok());
        const QString third = rd::test::newCustomer(t.db(), QStringLiteral("Piet de Vries"));
        const QStringList merged = rd::test::dumpCarried(t.db());
        CHECK(merges.merge(two.again, CustomerStore(t.db()).get(third).value()).error().code == Error::Code::Refused);
        CHECK(merges.merge(third, CustomerStore(t.db()).get(two.again).value()).error().code == Error::Code::Refused);
        CHECK(rd::test::dumpCarried(t.db()) == merged);
        return;
    }
    CHECK(rd::test::dumpCarried(t.db()) == before);
}

TEST_CASE("Erasing a survivor erases the records merged into it", "[customer][merge][privacy]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    REQUIRE(CustomerMerges(t.db()).merge(two.again, CustomerStore(t.db()).get(two.kept).value()).ok());
    REQUIRE(Privacy(t.db()).eraseCustomer(two.kept, QStringLiteral("asked by letter")).ok());
    for (const QString &id : {two.kept, two.again}) {
        const Customer c = CustomerStore(t.db()).get(id).value();
        CHECK(c.name == Privacy::erasedName());
        CHECK(c.phone.isEmpty());
    }
    CHECK(CustomerStore(t.db()).find(QStringLiteral("Vries"))->isEmpty());
    CHECK(CustomerStore(t.db()).find(QStringLiteral("020 555 0101"))->isEmpty());
    CHECK(CaseStore(t.db()).get(two.againCase)->experience.isEmpty());
}

TEST_CASE("Merges travel in bundles: every order of import ends the same", "[customer][merge][bundle]")
{
    // PC 1 has both records; PC 2 got them in a bundle, and opens a case for the hurried record
    // after PC 1 merged them (it has not heard of the merge yet).
    TempDatabase pc1;
    const Twice two = enteredTwice(pc1.db());
    const QString b0 = bundleOf(pc1, "before.rdbundle");
    TempDatabase pc2;
    pc2.db().setActor(QStringLiteral("bram"));
    importInto(pc2.db(), b0);

    pc1.clock().advanceSecs(60);
    auto merge = CustomerMerges(pc1.db()).merge(two.again, picked(pc1.db(), two));
    REQUIRE(merge.ok());
    const QString b1 = bundleOf(pc1, "merged.rdbundle");

    pc2.clock().advanceSecs(120);
    const QString fromPc2 = CaseStore(pc2.db()).create(two.again, Channel::Phone, CaseKind::Complaint, QStringLiteral("bram"))->id;
    const QString b2 = bundleOf(pc2, "pc2.rdbundle");

    pc1.clock().advanceSecs(600);
    REQUIRE(CustomerMerges(pc1.db()).undo(merge->id).ok());
    const QString b3 = bundleOf(pc1, "undone.rdbundle");

    const auto importAll = [](const QStringList &order) {
        auto archive = std::make_unique<TempDatabase>();
        archive->clock().advanceSecs(3600); // the team lead imports after the PCs exported
        for (const QString &bundle : order)
            importInto(archive->db(), bundle);
        return archive;
    };
    SECTION("merged: all of the hurried record's cases, from both PCs, are the survivor's")
    {
        QStringList order{b0, b1, b2};
        std::sort(order.begin(), order.end());
        std::optional<QStringList> first;
        do {
            auto archive = importAll(order);
            CHECK(caseIdsOf(archive->db(), two.kept) == sorted({two.keptCase, two.againCase, fromPc2}));
            CHECK(CustomerStore(archive->db()).get(two.again)->mergedInto == two.kept);
            CHECK(CustomerStore(archive->db()).get(two.kept)->phone == QStringLiteral("020 555 0101"));
            const QStringList rows = rd::test::dumpCarried(archive->db());
            if (!first)
                first = rows;
            CHECK(rows == *first);
            // The same bundles again change nothing.
            for (const QString &bundle : order)
                importInto(archive->db(), bundle);
            CHECK(rd::test::dumpCarried(archive->db()) == rows);
        } while (std::next_permutation(order.begin(), order.end()));
    }
    SECTION("undone: every case goes back to the record it was opened for")
    {
        QStringList order{b0, b1, b2, b3};
        std::sort(order.begin(), order.end());
        std::optional<QStringList> first;
        int orders = 0;
        do {
            if (++orders % 3 != 1) // 8 of the 24 orders, each bundle first in two of them
                continue;
            auto archive = importAll(order);
            CHECK(caseIdsOf(archive->db(), two.kept) == QStringList{two.keptCase});
            CHECK(caseIdsOf(archive->db(), two.again) == sorted({two.againCase, fromPc2}));
            CHECK(CustomerStore(archive->db()).get(two.again)->mergedInto.isEmpty());
            const QStringList rows = rd::test::dumpCarried(archive->db());
            if (!first)
                first = rows;
            CHECK(rows == *first);
        } while (std::next_permutation(order.begin(), order.end()));
    }
}

TEST_CASE("Two PCs merging the same pair each way end with one customer everywhere", "[customer][merge][bundle]")
{
    TempDatabase pc1;
    const Twice two = enteredTwice(pc1.db());
    const QString b0 = bundleOf(pc1, "before.rdbundle");
    TempDatabase pc2;
    importInto(pc2.db(), b0);
    REQUIRE(CustomerMerges(pc1.db()).merge(two.again, CustomerStore(pc1.db()).get(two.kept).value()).ok());
    REQUIRE(CustomerMerges(pc2.db()).merge(two.kept, CustomerStore(pc2.db()).get(two.again).value()).ok());
    const QString b1 = bundleOf(pc1, "one.rdbundle");
    const QString b2 = bundleOf(pc2, "two.rdbundle");
    TempDatabase ab, ba;
    for (const auto &[archive, order] : {std::pair{&ab, QStringList{b1, b2}}, std::pair{&ba, QStringList{b2, b1}}})
        for (const QString &b : order)
            importInto(archive->db(), b);
    CHECK(rd::test::dumpCarried(ab.db()) == rd::test::dumpCarried(ba.db()));
    // The circle ends in one of the two: every case is with that one.
    const QString one = std::min(two.kept, two.again);
    CHECK(caseIdsOf(ab.db(), one) == sorted({two.keptCase, two.againCase}));
    CHECK(CustomerStore(ab.db()).find(QStringLiteral("Vries"))->size() == 1);
}

TEST_CASE("An erasure travels with every record of the person, in any order", "[customer][merge][privacy][bundle]")
{
    // PC 1 entered the hurried record; PC 2 got it in a bundle and merged it into the full one.
    TempDatabase pc1;
    const Twice two = enteredTwice(pc1.db());
    const QString b0 = bundleOf(pc1, "before.rdbundle");
    TempDatabase pc2;
    importInto(pc2.db(), b0);
    REQUIRE(CustomerMerges(pc2.db()).merge(two.again, picked(pc2.db(), two)).ok());
    const auto importBoth = [&](const QString &b1, const QString &b2, const std::function<void(Database &)> &check) {
        for (const QStringList &order : {QStringList{b0, b1, b2}, QStringList{b2, b1, b0}}) {
            TempDatabase archive;
            for (const QString &b : order)
                importInto(archive.db(), b);
            check(archive.db());
            checkHistoryIntact(archive.db());
        }
    };
    SECTION("erased on a PC that heard of the merge: both records go")
    {
        importInto(pc1.db(), bundleOf(pc2, "merged.rdbundle"));
        REQUIRE(Privacy(pc1.db()).eraseCustomer(two.kept, QStringLiteral("asked by letter")).ok());
        const QString b2 = bundleOf(pc1, "erased.rdbundle");
        importBoth(b2, b2, [&](Database &db) {
            CHECK(CustomerStore(db).find(QStringLiteral("Vries"))->isEmpty());
            CHECK(CustomerStore(db).find(QStringLiteral("020 555 0101"))->isEmpty());
            CHECK(CaseStore(db).get(two.againCase)->experience.isEmpty());
        });
    }
    SECTION("erased on a PC that never heard of the merge: that record and its cases go")
    {
        REQUIRE(Privacy(pc1.db()).eraseCustomer(two.again, QStringLiteral("asked on the phone")).ok());
        const QString b1 = bundleOf(pc1, "erased.rdbundle");
        const QString b2 = bundleOf(pc2, "merged.rdbundle");
        importBoth(b1, b2, [&](Database &db) {
            CHECK(CustomerStore(db).get(two.again)->name == Privacy::erasedName());
            CHECK(CustomerStore(db).find(QStringLiteral("P. de Vries"))->isEmpty());
            CHECK(CaseStore(db).get(two.againCase)->experience.isEmpty());
            CHECK(CaseStore(db).get(two.againCase)->customerId == two.again); // the merge no longer holds
        });
    }
}

TEST_CASE("Erasing a record merged into another erases the cases it brought", "[customer][merge][privacy]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    REQUIRE(CustomerMerges(t.db()).merge(two.again, CustomerStore(t.db()).get(two.kept).value()).ok());
    REQUIRE(Privacy(t.db()).eraseCustomer(two.again, QStringLiteral("asked by letter")).ok());
    CHECK(CaseStore(t.db()).get(two.againCase)->experience.isEmpty());
    CHECK(CustomerStore(t.db()).find(QStringLiteral("P. de Vries"))->isEmpty());
    CHECK(CustomerStore(t.db()).find(QStringLiteral("Pieter"))->isEmpty()); // one person: all of them
    CHECK(CustomerMerges(t.db()).undo(CustomerMerges(t.db()).into(two.kept)->value(0).id).error().code == Error::Code::Refused);
    checkHistoryIntact(t.db());
}

TEST_CASE("After the retention period a merged record goes with its survivor", "[customer][merge][privacy]")
{
    TempDatabase t;
    const Twice two = enteredTwice(t.db());
    REQUIRE(CustomerMerges(t.db()).merge(two.again, CustomerStore(t.db()).get(two.kept).value()).ok());
    for (const QString &id : {two.keptCase, two.againCase}) // closed long ago, as an old archive holds them
        REQUIRE(t.db().exec(QStringLiteral("UPDATE case_record SET status = 'closed', closed_at = ? WHERE id = ?"),
                            {t.clock().nowMs(), id}).ok());
    t.clock().advanceSecs(86400);
    auto anonymised = Privacy(t.db()).anonymiseClosedBefore(t.clock().nowMs());
    REQUIRE(anonymised.ok());
    CHECK(anonymised.value() == 2);
    CHECK(CustomerStore(t.db()).get(two.again)->name == Privacy::erasedName());
    CHECK(CustomerStore(t.db()).find(QStringLiteral("020 555 0101"))->isEmpty());
    // Anonymised records are not split again: their history reads as erased by that retention.
    CHECK(CustomerMerges(t.db()).undo(CustomerMerges(t.db()).into(two.kept)->value(0).id).error().code == Error::Code::Refused);
    checkHistoryIntact(t.db());
}

TEST_CASE("An erasure by the PC that created the survivor reaches a record another PC entered and merged",
          "[customer][merge][privacy][bundle]")
{
    // PC B entered the customer; PC A entered her again, got B's record and merged them. B hears
    // of the merge and erases her on request: the archive takes the erasure of both records.
    TempDatabase pcB;
    const QString kept = rd::test::newCustomer(pcB.db(), QStringLiteral("Pieter de Vries"), QStringLiteral("06 1234 5678"));
    const QString keptCase = CaseStore(pcB.db()).create(kept, Channel::Phone, CaseKind::Complaint, QStringLiteral("bram"))->id;
    TempDatabase pcA;
    const QString again = rd::test::newCustomer(pcA.db(), QStringLiteral("P. de Vries"), QStringLiteral("020 555 0101"));
    const QString againCase = CaseStore(pcA.db()).create(again, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    REQUIRE(CaseStore(pcA.db()).setField(againCase, CaseField::Experience, QStringLiteral("Parcel lost again")).ok());
    const QString fromA = bundleOf(pcA, "a.rdbundle");
    importInto(pcA.db(), bundleOf(pcB, "b.rdbundle"));
    REQUIRE(CustomerMerges(pcA.db()).merge(again, CustomerStore(pcA.db()).get(kept).value()).ok());
    importInto(pcB.db(), bundleOf(pcA, "merged.rdbundle"));
    REQUIRE(Privacy(pcB.db()).eraseCustomer(kept, QStringLiteral("asked by letter")).ok());
    const QString erased = bundleOf(pcB, "erased.rdbundle");

    TempDatabase archive;
    importInto(archive.db(), fromA); // the hurried record with its personal data
    importInto(archive.db(), erased);
    CHECK(CustomerStore(archive.db()).find(QStringLiteral("Vries"))->isEmpty());
    CHECK(CaseStore(archive.db()).get(againCase)->experience.isEmpty());
    CHECK(CaseStore(archive.db()).get(keptCase)->customerId == kept);
    checkHistoryIntact(archive.db());
}

TEST_CASE("The case search finds a moved case by the name it was opened under", "[customer][merge][search]")
{
    TempDatabase t;
    const QString kept = rd::test::newCustomer(t.db(), QStringLiteral("Anna Smit"), QStringLiteral("06 1234 5678"));
    const QString again = rd::test::newCustomer(t.db(), QStringLiteral("Anna Brouwer-Jones"), QStringLiteral("0612345678"));
    const QString moved = CaseStore(t.db()).create(again, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    auto merge = CustomerMerges(t.db()).merge(again, CustomerStore(t.db()).get(kept).value());
    REQUIRE(merge.ok());
    const auto found = [&t](const char *words) {
        QStringList ids;
        for (const SearchHit &hit : CaseSearch(t.db()).search(QString::fromUtf8(words)).value())
            ids << hit.caseId;
        return ids;
    };
    CHECK(found("Brouwer") == QStringList{moved}); // the name it was opened under
    CHECK(found("Smit") == QStringList{moved});    // and the survivor's
    REQUIRE(CustomerMerges(t.db()).undo(merge->id).ok());
    CHECK(found("Brouwer") == QStringList{moved});
    CHECK(found("Smit").isEmpty());
}
