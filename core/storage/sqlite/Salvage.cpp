#include "storage/sqlite/Salvage.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "search/SearchIndex.h"
#include "storage/sqlite/SqliteFile.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>

#include <optional>

namespace rd {

namespace {

// Parents first, so every row that is kept finds what it refers to; then this file's settings.
const QStringList kTables = Schema::dataTables() + QStringList{QStringLiteral("setting")};

} // namespace

Result<QStringList> Salvage::check(Database &db)
{
    auto rows = SqliteFile::check(db);
    if (!rows)
        return QStringList{rows.message()}; // a file too damaged to check is damaged
    if (rows->size() == 1 && rows->first() == QLatin1String("ok"))
        return QStringList();
    return rows.value();
}

Result<QStringList> Salvage::check(const QString &path)
{
    auto db = Database::openReadOnly(path);
    if (!db) {
        if (db.error().code == Error::Code::Storage)
            return QStringList{db.message()};
        return db.error();
    }
    return check(*db.value());
}

Result<QString> Salvage::setAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!Database::moveFiles(path, aside))
        return Error{Error::Code::Storage,
                     tr("Could not move the damaged file %1 aside. Close other programs that use it and try again.")
                         .arg(QDir::toNativeSeparators(path))};
    return aside;
}

Result<SalvageStats> Salvage::salvage(const QString &damagedPath, const QString &freshPath)
{
    auto fresh = Database::open(freshPath);
    if (!fresh)
        return fresh.error();
    Database &db = *fresh.value();
    std::optional<SqliteFile::Attachment> damaged(std::in_place, db, damagedPath, QStringLiteral("damaged"), true);
    if (!damaged->ok())
        return Error{damaged->error().code, tr("Nothing could be read from %1: %2")
                                                .arg(QDir::toNativeSeparators(damagedPath), damaged->error().message)};
    SalvageStats stats;
    // Each slice is a transaction of its own: reading a damaged page may roll back the whole
    // transaction, which must not take the slices saved before with it. A fresh file that a
    // crash cuts short is simply salvaged again, so it need not be synced slice by slice.
    static_cast<void>(db.execOnce(QStringLiteral("PRAGMA synchronous=OFF"))); // only speed; the end syncs
    const Status s = [&]() -> Status {
        for (const QString &table : kTables) {
            auto cols = SqliteFile::columns(db, QStringLiteral("damaged"), table);
            if (!cols || cols->isEmpty())
                continue; // the table itself is unreadable, or older than this version
            const QString list = cols->join(QStringLiteral(", "));
            const QString copy = QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM damaged.%1 "
                                                "WHERE rowid BETWEEN ? AND ?")
                                     .arg(table, list);
            auto range = db.selectOne(QStringLiteral("SELECT min(rowid), max(rowid) FROM damaged.%1").arg(table), {},
                                      [](const QSqlQuery &q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong()); },
                                      Error{});
            if (!range) {
                ++stats.rowsLost; // the table's pages cannot be walked at all
                continue;
            }
            // Large slices first; a slice that fails is split until single rows remain.
            QList<QPair<qint64, qint64>> todo{range.value()};
            while (!todo.isEmpty()) {
                const auto [from, to] = todo.takeLast();
                if (from > to)
                    continue;
                auto before = db.scalar(QStringLiteral("SELECT total_changes()"));
                if (db.execOnce(QStringLiteral("BEGIN")) && db.execOnce(copy, {from, to}) && db.execOnce(QStringLiteral("COMMIT"))) {
                    auto after = db.scalar(QStringLiteral("SELECT total_changes()"));
                    if (before && after)
                        stats.rowsSaved += after->toLongLong() - before->toLongLong();
                    continue;
                }
                static_cast<void>(db.execOnce(QStringLiteral("ROLLBACK"))); // may already have happened
                if (from == to) {
                    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM damaged.%1 WHERE rowid = ?").arg(table), {from});
                    if (!exists || exists->toInt() > 0)
                        ++stats.rowsLost;
                    continue;
                }
                const qint64 middle = from + (to - from) / 2;
                todo.append({middle + 1, to});
                todo.append({from, middle});
            }
        }
        auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM main.case_record"));
        stats.cases = cases ? cases->toLongLong() : 0;
        return Transaction::run(db, [&] { return SearchIndex(db).rebuildAll(); });
    }();
    damaged.reset();
    // Written without syncing: the checkpoint makes it durable before anyone relies on it, and a
    // salvage that cannot be made durable has not succeeded.
    const Status synced = db.execOnce(QStringLiteral("PRAGMA synchronous=FULL"));
    const Status durable = synced ? db.execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) : synced;
    if (!s)
        return s.error();
    if (!durable)
        return durable.error();
    return stats;
}

} // namespace rd
