#include "cases/CaseListLoader.h"

#include "lists/CasePager.h"
#include "storage/Database.h"

namespace rd {

CaseListLoader::CaseListLoader(const QString &path) : m_path(path)
{
    qRegisterMetaType<CaseListQuery>();
    qRegisterMetaType<CaseListKey>();
    qRegisterMetaType<QList<CaseListKey>>();
    qRegisterMetaType<QList<CaseListRow>>();
    qRegisterMetaType<QList<SearchHit>>();
}

CaseListLoader::~CaseListLoader() = default;

Database *CaseListLoader::db()
{
    if (!m_db) {
        auto opened = Database::openReadOnly(m_path); // this connection only reads; writes stay on the main thread
        if (!opened) {
            emit failed(opened.message());
            return nullptr;
        }
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

void CaseListLoader::load(int generation, const CaseListQuery &query)
{
    Database *d = db();
    if (!d)
        return;
    CasePager pager(*d);
    auto total = pager.count(query);
    if (!total) {
        emit failed(total.message());
        return;
    }
    emit counted(generation, total.value());
    auto pivots = pager.pivots(query);
    if (!pivots) {
        emit failed(pivots.message());
        return;
    }
    emit pivotsReady(generation, pivots.value());
}

void CaseListLoader::fetch(int generation, const CaseListQuery &query, int page, int pageSize, bool hasPivot,
                           const CaseListKey &pivot, int offset)
{
    Database *d = db();
    if (!d)
        return;
    CasePager pager(*d);
    auto rows = hasPivot ? pager.pageFrom(query, pivot, offset, pageSize)
                         : pager.pageAfter(query, std::nullopt, offset + pageSize); // near the top only
    if (!rows) {
        emit failed(rows.message());
        return;
    }
    QList<CaseListRow> list = rows.value();
    if (!hasPivot)
        list = list.mid(offset);
    emit pageReady(generation, page, list);
}

void CaseListLoader::search(int generation, const QString &text, int limit)
{
    Database *d = db();
    if (!d)
        return;
    auto hits = CaseSearch(*d).search(text, limit);
    if (!hits) {
        emit failed(hits.message());
        return;
    }
    emit searched(generation, hits.value());
}

} // namespace rd
