#include "review/ReflectionStore.h"

#include "storage/Database.h"
#include "base/Ids.h"
#include "base/TextRules.h"
#include "base/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

namespace {

const QString kSelect = QStringLiteral("SELECT id, employee, month, best_experience, meeting_delivered, changed_behaviour, "
                                       "case_ids, updated_at FROM reflection ");

Reflection fromRow(const QSqlQuery &q)
{
    Reflection r;
    r.id = q.value(0).toString();
    r.employee = q.value(1).toString();
    r.month = q.value(2).toString();
    r.bestExperience = q.value(3).toString();
    r.meetingDelivered = q.value(4).toString();
    r.changedBehaviour = q.value(5).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        r.caseIds << v.toString();
    r.updatedAt = q.value(7).toLongLong();
    return r;
}

} // namespace

Result<Reflection> ReflectionStore::get(const QString &employee, const QString &month)
{
    Reflection empty;
    empty.employee = employee;
    empty.month = month;
    auto found = m_db.selectAll(kSelect + QStringLiteral("WHERE employee = ? AND month = ?"), {employee, month}, fromRow);
    if (!found)
        return found.error();
    return found->isEmpty() ? empty : found->first();
}

Status ReflectionStore::save(const Reflection &r)
{
    if (!TextRules::isMonth(r.month))
        return Error{Error::Code::InvalidInput, tr("\"%1\" is not a month; use YYYY-MM.").arg(r.month)};
    if (auto s = TextRules::checkRequired(tr("Whose reflection"), r.employee); !s)
        return s;
    for (const auto &[label, text] : {std::pair{tr("The best customer experience"), r.bestExperience},
                                      std::pair{tr("What the meeting delivered"), r.meetingDelivered},
                                      std::pair{tr("What I changed"), r.changedBehaviour}})
        if (auto s = TextRules::check(label, text); !s)
            return s;
    QJsonArray cases;
    for (const QString &id : r.caseIds)
        cases.append(id);
    const qint64 now = m_db.clock().nowMs();
    // One row per employee and month: the first save creates it, later ones update it.
    auto q = m_db.exec(QStringLiteral("INSERT INTO reflection (id, employee, month, best_experience, meeting_delivered, "
                                      "changed_behaviour, case_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (employee, month) DO UPDATE SET best_experience = excluded.best_experience, "
                                      "meeting_delivered = excluded.meeting_delivered, changed_behaviour = excluded.changed_behaviour, "
                                      "case_ids = excluded.case_ids, updated_at = excluded.updated_at"),
                      {newId(), r.employee.trimmed(), r.month, r.bestExperience, r.meetingDelivered, r.changedBehaviour,
                       QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Compact)), now, now});
    return q ? Status() : Status(q.error());
}

Result<QList<Reflection>> ReflectionStore::forMonth(const QString &month)
{
    return m_db.selectAll(kSelect + QStringLiteral("WHERE month = ? ORDER BY employee"), {month}, fromRow);
}

} // namespace rd
