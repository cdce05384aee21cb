#include "recognition/RecognitionStore.h"

#include "base/Ids.h"
#include "base/TextRules.h"
#include "cases/CaseStore.h"
#include "cases/EventLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace rd {

namespace {

constexpr int kShown = 200;

} // namespace

QString RecognitionStore::complimentItem(const QString &caseId) { return QStringLiteral("compliment ") + caseId; }

Result<QList<ForYouItem>> RecognitionStore::forEmployee(const QString &employee)
{
    const SqlDialect &d = m_db.dialect();
    const QString name = employee.trimmed();
    if (name.isEmpty())
        return QList<ForYouItem>();
    // A compliment names its colleague as typed in "Pass it on": matched without regard to case.
    const QString sql =
        QStringLiteral("SELECT 'compliment ' || c.id AS item, 0 AS kind, c.id, c.experience, c.customer_name, c.opened_at AS at, "
                       "r.read_at FROM case_record c LEFT JOIN recognition_read r ON r.item = 'compliment ' || c.id "
                       "WHERE c.kind = 'compliment' AND %1 = %2 "
                       "UNION ALL SELECT g.id, 1, g.case_id, g.words, g.written_by, g.created_at, r.read_at FROM recognition g "
                       "LEFT JOIN recognition_read r ON r.item = g.id WHERE %3 = %2 "
                       "ORDER BY at DESC, item LIMIT %4")
            .arg(d.foldCase(QStringLiteral("c.compliment_for")), d.foldCase(QStringLiteral("?")),
                 d.foldCase(QStringLiteral("g.employee")))
            .arg(kShown);
    return m_db.selectAll(sql, {name, name}, [](const QSqlQuery &q) {
        ForYouItem item;
        item.id = q.value(0).toString();
        item.kind = q.value(1).toInt() == 0 ? ForYouItem::Kind::Compliment : ForYouItem::Kind::Recognition;
        item.caseId = q.value(2).toString();
        item.words = q.value(3).toString();
        item.from = q.value(4).toString();
        item.at = q.value(5).toLongLong();
        item.read = !q.isNull(6);
        return item;
    });
}

Result<int> RecognitionStore::unreadCount(const QString &employee)
{
    auto items = forEmployee(employee);
    if (!items)
        return items.error();
    int unread = 0;
    for (const ForYouItem &item : items.value())
        unread += item.read ? 0 : 1;
    return unread;
}

Status RecognitionStore::markRead(const QString &itemId)
{
    if (auto s = TextRules::checkRequired(tr("The item read"), itemId); !s)
        return s;
    auto r = m_db.exec(QStringLiteral("INSERT INTO recognition_read (item, read_at) VALUES (?, ?) ON CONFLICT (item) DO NOTHING"),
                       {itemId, m_db.clock().nowMs()});
    return r ? Status() : Status(r.error());
}

Result<ForYouItem> RecognitionStore::recognise(const QString &employee, const QString &caseId, const QString &words)
{
    if (auto s = TextRules::checkRequired(tr("Whom the recognition is for"), employee); !s)
        return s.error();
    if (auto s = TextRules::checkRequired(tr("What they did well"), words, TextRules::Lines::Multi); !s)
        return s.error();
    ForYouItem item;
    item.id = newId();
    item.kind = ForYouItem::Kind::Recognition;
    item.caseId = caseId;
    item.words = words.trimmed();
    item.from = m_db.actor();
    item.at = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto known = CaseStore(m_db).requireKnown(caseId); !known)
            return known;
        auto r = m_db.exec(QStringLiteral("INSERT INTO recognition (id, employee, case_id, words, written_by, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {item.id, employee.trimmed(), caseId, item.words, item.from, item.at, item.at});
        if (!r)
            return r.error();
        return EventLog(m_db).append(caseId, {}, QStringLiteral("recognition.written"),
                                     {{QStringLiteral("recognition"), item.id},
                                      {QStringLiteral("for"), employee.trimmed()},
                                      {QStringLiteral("words"), item.words}});
    });
    if (!s)
        return s.error();
    return item;
}

Result<QStringList> RecognitionStore::colleagues(const QString &typed, int limit)
{
    const SqlDialect &d = m_db.dialect();
    const QString prefix = typed.trimmed();
    // The owners hop through the index on case owners, one seek per owner (a desk has dozens of
    // owners among a million cases: reading them all would stall the window); the names
    // compliments and recognitions carry are few.
    const QString starts = QStringLiteral("name %1 ? ESCAPE '\\'").arg(d.likeIgnoringCase());
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    const QString sql =
        QStringLiteral("WITH RECURSIVE owners(name) AS (SELECT min(owner) FROM case_record UNION ALL "
                       "SELECT (SELECT min(c.owner) FROM case_record c WHERE c.owner > o.name) FROM owners o WHERE o.name IS NOT NULL) "
                       "SELECT name FROM (SELECT name FROM owners WHERE name IS NOT NULL UNION "
                       "SELECT compliment_for FROM case_record WHERE kind = 'compliment' UNION "
                       "SELECT employee FROM recognition UNION SELECT written_by FROM recognition) AS known "
                       "WHERE name <> '' AND %1 ORDER BY %2 LIMIT %3")
            .arg(starts, d.foldCase(QStringLiteral("name")))
            .arg(qBound(1, limit, 500));
    return m_db.selectAll(sql, {pattern + QLatin1Char('%')}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace rd
