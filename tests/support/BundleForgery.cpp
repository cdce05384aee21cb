#include "BundleForgery.h"

#include "exchange/Bundle.h"
#include "storage/HistorySeal.h"
#include "exchange/WorkstationKey.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace rd::test {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &params)
{
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "forgery: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec()) {
        std::fprintf(stderr, "forgery: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

BundleForgery::BundleForgery(const QString &path) : m_name(QStringLiteral("forgery-") + QUuid::createUuid().toString())
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    c.setDatabaseName(path);
    m_ok = c.open();
}

BundleForgery::~BundleForgery()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_name, false);
        c.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool BundleForgery::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    return run(q, sql, params);
}

QVariant BundleForgery::scalar(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!run(q, sql, params) || !q.next())
        return {};
    return q.value(0);
}

bool BundleForgery::resealEvent(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!run(q, QStringLiteral("SELECT prev_hash, workstation, salt, coalesce(case_id, ''), coalesce(customer_id, ''), at, actor, "
                               "kind, data FROM case_event WHERE id = ?"),
             {id}) ||
        !q.next())
        return false;
    const EventSeal seal = HistorySeal::sealAfter(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), id,
                                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                                  q.value(6).toString(), q.value(7).toString(), q.value(8).toString());
    q.finish();
    return exec(QStringLiteral("UPDATE case_event SET data_hash = ?, hash = ? WHERE id = ?"), {seal.dataHash, seal.hash, id});
}

bool BundleForgery::resealContent(bool sign)
{
    QSqlDatabase c = QSqlDatabase::database(m_name);
    // The digest of the history chains, where they still run from start to end (a forger who
    // broke a chain cannot make one either).
    {
        QSqlQuery events(c);
        if (!run(events, QStringLiteral("SELECT coalesce(case_id, 'customer:' || customer_id), coalesce(workstation, ''), hash, "
                                        "coalesce(prev_hash, '') FROM case_event WHERE hash IS NOT NULL"),
                 {}))
            return false;
        HistoryChains chains(HistoryChains::Keep::DigestOnly);
        while (events.next())
            chains.add(events.value(0).toString().toUtf8(), events.value(1).toString().toUtf8(), events.value(2).toString().toUtf8(),
                       events.value(3).toString().toUtf8());
        events.finish();
        if (!exec(QStringLiteral("UPDATE manifest SET value = ? WHERE key = ?"), {chains.digest(), SignedHistory::chainsEntry()}))
            return false;
    }
    // The same walk as the exporter's: every carried table in id order, every value as text.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Schema::dataTables()) {
        QSqlQuery info(c);
        if (!run(info, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table}))
            return false;
        QStringList columns;
        while (info.next())
            if (info.value(0).toString() != QLatin1String("seq") && info.value(0).toString() != QLatin1String("call_step"))
                columns << info.value(0).toString();
        if (columns.isEmpty())
            continue; // an older bundle without this table
        QSqlQuery rows(c);
        if (!run(rows, QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table), {}))
            return false;
        hash.addData(table.toUtf8() + '\x1d' + columns.join(QLatin1Char(',')).toUtf8() + '\x1d');
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\\N") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return exec(QStringLiteral("UPDATE manifest SET value = ? WHERE key = 'content_sha256'"),
                {QString::fromLatin1(hash.result().toHex())}) &&
           (!sign || resign());
}

bool BundleForgery::resign()
{
    // As an insider would: with the key of a workstation the archive trusts (the tests' own).
    auto key = WorkstationKey::loadOrCreate(WorkstationKey::defaultFolder());
    if (!key)
        return false;
    if (!exec(QStringLiteral("INSERT INTO manifest (key, value) VALUES ('workstation_key', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {QString::fromLatin1(key->publicKey().toBase64())}))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!run(q, QStringLiteral("SELECT key, value FROM manifest"), {}))
        return false;
    QList<QPair<QString, QString>> entries;
    while (q.next())
        entries << qMakePair(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return exec(QStringLiteral("INSERT INTO manifest (key, value) VALUES ('signature', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {QString::fromLatin1(key->sign(SignedHistory::signedText(entries)).toBase64())});
}

} // namespace rd::test
