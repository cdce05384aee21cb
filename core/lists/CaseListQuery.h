#pragma once

#include "base/Vocabulary.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace rd {

/// What the case list shows: sort order and filters. Plain data, compared to spot changes.
struct CaseListQuery
{
    enum class Sort { Customer, Kind, State, Cause, Owner, Opened, LastActivity, OpenPromises };

    Sort sort = Sort::Opened;
    bool descending = true;
    std::optional<CaseStatus> status;
    std::optional<CaseKind> kind;
    std::optional<Cause> cause;
    QString owner;                    ///< empty: everyone
    std::optional<qint64> openedFrom; ///< ms UTC, inclusive
    std::optional<qint64> openedUntil; ///< ms UTC, exclusive
    bool overdueOnly = false;         ///< a promise or callback past due at @ref now
    qint64 now = 0;                   ///< the moment "overdue" is judged at
    /// Only cases whose customer has an e-mail address and that no written confirmation went out for.
    bool unconfirmedOnly = false;

    bool operator==(const CaseListQuery &o) const
    {
        return sort == o.sort && descending == o.descending && status == o.status && kind == o.kind &&
               cause == o.cause && owner == o.owner && openedFrom == o.openedFrom && openedUntil == o.openedUntil &&
               overdueOnly == o.overdueOnly && (!overdueOnly || now == o.now) &&
               unconfirmedOnly == o.unconfirmedOnly;
    }
    bool operator!=(const CaseListQuery &o) const { return !(*this == o); }
};

/// A position in a sorted list: the sort value and the id of one row (ties are broken by id).
struct CaseListKey
{
    QVariant value;
    QString id;
};

} // namespace rd
