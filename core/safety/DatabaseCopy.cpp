#include "safety/DatabaseCopy.h"

#include "storage/HistorySeal.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "search/SearchIndex.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>

namespace rd {

namespace {

constexpr int kBatchRows = 2000;

// Settings that describe the data (not the file's or the PC's identity) travel with it.
const char *const kCarriedSettings[] = {"retention_months"};

} // namespace

QHash<QString, DatabaseCopy::Condition> DatabaseCopy::rowsOf(const Cases &chosen)
{
    // Each use of the chosen cases in a condition binds their parameters once more.
    const QString cases = QStringLiteral("(%1)").arg(chosen.select);
    // The customers of the cases, and those a merge moved a case from (2 uses of the cases)…
    const QString own = QStringLiteral("(SELECT customer_id FROM main.case_record WHERE id IN %1 UNION "
                                       "SELECT origin_customer_id FROM main.case_record WHERE id IN %1 AND origin_customer_id IS NOT NULL)")
                            .arg(cases);
    // … and every merge that names one of them, with its other customer (4 uses): an undone
    // merge travels too, so an archive that holds it still active learns it was undone.
    const QString merges = QStringLiteral("(SELECT id FROM main.customer_merge WHERE merged_id IN %1 OR survivor_id IN %1)").arg(own);
    const QString customers =
        QStringLiteral("(SELECT id FROM main.customer WHERE id IN %1 OR id IN (SELECT merged_id FROM main.customer_merge WHERE id IN %2) "
                       "OR id IN (SELECT survivor_id FROM main.customer_merge WHERE id IN %2))")
            .arg(own, merges);
    const int customerUses = 2 + 4 + 4;
    const auto condition = [&chosen](const QString &sql, int uses) {
        Condition c{sql, {}};
        for (int i = 0; i < uses; ++i)
            c.params += chosen.params;
        return c;
    };
    return {
        {QStringLiteral("customer"), condition(QStringLiteral("id IN ") + customers, customerUses)},
        {QStringLiteral("customer_merge"), condition(QStringLiteral("id IN ") + merges, 4)},
        {QStringLiteral("case_record"), condition(QStringLiteral("id IN ") + cases, 1)},
        {QStringLiteral("promised_action"), condition(QStringLiteral("case_id IN ") + cases, 1)},
        {QStringLiteral("callback_note"), condition(QStringLiteral("case_id IN ") + cases, 1)},
        {QStringLiteral("case_event"),
         condition(QStringLiteral("case_id IN %1 OR (case_id IS NULL AND customer_id IN %2)").arg(cases, customers), 1 + customerUses)},
        {QStringLiteral("improvement_case"), condition(QStringLiteral("case_id IN ") + cases, 1)},
        {QStringLiteral("improvement_item"),
         condition(QStringLiteral("id IN (SELECT item_id FROM main.improvement_case WHERE case_id IN %1)").arg(cases), 1)},
        // What a team lead recognised in the cases.
        {QStringLiteral("recognition"), condition(QStringLiteral("case_id IN ") + cases, 1)},
        // The reflections of the employees whose cases travel.
        {QStringLiteral("reflection"),
         condition(QStringLiteral("employee IN (SELECT owner FROM main.case_record WHERE id IN %1)").arg(cases), 1)},
    };
}

Result<qint64> DatabaseCopy::copyRows(Database &from, const QString &fromTable, Database &to, const QString &toTable,
                                      const QStringList &columns, const QString &typesOf, const QString &order,
                                      const Condition &where)
{
    auto rows = from.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                              .arg(columns.join(QStringLiteral(", ")), fromTable,
                                   where.sql.isEmpty() ? QStringLiteral("1 = 1") : where.sql, order),
                          where.params);
    if (!rows)
        return rows.error();
    BulkInsert insert(to, toTable, columns, typesOf);
    QSqlQuery *q = rows.value();
    qint64 copied = 0;
    while (q->next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << q->value(i);
        insert.add(values);
        ++copied;
        if (insert.pending() >= kBatchRows)
            if (auto s = insert.flush(); !s)
                return s.error();
    }
    // A damaged page ends next() as the last row would; a copy that stops there is no copy.
    if (auto failed = from.readError(*q, tr("read %1").arg(fromTable)); !failed)
        return failed.error();
    q->finish();
    if (auto s = insert.flush(); !s)
        return s.error();
    return copied;
}

