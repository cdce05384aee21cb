#pragma once

#include "lists/CaseListQuery.h"
#include "cases/CaseStore.h"
#include "storage/SqlDialect.h"
#include "base/Result.h"

#include <QList>

namespace rd {

class Database;

/**
 * Reads the case list a page at a time by key (sort value + id), never by OFFSET from the top
 * and never whole. For jumps deep into the list, pivots — the key of every Nth row, read once
 * per query in one index-only pass — turn "row 900,000" into a short walk from the nearest pivot.
 */
class CasePager
{
public:
    static constexpr int kPivotEvery = 1000;

    explicit CasePager(Database &db) : m_db(db) {}

    /// How many cases match the filters.
    Result<qint64> count(const CaseListQuery &query);
    /// Up to @p limit rows after @p after (from the top if none), in the query's order.
    Result<QList<CaseListRow>> pageAfter(const CaseListQuery &query, const std::optional<CaseListKey> &after, int limit);
    /// The keys of rows 0, N, 2N, … (N = kPivotEvery).
    Result<QList<CaseListKey>> pivots(const CaseListQuery &query);
    /// Up to @p limit rows starting @p offset rows after @p pivot (the pivot row itself is offset 0).
    Result<QList<CaseListRow>> pageFrom(const CaseListQuery &query, const CaseListKey &pivot, int offset, int limit);

    /// The key of a row, for continuing after it.
    static CaseListKey keyOf(const CaseListQuery &query, const CaseListRow &row);

    /// The query's filters as an SQL condition over "case_record c" with its bound values
    /// ("1" when nothing is filtered); shared by the figures and bundles that select cases alike.
    struct Condition
    {
        QString sql;
        QVariantList params;
    };
    static Condition conditionFor(const CaseListQuery &query);

private:
    static QString sortExpression(CaseListQuery::Sort sort, const SqlDialect &dialect);
    QString keyCondition(const CaseListQuery &query, const QString &comparison) const;
    Result<QList<CaseListRow>> rows(const CaseListQuery &query, const QString &keyCondition, const QVariantList &keyParams,
                                    int limit, int offset);

    Database &m_db;
};

} // namespace rd
