#pragma once

#include "search/CaseSearch.h"

#include <QAbstractTableModel>

class QThread;

namespace rd {

class CaseListLoader;
class Database;

/// The hits of a search as you type, best first, with the matching words marked; searched on a worker thread.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CustomerColumn, KindColumn, StatusColumn, OpenedColumn, MatchColumn, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int kLimit = 100;

    explicit SearchResultsModel(Database &db, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// Searches for @p text; the answer replaces the rows when it arrives.
    void search(const QString &text);
    QString text() const { return m_text; }
    /// The text the rows on show were found for (lags text() while a search runs).
    QString shownText() const { return m_shownText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void searched(int hits);
    void searchFailed(const QString &message);

private:
    void onSearched(int generation, const QList<SearchHit> &hits);

    QThread *m_thread = nullptr;
    CaseListLoader *m_loader = nullptr;
    int m_generation = 0;
    QString m_text;
    QString m_shownText;
    QList<SearchHit> m_hits;
};

} // namespace rd
