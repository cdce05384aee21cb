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

    /// What happened after the call, for the cases behind a review figure.
    enum class FollowUp { KeptOnTime, KeptLate, Broken, CallbackInWindow, CallbackOutsideWindow, Contacted };
    /// The filters below open the cases behind a review figure; the case list has no controls for
    /// them, so it drops them when the employee changes a filter it does show.
    std::optional<Outcome> outcome;   ///< closed with this outcome
    std::optional<FollowUp> followUp; ///< with a promise or callback that went this way
    /// Only complaints of customers who complained twice or more within the opened period.
    bool repeatOnly = false;

    bool operator==(const CaseListQuery &o) const
    {
        return sort == o.sort && descending == o.descending && status == o.status && kind == o.kind &&
               cause == o.cause && owner == o.owner && openedFrom == o.openedFrom && openedUntil == o.openedUntil &&
               overdueOnly == o.overdueOnly && (!overdueOnly || now == o.now) &&
               unconfirmedOnly == o.unconfirmedOnly && outcome == o.outcome && followUp == o.followUp &&
               repeatOnly == o.repeatOnly;
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
