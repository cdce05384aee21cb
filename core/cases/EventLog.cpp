#include "cases/EventLog.h"

#include "storage/Database.h"
#include "storage/HistorySeal.h"

#include <QJsonDocument>
#include "base/Ids.h"

namespace rd {

Status EventLog::append(const QString &caseId, const QString &customerId, const QString &kind,
                                 const QJsonObject &data)
{
    const QString id = newId();
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const qint64 at = m_db.clock().nowMs();
    auto seal = HistorySeal::next(m_db, id, caseId, customerId, at, m_db.actor(), kind, json);
    if (!seal)
        return seal.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO case_event (id, case_id, customer_id, at, actor, kind, data, "
                                      "workstation, salt, data_hash, prev_hash, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, caseId.isEmpty() ? QVariant() : caseId, customerId.isEmpty() ? QVariant() : customerId, at,
                        m_db.actor(), kind, json, seal->workstation, seal->salt, seal->dataHash, seal->prevHash,
                        seal->hash});
    return r ? Status() : Status(r.error());
}

Result<QList<CaseEvent>> EventLog::timeline(const QString &caseId)
{
    return read(QStringLiteral("SELECT id, case_id, customer_id, at, actor, kind, data FROM case_event "
                               "WHERE case_id = ? ORDER BY at, seq"),
                {caseId});
}

Result<QList<CaseEvent>> EventLog::customerHistory(const QString &customerId)
{
    // With the history of the records merged into this customer: one person, one history.
    return read(QStringLiteral("SELECT id, case_id, customer_id, at, actor, kind, data FROM case_event "
                               "WHERE case_id IS NULL AND (customer_id = ? OR customer_id IN "
                               "(SELECT u.id FROM customer u WHERE u.merged_into = ?)) ORDER BY at, seq"),
                {customerId, customerId});
}

Result<qint64> EventLog::count()
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_event"));
    if (!r)
        return r.error();
    return r->toLongLong();
}

Result<QList<CaseEvent>> EventLog::read(const QString &sql, const QVariantList &params)
{
    return m_db.selectAll(sql, params, [](const QSqlQuery &q) {
        CaseEvent e;
        e.id = q.value(0).toString();
        e.caseId = q.value(1).toString();
        e.customerId = q.value(2).toString();
        e.at = q.value(3).toLongLong();
        e.actor = q.value(4).toString();
        e.kind = q.value(5).toString();
        e.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        return e;
    });
}

} // namespace rd
