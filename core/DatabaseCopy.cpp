#include "DatabaseCopy.h"

#include "BulkInsert.h"
#include "Database.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "Transaction.h"

#include <QElapsedTimer>

namespace rd {

namespace {

constexpr int kBatchRows = 2000;

// Settings that describe the data (not the file's or the PC's identity) travel with it.
const char *const kCarriedSettings[] = {"retention_months"};

} // namespace

Result<qint64> DatabaseCopy::copyRows(Database &from, const QString &fromTable, Database &to, const QString &toTable,
                                      const QStringList &columns, const QString &typesOf, const QString &order)
{
    auto rows = from.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), fromTable, order));
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
    q->finish();
    if (auto s = insert.flush(); !s)
        return s.error();
    return copied;
}

Result<CopyStats> DatabaseCopy::copy(Database &from, Database &to)
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
            auto rows = copyRows(from, table, to, table, columns, table, order);
            if (!rows)
                return rows.error();
            stats.rows += rows.value();
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
