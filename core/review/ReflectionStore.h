#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

class Database;

/// One employee's reflection on a month: three questions, and the cases it refers to.
struct Reflection
{
    QString id;
    QString employee;
    QString month; ///< "2026-11"
    QString bestExperience;   ///< the best customer experience this month
    QString meetingDelivered; ///< what a meeting delivered for the customer
    QString changedBehaviour; ///< what I changed in my own behaviour after customer feedback
    QStringList caseIds;
    qint64 updatedAt = 0;
};

/// Monthly reflections (employee recovery); one per employee and month, saved as it is typed.
class ReflectionStore
{
    Q_DECLARE_TR_FUNCTIONS(ReflectionStore)

public:
    explicit ReflectionStore(Database &db) : m_db(db) {}

    /// The reflection of @p employee for @p month ("YYYY-MM"); an empty one if none was written.
    Result<Reflection> get(const QString &employee, const QString &month);
    /// Saves the three answers and the linked cases (created on first save).
    Status save(const Reflection &reflection);
    /// Everyone's reflections for @p month, by employee.
    Result<QList<Reflection>> forMonth(const QString &month);

private:
    Database &m_db;
};

} // namespace rd
