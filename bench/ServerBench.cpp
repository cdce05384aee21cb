#include "ServerBench.h"

#include "BaselineSql.h"
#include "lists/CasePager.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "review/DemoData.h"
#include "cases/EventLog.h"
#include "storage/HistorySeal.h"
#include "search/postgres/PostgresSearch.h"
#include "agreements/PromiseStore.h"
#include "Timings.h"
#include "lists/WorkQueue.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace rd::bench {

namespace {

/// The baseline: a query prepared, bound and read to the end on a plain QPSQL connection.
int bare(QSqlDatabase connection, const QString &sql, const QVariantList &params = {})
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < params.size(); ++i)
        q.bindValue(i, params.at(i));
    if (!q.exec())
        return -1;
    int rows = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            q.value(c);
        ++rows;
    }
    return rows;
}

struct Sample
{
    double ms;
    bool act;   ///< a queue act (promise made and kept) rather than an autosave
    bool first; ///< the first of its kind on its connection, which prepares its statements
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(double(values.size()) * p)));
}

} // namespace

int runServerBench(const ServerBenchOptions &options, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = Database::open(options.address);
    if (!opened) {
        out << "Could not open " << options.address << ": " << opened.message() << "\n";
        return 1;
    }
    Database &d = *opened.value();
    out << "Open: " << QString::number(clock.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";
    const qint64 present = CaseStore(d).count().value();
    if (present == 0) {
        DemoData demo(d, 42, DemoData::Language::English);
        auto stats = demo.generate(options.cases);
        auto extra = stats ? demo.addOpenItems(QStringLiteral("anna"), 200) : Result<int>(stats.error());
        if (!extra) {
            out << "Building the data failed: " << extra.message() << "\n";
            return 1;
        }
        out << "Built " << stats->cases << " cases in " << stats->seconds << " s ("
            << qRound(stats->cases / qMax(stats->seconds, 0.001)) << " cases/s)\n";
    }
    out << "Database: " << d.path() << "  (" << CaseStore(d).count().value() << " cases)\n\n";
    auto bareOpened = Database::open(options.address); // its connection, used without our layers
    if (!bareOpened)
        return 1;
    const QSqlDatabase plain = bareOpened.value()->connection();
    const int runs = options.runs;
    printHeading(out);
    {
        const Timing product = measure(qMin(runs, 20), [&] { must(Database::open(options.address)); });
        printRow(out, QStringLiteral("open the database (connect + check)"), product, {}, QStringLiteral("(start < 1 s)"));
    }

    CasePager pager(d);
    CaseListQuery newest;
    const QString listSql = caseListSelect();
    printRow(out, QStringLiteral("case list: first page (100 rows)"), measure(runs, [&] { must(pager.pageAfter(newest, std::nullopt, 100)); }),
             measure(runs, [&] { bare(plain, listSql + QStringLiteral("ORDER BY c.opened_at DESC, c.id DESC LIMIT 100 OFFSET 0")); }),
             QStringLiteral("< 5 ms"));
    QList<CaseListKey> pivots;
    printRow(out, QStringLiteral("case list: pivots, once per order (worker)"),
             measure(qMin(runs, 5), [&] { pivots = pager.pivots(newest).value(); }), {}, QStringLiteral("(background)"));
    {
        const qint64 total = pager.count(newest).value();
        const qint64 target = total * 9 / 10;
        const int p = int(target / CasePager::kPivotEvery);
        const int offset = int(target - qint64(p) * CasePager::kPivotEvery);
        const CaseListKey key = pivots.value(p);
        printRow(out, QStringLiteral("case list: page at 90% depth"), measure(runs, [&] { must(pager.pageFrom(newest, key, offset, 100)); }),
                 measure(runs, [&] {
                     bare(plain, listSql + QStringLiteral("WHERE (c.opened_at, c.id) <= (?, ?) ORDER BY c.opened_at DESC, c.id DESC "
                                                          "LIMIT 100 OFFSET ?"),
                          {key.value, key.id, offset});
                 }),
                 QStringLiteral("< 5 ms"));
    }
    {
        CaseListQuery byName;
        byName.sort = CaseListQuery::Sort::Customer;
        byName.descending = false;
        printRow(out, QStringLiteral("case list: sort change (count + first page)"), measure(qMin(runs, 20), [&] {
                     must(pager.count(byName));
                     must(pager.pageAfter(byName, std::nullopt, 100));
                 }),
                 measure(qMin(runs, 20), [&] {
                     bare(plain, QStringLiteral("SELECT count(*) FROM case_record c"));
                     bare(plain, listSql + QStringLiteral("ORDER BY lower(c.customer_name), c.id LIMIT 100 OFFSET 0"));
                 }),
                 QStringLiteral("< 16 ms"));
    }
    {
        const QString rare = d.scalar(QStringLiteral("SELECT phone FROM customer ORDER BY created_at DESC LIMIT 1"))->toString();
        const QStringList words{QStringLiteral("parcel"), rare};
        const QStringList names{QStringLiteral("search, common word: parcel"), QStringLiteral("search, rare: one phone number")};
        for (int i = 0; i < 2; ++i) {
            int hits = 0;
            const QString query = PostgresSearch::tsQuery(words[i]);
            const Timing product = measure(qMin(runs, 50), [&] { hits = int(CaseSearch(d).search(words[i], 50)->size()); });
            const Timing baseline = measure(qMin(runs, 50), [&] {
                bare(plain,
                     QStringLiteral("SELECT c.id, c.customer_name, c.kind, c.status, c.opened_at, "
                                    "ts_headline('simple', s.name || ' ' || s.body, to_tsquery('simple', ?), 'MaxWords=14, MinWords=6') FROM "
                                    "(SELECT case_id, score FROM (SELECT case_id, ts_rank(document, to_tsquery('simple', ?)) AS score "
                                    "FROM case_search WHERE document @@ to_tsquery('simple', ?) ORDER BY case_id DESC LIMIT 2000) AS w "
                                    "ORDER BY score DESC, case_id DESC LIMIT 50) AS m "
                                    "JOIN case_record c ON c.id = m.case_id JOIN case_search s ON s.case_id = m.case_id "
                                    "ORDER BY m.score DESC, m.case_id DESC"),
                     {query, query, query});
            });
            printRow(out, names[i] + QStringLiteral(" %1 hits").arg(hits), product, baseline, QStringLiteral("< 30 ms"));
        }
    }
    {
        const QString caseId = d.scalar(QStringLiteral("SELECT case_id FROM promised_action ORDER BY created_at DESC LIMIT 1"))->toString();
        printRow(out, QStringLiteral("case timeline"), measure(runs, [&] { must(EventLog(d).timeline(caseId)); }), measure(runs, [&] {
                     bare(plain, QStringLiteral("SELECT id, case_id, customer_id, at, actor, kind, data FROM case_event "
                                                "WHERE case_id = ? ORDER BY at, seq"),
                          {caseId});
                 }),
                 QStringLiteral("< 10 ms"));
    }
    {
        const qint64 until = d.clock().nowMs() + qint64(365) * 86400000;
        int shown = 0;
        const Timing product = measure(runs, [&] {
            auto items = WorkQueue(d).dueBy(QStringLiteral("anna"), until);
            shown = int(items->size());
        });
        const Timing baseline = measure(runs, [&] {
            bare(plain, QString::fromLatin1(kQueueSql), {QStringLiteral("anna"), until, QStringLiteral("anna"), until});
        });
        printRow(out, QStringLiteral("work queue of one owner (%1 items)").arg(shown), product, baseline, QStringLiteral("< 50 ms"));
    }
    const QString customer = d.scalar(QStringLiteral("SELECT id FROM customer LIMIT 1"))->toString();
    {
        auto made = CaseStore(d).create(customer, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
        int n = 0;
        const Timing save = measure(qMax(runs, 500), [&] {
            must(CaseStore(d).setField(made->id, CaseField::Experience, QStringLiteral("typed text %1").arg(++n)));
        });
        const Timing bareSave = measure(qMax(runs, 500), [&] {
            bare(plain, QStringLiteral("BEGIN"));
            bare(plain, QStringLiteral("UPDATE case_record SET experience = ?, updated_at = ? WHERE id = ?"),
                 {QStringLiteral("bare text %1").arg(++n), qint64(n), made->id});
            bare(plain, QStringLiteral("UPDATE case_search SET body = ?, document = to_tsvector('simple', ?) WHERE case_id = ?"),
                 {QStringLiteral("bare text %1").arg(n), QStringLiteral("bare text %1").arg(n), made->id});
            bare(plain, QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) VALUES (?, ?, ?, 'bench', "
                                       "'field.set', '{}')"),
                 {QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(n), made->id, qint64(n)});
            bare(plain, QStringLiteral("COMMIT"));
        });
        printRow(out, QStringLiteral("autosave of one field (durable commit)"), save, bareSave, QStringLiteral("< 10 ms p99"));
    }

    // Many workstations at once: each saves into a case of its own and every fifth time makes a
    // promise and keeps it, for the whole period (without a pause: the worst case).
    out << "\n" << options.workstations << " workstations saving and acting on their queues for " << options.seconds << " s, "
        << (options.pauseMs > 0 ? QStringLiteral("each pausing about %1 ms between operations").arg(options.pauseMs)
                                : QStringLiteral("each as fast as it can"))
        << ":\n";
    out.flush();
    QMutex lock;
    std::vector<Sample> samples;
    std::atomic<qint64> expected = 0, failures = 0;
    qint64 before = d.scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE workstation LIKE 'bench-ws-%'"))->toLongLong();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < options.workstations; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            Database::Options own;
            own.workstation = QStringLiteral("bench-ws-%1").arg(w, 2, 10, QLatin1Char('0'));
            auto db = Database::open(options.address, own);
            if (!db) {
                ++failures;
                return;
            }
            db.value()->setActor(own.workstation);
            auto mine = CaseStore(*db.value()).create(customer, Channel::Phone, CaseKind::Complaint, own.workstation);
            if (!mine) {
                ++failures;
                return;
            }
            std::vector<Sample> local;
            QRandomGenerator jitter(quint32(w + 1));
            const QDeadlineTimer deadline(qint64(options.seconds) * 1000);
            bool firstSave = true, firstAct = true;
            for (int i = 0; !deadline.hasExpired(); ++i) {
                QElapsedTimer t;
                t.start();
                const bool act = i % 5 == 4;
                bool ok;
                if (act) {
                    auto promise = PromiseStore(*db.value()).add(mine->id, QStringLiteral("call back"), own.workstation,
                                                                 db.value()->clock().nowMs() + 3600000, PromiseKind::Process);
                    ok = promise && PromiseStore(*db.value()).complete(promise->id, QStringLiteral("done")).ok();
                    if (ok)
                        expected += 2; // promise.made, promise.kept
                } else {
                    ok = CaseStore(*db.value()).setField(mine->id, CaseField::Note, QStringLiteral("note %1").arg(i)).ok();
                    if (ok)
                        expected += 1; // field.set
                }
                if (!ok)
                    ++failures;
                bool &first = act ? firstAct : firstSave;
                local.push_back({double(t.nsecsElapsed()) / 1e6, act, first});
                first = false;
                // Pauses vary around the set length, as people's typing does, so the
                // workstations do not all arrive in the same millisecond.
                if (options.pauseMs > 0)
                    QThread::msleep(ulong(options.pauseMs / 2 + int(jitter.bounded(options.pauseMs + 1))));
            }
            QMutexLocker hold(&lock);
            samples.insert(samples.end(), local.begin(), local.end());
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    // Each workstation's own case was opened with one event besides the counted ones.
    const qint64 after = d.scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE workstation LIKE 'bench-ws-%'"))->toLongLong();
    const qint64 stored = after - before - options.workstations;
    // A PC prepares each statement on its connection the first time it runs it, once per start:
    // those first operations are counted apart, the percentiles are of the operations after them.
    std::vector<double> saves, acts, firsts;
    for (const Sample &s : samples)
        (s.first ? firsts : s.act ? acts : saves).push_back(s.ms);
    out << "  operations: " << samples.size() << " (" << qRound(double(samples.size()) / options.seconds) << " a second), "
        << failures << " failed\n";
    out << "  autosave: median " << percentile(saves, 0.5) << " ms, p99 " << percentile(saves, 0.99) << " ms ("
        << saves.size() << ")\n";
    out << "  queue act (promise made + kept): median " << percentile(acts, 0.5) << " ms, p99 " << percentile(acts, 0.99)
        << " ms (" << acts.size() << ")\n";
    out << "  first autosave and first act of each workstation (statements prepared): median " << percentile(firsts, 0.5)
        << " ms, slowest " << percentile(firsts, 1.0) << " ms (" << firsts.size() << ")\n";
    out << "  events acknowledged " << expected << ", stored " << stored << ", lost " << (expected - stored) << "\n";
    auto report = HistorySeal::verify(d);
    out << "  sealed history: " << (report && report->intact ? QStringLiteral("intact") : QStringLiteral("BROKEN")) << " ("
        << (report ? report->events : 0) << " events, " << (report ? report->chains : 0) << " chains)\n";
    return failures == 0 && expected == stored ? 0 : 1;
}

} // namespace rd::bench