Status DatabaseCopy::carryChainCounts(Database &from, Database &to, bool chosenOnly)
{
    // The copy's trigger counted the events that arrived; the source's counts say how many were
    // written. Carried over, they let the copy's verify see events removed from the source.
    if (auto r = to.execOnce(QStringLiteral("DELETE FROM history_chain")); !r)
        return r;
    const QStringList columns{QStringLiteral("chain"), QStringLiteral("workstation"), QStringLiteral("events")};
    auto rows = copyRows(from, QStringLiteral("main.history_chain"), to, QStringLiteral("history_chain"), columns,
                         QStringLiteral("history_chain"), QStringLiteral("chain, workstation"));
    if (!rows)
        return rows.error();
    if (!chosenOnly)
        return {};
    // Of a selection, the chains of the chosen cases and their customers.
    auto r = to.execOnce(QStringLiteral("DELETE FROM history_chain WHERE chain NOT IN (SELECT id FROM case_record) "
                                        "AND chain NOT IN (SELECT 'customer:' || id FROM customer)"));
    return r ? Status() : Status(r.error());
}

Result<CopyStats> DatabaseCopy::copy(Database &from, Database &to, const Cases &chosen)
{
    QElapsedTimer timer;
    timer.start();
    auto existing = to.scalar(QStringLiteral("SELECT count(*) FROM case_record"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error{Error::Code::Refused,
                     tr("%1 already holds %n case(s). Move into an empty database, or merge with export and import.",
                        nullptr, int(existing->toLongLong()))
                         .arg(to.path())};
    CopyStats stats;
    // Long work on both sides: the source's snapshot and the target's transaction stay open while
    // this PC copies every row (a server would otherwise end a session idle in its transaction).
    const auto usual = qScopeGuard([&] {
        for (Database *side : {&from, &to})
            static_cast<void>(side->execEach(side->dialect().longWork(false)));
    });
    for (Database *side : {&from, &to})
        if (auto r = side->execEach(side->dialect().longWork(true)); !r)
            return r.error();
    // One state of the source throughout: a case and its history as they were at one moment.
    Transaction snapshot(from, Transaction::Kind::Snapshot);
    if (!snapshot.ok())
        return snapshot.status().error();
    const QHash<QString, Condition> where = chosen.select.isEmpty() ? QHash<QString, Condition>() : rowsOf(chosen);
    const Status copied = Transaction::run(to, [&]() -> Status {
        for (const QString &table : Schema::dataTables()) {
            const TableSpec spec = Schema::table(table);
            QStringList columns;
            QString order = QStringLiteral("id");
            for (const ColumnSpec &c : spec.columns) {
                if (c.type == ColumnType::Sequence)
                    order = c.name; // the history in its own order: each event seals onto the one before
                else
                    columns << c.name;
            }
            auto rows = copyRows(from, QStringLiteral("main.") + table, to, table, columns, table, order, where.value(table));
            if (!rows)
                return rows.error();
            stats.rows += rows.value();
        }
        if (auto s = carryChainCounts(from, to, !chosen.select.isEmpty()); !s)
            return s;
        // A whole database keeps the workstations it trusts and the signed history it imported
        // (a selection is a bundle's: never).
        if (chosen.select.isEmpty())
            for (const auto &[table, order] : {std::pair{QStringLiteral("trusted_workstation"), QStringLiteral("public_key")},
                                               std::pair{QStringLiteral("signed_bundle"), QStringLiteral("id")},
                                               std::pair{QStringLiteral("signed_chain"), QStringLiteral("bundle, chain, workstation")}}) {
                QStringList columns;
                for (const ColumnSpec &c : Schema::table(table).columns)
                    columns << c.name;
                auto kept = copyRows(from, QStringLiteral("main.") + table, to, table, columns, table, order);
                if (!kept)
                    return kept.error();
            }
        // The history this file wrote stays its own in the copy (SignedHistory tells it from
        // events other PCs signed by these ids).
        if (chosen.select.isEmpty() && from.backend() == Backend::SQLite) {
            auto ids = HistorySeal::idsWrittenUnder(from);
            if (!ids)
                return ids.error();
            if (auto s = HistorySeal::rememberFormerIds(to, ids.value()); !s)
                return s;
        }
        for (const char *key : kCarriedSettings) {
            auto value = from.scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QLatin1String(key)});
            if (!value)
                return value.error();
            if (!value->isValid())
                continue;
            auto r = to.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {QLatin1String(key), value->toString()});
            if (!r)
                return r.error();
        }
        return SearchIndex(to).rebuildAll();
    });
    if (!copied)
        return copied.error();
    auto cases = to.scalar(QStringLiteral("SELECT count(*) FROM case_record"));
    auto events = to.scalar(QStringLiteral("SELECT count(*) FROM case_event"));
    if (!cases || !events)
        return (cases ? events.error() : cases.error());
    stats.cases = cases->toLongLong();
    stats.events = events->toLongLong();
    stats.seconds = double(timer.nsecsElapsed()) / 1e9;
    return stats;
}

} // namespace rd
