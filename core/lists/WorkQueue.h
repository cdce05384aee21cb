#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rd {

class Database;

/// One thing an employee must do: keep a promise or make a callback.
struct WorkItem
{
    enum class Type { Promise, Callback };
    Type type = Type::Promise;
    QString id; ///< of the promise or callback note
    QString caseId;
    QString customerName;
    QString what;  ///< the promise, or the customer's question
    QString owner; ///< who must act
    qint64 dueAt = 0; ///< due time, or the end of the callback window (ms UTC)
};

/// The queue split the way an employee plans the day: overdue, due today, and later.
struct QueueGroups
{
    QList<WorkItem> overdue;  ///< due before now
    QList<WorkItem> today;    ///< due from now until local midnight
    QList<WorkItem> upcoming; ///< due after today
};

/// What is open for an employee, soonest first: promised actions and callbacks together.
class WorkQueue
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueue)

public:
    explicit WorkQueue(Database &db) : m_db(db) {}

    /// Open items of @p owner (everyone's if empty), soonest due first.
    Result<QList<WorkItem>> openItems(const QString &owner);
    /// Open items of @p owner due at or before @p untilMs: what is due or overdue by then.
    Result<QList<WorkItem>> dueBy(const QString &owner, qint64 untilMs);
    /// Everyone who owns an open promise or callback, or a case: for the owner filter.
    Result<QStringList> owners();

    /// Splits @p items (sorted by due time) around @p nowUtc; "today" ends at midnight in @p zone,
    /// so the groups follow the employee's calendar day, summer time included.
    static QueueGroups group(const QList<WorkItem> &items, const QDateTime &nowUtc, const QTimeZone &zone);

private:
    Database &m_db;
};

} // namespace rd
