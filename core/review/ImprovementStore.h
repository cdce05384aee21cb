#pragma once

#include "base/Result.h"
#include "base/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace rd {

class Database;

/// What a team lead will change so a failure does not happen again (process recovery).
struct ImprovementItem
{
    enum class Status { Open, InProgress, Done };
    QString id;
    QString what;
    std::optional<Cause> cause;
    QString owner;
    Status status = Status::Open;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int cases = 0; ///< how many cases led to it
};

/// Improvement items, made from the causes of cases and linked to them; each link is an event of the case.
class ImprovementStore
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementStore)

public:
    explicit ImprovementStore(Database &db) : m_db(db) {}

    /// Makes an item from @p caseIds (at least one); the cause is taken from the first case if not given.
    Result<ImprovementItem> create(const QString &what, const QString &owner, const QStringList &caseIds,
                                   std::optional<Cause> cause = std::nullopt);
    /// Links one more case to an item.
    Status link(const QString &itemId, const QString &caseId);
    Status setStatus(const QString &itemId, ImprovementItem::Status status);
    /// All items, open ones first, newest first within.
    Result<QList<ImprovementItem>> list();
    /// The ids of the cases that led to an item.
    Result<QStringList> casesOf(const QString &itemId);

    static QString statusKey(ImprovementItem::Status status);
    static QString statusLabel(ImprovementItem::Status status);

private:
    Database &m_db;
};

} // namespace rd
