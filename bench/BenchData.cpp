#include "BenchData.h"

#include "Database.h"
#include "Ids.h"
#include "Transaction.h"

#include <QRandomGenerator>

namespace rd::bench {

namespace {

constexpr int kBatch = 20000; // rows per transaction: large enough to be quick, small enough for the WAL
const char *const kOwners[] = {"anna", "bram", "carla", "daan", "eva", "femke", "gijs", "hanna", "ilse", "joost",
                               "kim", "lars", "mila", "noah", "olga", "piet", "roos", "sem", "tess", "yara"};
const char *const kKinds[] = {"complaint", "complaint", "complaint", "question", "suggestion", "compliment"};
const char *const kCauses[] = {"behaviour", "process", "process", "product", "information", "other"};

Status insertCase(Database &db, QRandomGenerator &rng, const QString &customerId, qint64 openedAt, int index)
{
    const QString id = newId();
    const QString owner = QString::fromLatin1(kOwners[index % 20]);
    const QString kind = QString::fromLatin1(kKinds[rng.bounded(6)]);
    const bool closed = rng.bounded(100) < 85;
    auto r = db.exec(QStringLiteral("INSERT INTO case_record (id, customer_id, owner, channel, kind, experience, "
                                    "expectation, summary, cause, status, opened_at, updated_at, closed_at) "
                                    "VALUES (?, ?, ?, 'phone', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {id, customerId, owner, kind,
                      QStringLiteral("The delivery of order %1 went wrong for the %2th time.").arg(index).arg(rng.bounded(5)),
                      QStringLiteral("Delivery within two days"), QStringLiteral("Order %1 late").arg(index),
                      QString::fromLatin1(kCauses[rng.bounded(6)]), closed ? QStringLiteral("closed") : QStringLiteral("open"),
                      openedAt, openedAt + 3600000, closed ? QVariant(openedAt + 86400000) : QVariant()});
    if (!r)
        return r.error();
    for (const char *eventKind : {"case.opened", "field.set"}) {
        auto e = db.exec(QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) VALUES (?, ?, ?, ?, ?, '{}')"),
                         {newId(), id, openedAt, owner, QString::fromLatin1(eventKind)});
        if (!e)
            return e.error();
    }
    if (index % 5 == 0) {
        // Closed history: kept, late or broken; the open ones are added separately.
        const int roll = int(rng.bounded(100));
        const QString status = roll < 80 ? QStringLiteral("kept") : roll < 95 ? QStringLiteral("late") : QStringLiteral("broken");
        auto p = db.exec(QStringLiteral("INSERT INTO promised_action (id, case_id, what, owner, due_at, original_due_at, "
                                        "kind, status, created_at, updated_at, done_at) "
                                        "VALUES (?, ?, 'call the carrier', ?, ?, ?, 'process', ?, ?, ?, ?)"),
                         {newId(), id, owner, openedAt + 86400000, openedAt + 86400000, status, openedAt, openedAt,
                          openedAt + 80000000});
        if (!p)
            return p.error();
    }
    return {};
}

Status insertOpenItem(Database &db, const QString &caseId, const QString &owner, qint64 dueAt, bool callback)
{
    auto r = callback
                 ? db.exec(QStringLiteral("INSERT INTO callback_note (id, case_id, for_whom, phone, question, window_start, "
                                          "window_end, created_at, updated_at) VALUES (?, ?, ?, '0612345678', "
                                          "'question about the invoice', ?, ?, ?, ?)"),
                           {newId(), caseId, owner, dueAt - 3600000, dueAt, dueAt - 86400000, dueAt - 86400000})
                 : db.exec(QStringLiteral("INSERT INTO promised_action (id, case_id, what, owner, due_at, original_due_at, "
                                          "kind, created_at, updated_at, next_contact) VALUES (?, ?, 'send the refund', "
                                          "?, ?, ?, 'process', ?, ?, 0)"),
                           {newId(), caseId, owner, dueAt, dueAt, dueAt - 86400000, dueAt - 86400000});
    return r ? Status() : Status(r.error());
}

} // namespace

Result<BenchShape> buildBenchData(Database &db, int cases, int ownerOpen, quint32 seed)
{
    QRandomGenerator rng(seed);
    BenchShape shape;
    const qint64 now = db.clock().nowMs();
    const qint64 threeYears = qint64(3) * 365 * 86400000;
    QString customerId;
    QStringList openCases;
    for (int done = 0; done < cases;) {
        Transaction tx(db);
        if (!tx.ok())
            return tx.status().error();
        for (int i = 0; i < kBatch && done < cases; ++i, ++done) {
            if (done % 3 == 0) { // a customer has three cases on average
                customerId = newId();
                auto c = db.exec(QStringLiteral("INSERT INTO customer (id, name, phone, phone_digits, email, created_at, "
                                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {customerId, QStringLiteral("Customer %1").arg(done / 3),
                                  QStringLiteral("06 %1").arg(10000000 + done / 3),
                                  QStringLiteral("06%1").arg(10000000 + done / 3),
                                  QStringLiteral("c%1@example.org").arg(done / 3), now - threeYears, now - threeYears});
                if (!c)
                    return c.error();
                ++shape.customers;
            }
            const qint64 openedAt = now - threeYears + qint64(double(done) / cases * threeYears);
            if (auto s = insertCase(db, rng, customerId, openedAt, done); !s)
                return s.error();
        }
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    shape.cases = cases;

    // Open work: the measured owner gets exactly ownerOpen items; each colleague a few hundred.
    auto recent = db.selectAll(QStringLiteral("SELECT id FROM case_record ORDER BY opened_at DESC LIMIT 5000"), {},
                               [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!recent || recent->isEmpty())
        return recent ? Error{Error::Code::Storage, QStringLiteral("no cases")} : recent.error();
    Transaction tx(db);
    for (int i = 0; i < ownerOpen; ++i) {
        const qint64 due = now + qint64(i - ownerOpen / 4) * 3600000; // a quarter overdue
        if (auto s = insertOpenItem(db, recent->at(i % recent->size()), QStringLiteral("anna"), due, i % 4 == 0); !s)
            return s.error();
    }
    const int colleagues = std::min(cases / 50, 19 * 300);
    for (int i = 0; i < colleagues; ++i) {
        const QString owner = QString::fromLatin1(kOwners[1 + i % 19]);
        if (auto s = insertOpenItem(db, recent->at(int(rng.bounded(int(recent->size())))), owner,
                                    now + qint64(rng.bounded(14 * 24)) * 3600000 - 86400000, i % 4 == 0);
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    shape.ownerOpenItems = ownerOpen;
    shape.allOpenItems = ownerOpen + colleagues;
    // Fresh statistics, as a real file gets from its periodic optimize.
    if (auto r = db.exec(QStringLiteral("ANALYZE")); !r)
        return r.error();
    return shape;
}

} // namespace rd::bench
