#pragma once

#include "lists/CaseListQuery.h"
#include "cases/CaseStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QThread;

namespace rd {

class CaseListLoader;
class Database;

/**
 * All cases as a table, read a page at a time on a worker thread: the row count comes from
 * COUNT(*), pages of 100 rows by key from the nearest pivot, the 50 most recent pages are kept
 * (least recently used go first). Rows not read yet show "…" for the blink it takes.
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CustomerColumn, KindColumn, StatusColumn, CauseColumn, OwnerColumn, OpenedColumn, ActivityColumn,
                  PromisesColumn, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 50;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseListModel(Database &db, QObject *parent = nullptr);
    ~CaseListModel() override;

    /// Shows the cases matching @p query (re-reads even if unchanged).
    void setQuery(const CaseListQuery &query);
    const CaseListQuery &query() const { return m_query; }
    /// Reads everything again with the same query (after changes elsewhere).
    void reload();
    qint64 total() const { return m_total; }
    /// True once the count and pivots of the current query have arrived.
    bool isReady() const { return m_ready; }
    /// The id of the case in @p row, empty if that row is not read yet.
    QString caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    /// The sort order of a column.
    static CaseListQuery::Sort sortOf(int column);

signals:
    /// The count of the current query is known (for "12,345 cases").
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);
    /// Count, pivots and the first page are in.
    void ready();

private:
    const CaseListRow *rowAt(int row) const;
    void request(int page) const;
    void onCounted(int generation, qint64 total);
    void onPivots(int generation, const QList<CaseListKey> &pivots);
    void onPage(int generation, int page, const QList<CaseListRow> &rows);

    Database &m_db;
    QThread *m_thread = nullptr;
    CaseListLoader *m_loader = nullptr;
    CaseListQuery m_query;
    int m_generation = 0;
    qint64 m_total = 0;
    bool m_ready = false;
    QList<CaseListKey> m_pivots;
    bool m_pivotsKnown = false;
    // Mutable: reading a row on screen may request its page.
    mutable QHash<int, QList<CaseListRow>> m_pages;
    mutable QList<int> m_recent; ///< page numbers, most recently used last
    mutable QSet<int> m_inFlight;
};

} // namespace rd
