#include "storage/HistorySeal.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

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

QString HistorySeal::erasedData() { return QStringLiteral("{\"erased\":true}"); }

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

Result<QStringList> HistorySeal::idsWrittenUnder(Database &db)
{
    auto values = db.selectAll(QStringLiteral("SELECT value FROM setting WHERE key IN ('workstation', 'former_workstations') "
                                              "ORDER BY key DESC"),
                               {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!values)
        return values.error();
    QStringList ids;
    for (const QString &value : values.value())
        for (const QString &id : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!ids.contains(id))
                ids << id;
    return ids;
}

Status HistorySeal::rememberFormerIds(Database &db, const QStringList &ids)
{
    auto former = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'former_workstations'"));
    if (!former)
        return former.error();
    QStringList kept = former->toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        if (!kept.contains(id))
            kept << id;
    auto r = db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('former_workstations', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {kept.join(QLatin1Char(' '))});
    return r ? Status() : Status(r.error());
}

QString HistorySeal::dataHash(const QString &salt, const QString &data)
{
    return shortHash(salt.toUtf8() + '\x1f' + data.toUtf8());
}

QString HistorySeal::linkHash(const QString &prevHash, const QString &eventId, const QString &caseId,
                              const QString &customerId, qint64 at, const QString &actor, const QString &kind,
                              const QString &workstation, const QString &dataHash)
{
    // The fields joined by 0x1f, in UTF-8: built in one buffer (verify runs this per event).
    QByteArray joined;
    joined.reserve(256);
    const QString *parts[] = {&prevHash, &eventId, &caseId, &customerId, nullptr, &actor, &kind, &workstation, &dataHash};
    bool first = true;
    for (const QString *part : parts) {
        if (!first)
            joined += '\x1f';
        first = false;
        joined += part ? part->toUtf8() : QByteArray::number(at);
    }
    return shortHash(joined);
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

QString HistorySeal::chainOf(const QString &alias)
{
    return QStringLiteral("coalesce(%1.case_id, 'customer:' || %1.customer_id)").arg(alias);
}

QString HistorySeal::describeChain(const QString &chain)
{
    return chain.startsWith(QLatin1String("customer:")) ? tr("customer %1").arg(chain.mid(9)) : tr("case %1").arg(chain);
}

QString HistorySeal::verifiedColumns(const QString &alias)
{
    return QStringLiteral("%1.id, coalesce(%1.case_id, ''), coalesce(%1.customer_id, ''), %1.at, %1.actor, %1.kind, %1.data, "
                          "%1.workstation, %1.salt, %1.data_hash, %1.prev_hash, %1.hash, %2 AS chain")
        .arg(alias, chainOf(alias));
}

Result<SealReport> HistorySeal::verify(Database &db)
{
    auto unsealed = db.scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE hash IS NULL"));
    if (!unsealed)
        return unsealed.error();
    // One chain at a time: its events are read together, so memory stays small at any size.
    auto r = db.exec(QStringLiteral("SELECT %1 FROM case_event e WHERE hash IS NOT NULL ORDER BY chain, workstation, seq")
                         .arg(verifiedColumns(QStringLiteral("e"))));
    if (!r)
        return r.error();
    auto report = verifyRows(db, *r.value());
    if (!report)
        return report;
    report->unsealed = unsealed->toLongLong();
    if (report->intact)
        if (auto s = checkOutsideChains(db, *report); !s)
            return s.error();
    if (report->intact)
        if (auto s = checkChainLengths(db, *report); !s)
            return s.error();
    return report;
}

Status HistorySeal::checkChainLengths(Database &db, SealReport &report)
{
    // The events found and the events recorded, side by side per chain, in one pass over each.
    auto r = db.exec(QStringLiteral("SELECT chain, workstation, sum(found), sum(recorded) FROM ("
                                    "SELECT %1 AS chain, coalesce(e.workstation, '') AS workstation, 1 AS found, 0 AS recorded "
                                    "FROM case_event e WHERE e.hash IS NOT NULL "
                                    "UNION ALL SELECT chain, workstation, 0, events FROM history_chain) AS t "
                                    "GROUP BY chain, workstation HAVING sum(found) <> sum(recorded) ORDER BY chain, workstation")
                         .arg(chainOf(QStringLiteral("e"))));
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    const bool found = q->next();
    if (auto failed = db.readError(*q, tr("read the history's chains")); !failed)
        return failed.error();
    if (!found)
        return {};
    const QString chain = q->value(0).toString();
    const QString workstation = q->value(1).toString();
    const qint64 have = q->value(2).toLongLong();
    const QString written = q->value(3).toString(); // as stored, whatever was stored there
    const bool removed = have < q->value(3).toDouble();
    q->finish();
    report.intact = false;
    // Named by its newest event that is left, if any is.
    auto newest = db.scalar(QStringLiteral("SELECT e.id FROM case_event e WHERE %1 = ? AND coalesce(e.workstation, '') = ? "
                                           "AND e.hash IS NOT NULL ORDER BY e.seq DESC LIMIT 1")
                                .arg(chainOf(QStringLiteral("e"))),
                            {chain, workstation});
    if (!newest)
        return newest.error();
    report.brokenEventId = newest->toString();
    const QString whose = describeChain(chain);
    report.problem = removed
                         ? tr("the history of %1 from workstation %2 has %3 of the %4 events written to it: "
                              "the newest were removed")
                               .arg(whose, workstation)
                               .arg(have)
                               .arg(written)
                         : tr("the history of %1 from workstation %2 has %3 events, but only %4 were written to it")
                               .arg(whose, workstation)
                               .arg(have)
                               .arg(written);
    return {};
}

Status HistorySeal::checkOutsideChains(Database &db, SealReport &report)
{
    const QString erased = erasedData();
    const struct
    {
        const char *sql;
        const char *problem;
    } checks[] = {
        // Unsealed events are from before sealing began: one after a sealed event of its case or
        // customer was added around the seals.
        {"SELECT u.id FROM case_event u WHERE u.hash IS NULL AND u.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_event s "
         "WHERE s.case_id = u.case_id AND s.hash IS NOT NULL AND s.at <= u.at) ORDER BY u.id LIMIT 1",
         QT_TR_NOOP("it carries no seal, though its case's history was sealed before it")},
        {"SELECT u.id FROM case_event u WHERE u.hash IS NULL AND u.case_id IS NULL AND EXISTS (SELECT 1 FROM case_event s "
         "WHERE s.customer_id = u.customer_id AND s.case_id IS NULL AND s.hash IS NOT NULL AND s.at <= u.at) ORDER BY u.id LIMIT 1",
         QT_TR_NOOP("it carries no seal, though its customer's history was sealed before it")},
        // Erased data is not checked against its seal: it must be an erasure's doing, and read as one.
        // A case moved by a merge goes with the erasure of the customer it was opened for too.
        {"SELECT e.id FROM case_event e WHERE e.salt IS NULL AND e.hash IS NOT NULL AND (e.data <> ? OR NOT ("
         "EXISTS (SELECT 1 FROM case_event a WHERE a.case_id = e.case_id AND a.kind = 'case.anonymised') OR "
         "EXISTS (SELECT 1 FROM case_record c JOIN case_event x ON x.kind = 'customer.erased' AND x.customer_id IN "
         "(c.customer_id, c.origin_customer_id) WHERE c.id = e.case_id) OR "
         "(e.case_id IS NULL AND EXISTS (SELECT 1 FROM case_event x WHERE x.customer_id = e.customer_id AND x.kind = 'customer.erased')) OR "
         "(e.case_id IS NULL AND EXISTS (SELECT 1 FROM case_record c JOIN case_event a ON a.case_id = c.id AND a.kind = 'case.anonymised' "
         "WHERE c.customer_id = e.customer_id OR c.origin_customer_id = e.customer_id)))) "
         "ORDER BY e.id LIMIT 1",
         QT_TR_NOOP("its data reads as erased, but no erasure of its case or customer was recorded")},
    };
    for (const auto &check : checks) {
        const QString sql = QLatin1String(check.sql);
        auto found = db.scalar(sql, sql.contains(QLatin1Char('?')) ? QVariantList{erased} : QVariantList{});
        if (!found)
            return found.error();
        if (found->isValid() && !found->isNull()) {
            report.intact = false;
            report.brokenEventId = found->toString();
            report.problem = tr(check.problem);
            return {};
        }
    }
    return {};
}

Result<SealReport> HistorySeal::verifyRows(Database &db, QSqlQuery &query)
{
    SealReport report;
    QSqlQuery *q = &query;
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
    if (auto failed = db.readError(*q, tr("read the history")); !failed) // a damaged page ends the rows early: never "intact"
        return failed.error();
    q->finish();
    closeChain();
    return report;
}

} // namespace rd
