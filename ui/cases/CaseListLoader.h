#pragma once

#include "lists/CaseListQuery.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"

#include <QObject>

#include <memory>

Q_DECLARE_METATYPE(rd::CaseListQuery)
Q_DECLARE_METATYPE(rd::CaseListKey)

namespace rd {

class Database;

/**
 * Runs the case list's reads on a worker thread with its own connection, so no query ever
 * holds up typing: counts, pivots, pages and searches go in as queued calls and come back as
 * signals tagged with the request's generation (stale answers are ignored by the model).
 */
class CaseListLoader : public QObject
{
    Q_OBJECT

public:
    /// @p path: the database file; the connection is opened on first use, in the worker thread.
    explicit CaseListLoader(const QString &path);
    ~CaseListLoader() override;

public slots:
    void load(int generation, const rd::CaseListQuery &query);
    void fetch(int generation, const rd::CaseListQuery &query, int page, int pageSize, bool hasPivot,
               const rd::CaseListKey &pivot, int offset);
    void search(int generation, const QString &text, int limit);

signals:
    void counted(int generation, qint64 total);
    void pivotsReady(int generation, const QList<rd::CaseListKey> &pivots);
    void pageReady(int generation, int page, const QList<rd::CaseListRow> &rows);
    void searched(int generation, const QList<rd::SearchHit> &hits);
    void failed(const QString &message);

private:
    Database *db();

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace rd
