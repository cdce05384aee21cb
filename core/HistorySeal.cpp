#include "HistorySeal.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>

namespace rd {

namespace {

constexpr int kHashBytes = 12; // 96 bits: ample against accidents, and small beside millions of events
constexpr int kSaltBytes = 6;

QString shortHash(const QByteArray &input)
{
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256)
                                   .left(kHashBytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomText(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(random.bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString HistorySeal::newWorkstationId() { return randomText(*QRandomGenerator::system(), 9); }

QString HistorySeal::newSalt(QRandomGenerator &random) { return randomText(random, kSaltBytes); }

Result<QString> HistorySeal::workstationId(Database &db)
{
    // A server database is shared by many PCs: each client seals with its own name.
    if (db.backend() == Backend::PostgreSQL)
        return db.clientWorkstation();
    auto id = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'workstation'"));
    if (!id)
        return id.error();
    if (id->isValid())
        return id->toString();
    const QString fresh = newWorkstationId();
    if (auto r = db.exec(QStringLiteral("INSERT INTO setting VALUES ('workstation', ?)"), {fresh}); !r)
        return r.error();
    return fresh;
}

QString HistorySeal::dataHash(const QString &salt, const QString &data)
{
    return shortHash(salt.toUtf8() + '\x1f' + data.toUtf8());
}

QString HistorySeal::linkHash(const QString &prevHash, const QString &eventId, const QString &caseId,
                              const QString &customerId, qint64 at, const QString &actor, const QString &kind,
                              const QString &workstation, const QString &dataHash)
{
    const QStringList fields = {prevHash, eventId, caseId, customerId, QString::number(at), actor, kind, workstation, dataHash};
    return shortHash(fields.join(QChar(0x1f)).toUtf8());
}

EventSeal HistorySeal::sealAfter(const QString &prevHash, const QString &workstation, const QString &salt,
                                 const QString &eventId, const QString &caseId, const QString &customerId, qint64 at,
                                 const QString &actor, const QString &kind, const QString &data)
{
    EventSeal s;
    s.workstation = workstation;
    s.salt = salt;
    s.dataHash = dataHash(salt, data);
    s.prevHash = prevHash;
    s.hash = linkHash(prevHash, eventId, caseId, customerId, at, actor, kind, workstation, s.dataHash);
    return s;
}

Result<EventSeal> HistorySeal::next(Database &db, const QString &eventId, const QString &caseId,
                                    const QString &customerId, qint64 at, const QString &actor, const QString &kind,
                                    const QString &data)
{
    auto workstation = workstationId(db);
    if (!workstation)
        return workstation.error();
    auto prev = caseId.isEmpty()
                    ? db.scalar(QStringLiteral("SELECT hash FROM case_event WHERE customer_id = ? AND case_id IS NULL "
                                               "AND workstation = ? ORDER BY seq DESC LIMIT 1"),
                                {customerId, workstation.value()})
                    : db.scalar(QStringLiteral("SELECT hash FROM case_event WHERE case_id = ? AND workstation = ? "
                                               "ORDER BY seq DESC LIMIT 1"),
                                {caseId, workstation.value()});
    if (!prev)
        return prev.error();
    return sealAfter(prev->toString(), workstation.value(), newSalt(*QRandomGenerator::system()), eventId, caseId,
                     customerId, at, actor, kind, data);
}

Result<SealReport> HistorySeal::verify(Database &db)
{
    SealReport report;
    auto unsealed = db.scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE hash IS NULL"));
    if (!unsealed)
        return unsealed.error();
    report.unsealed = unsealed->toLongLong();

    // One chain at a time: its events are read together, so memory stays small at any size.
    auto r = db.exec(QStringLiteral(
        "SELECT id, coalesce(case_id, ''), coalesce(customer_id, ''), at, actor, kind, data, workstation, salt, "
        "data_hash, prev_hash, hash, coalesce(case_id, 'customer:' || customer_id) AS chain "
        "FROM case_event WHERE hash IS NOT NULL ORDER BY chain, workstation, seq"));
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    QString chainKey;
    QSet<QString> hashes, prevs;
    QList<QPair<QString, QString>> links; // (event id, prev hash) of the current chain
    int firsts = 0;
    const auto fail = [&report](const QString &eventId, const QString &problem) {
        if (!report.intact)
            return;
        report.intact = false;
        report.brokenEventId = eventId;
        report.problem = problem;
    };
    const auto closeChain = [&]() {
        for (const auto &link : std::as_const(links))
            if (!link.second.isEmpty() && !hashes.contains(link.second))
                fail(link.first, tr("the event before it in this case is missing"));
        if (!links.isEmpty() && firsts != 1)
            fail(links.first().first, tr("this case's history has %n starting events instead of one", nullptr, firsts));
        hashes.clear();
        prevs.clear();
        links.clear();
        firsts = 0;
    };
    while (q->next()) {
        const QString id = q->value(0).toString();
        const QString key = q->value(12).toString() + QChar(0x1f) + q->value(7).toString();
        if (key != chainKey) {
            closeChain();
            chainKey = key;
            ++report.chains;
        }
        ++report.events;
        const QString salt = q->value(8).toString();
        const QString storedDataHash = q->value(9).toString();
        if (q->value(8).isNull())
            ++report.erased;
        else if (dataHash(salt, q->value(6).toString()) != storedDataHash)
            fail(id, tr("its data was changed after it was written"));
        const QString prev = q->value(10).toString();
        const QString expected = linkHash(prev, id, q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
                                          q->value(4).toString(), q->value(5).toString(), q->value(7).toString(), storedDataHash);
        if (expected != q->value(11).toString())
            fail(id, tr("its time, author, kind or place in the history was changed after it was written"));
        if (prev.isEmpty())
            ++firsts;
        else if (prevs.contains(prev))
            fail(id, tr("two events claim the same place in the history"));
        prevs.insert(prev);
        hashes.insert(q->value(11).toString());
        links.append({id, prev});
    }
    // A read error ends next() as the last row would: what was not read was not checked.
    if (q->lastError().isValid())
        return db.errorFrom(q->lastError(), tr("read the history"));
    q->finish();
    closeChain();
    return report;
}

} // namespace rd
