#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

class Database;

/// One thing said about an employee's work that reaches them: a customer's compliment, or what
/// their team lead wrote about a case. Never a score or a comparison with colleagues.
struct ForYouItem
{
    enum class Kind { Compliment, Recognition };
    QString id;     ///< what reading it is recorded under
    Kind kind = Kind::Compliment;
    QString caseId; ///< the case it is about
    QString words;  ///< the customer's words, or the team lead's
    QString from;   ///< the customer, or the team lead
    qint64 at = 0;
    bool read = false;
};

/**
 * Recognition that reaches the person it is about (issue: compliments were seen by the team lead
 * alone). Compliments are the compliment cases naming the employee; recognition is what a team
 * lead writes about exactly what an employee did well in one case. Both travel with their case:
 * at once on a team database, in bundles to the archive and in return bundles back to the PCs.
 */
class RecognitionStore
{
    Q_DECLARE_TR_FUNCTIONS(RecognitionStore)

public:
    explicit RecognitionStore(Database &db) : m_db(db) {}

    /// What reached @p employee, newest first (at most the latest 200).
    Result<QList<ForYouItem>> forEmployee(const QString &employee);
    /// How many of those @p employee has not opened yet.
    Result<int> unreadCount(const QString &employee);
    /// Records that its employee opened the item @p itemId (once; opening again changes nothing).
    Status markRead(const QString &itemId);

    /// A team lead's recognition of what exactly @p employee did well in case @p caseId, in
    /// @p words (checked as every text is; the window shows the blame-phrase hints beside it).
    Result<ForYouItem> recognise(const QString &employee, const QString &caseId, const QString &words);

    /// The names of colleagues this database knows (case owners, those a compliment or
    /// recognition named, those who wrote one), starting with @p typed, sorted; at most @p limit.
    Result<QStringList> colleagues(const QString &typed = {}, int limit = 500);

    /// The read-mark id of the compliment of case @p caseId.
    static QString complimentItem(const QString &caseId);

private:
    Database &m_db;
};

} // namespace rd
