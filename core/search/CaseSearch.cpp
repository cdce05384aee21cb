#include "search/CaseSearch.h"

#include "storage/Database.h"
#include "search/SearchEngine.h"

namespace rd {

SearchHit CaseSearch::hitFrom(const QSqlQuery &q, int first)
{
    SearchHit hit;
    hit.caseId = q.value(first).toString();
    hit.customerName = q.value(first + 1).toString();
    hit.kind = Vocabulary::parse<CaseKind>(q.value(first + 2).toString()).value_or(CaseKind::Complaint);
    hit.status = Vocabulary::parse<CaseStatus>(q.value(first + 3).toString()).value_or(CaseStatus::Open);
    hit.openedAt = q.value(first + 4).toLongLong();
    return hit;
}

CaseSearch::CaseSearch(Database &db) : m_engine(db.dialect().searchEngine(db)) {}

CaseSearch::~CaseSearch() = default;

Result<QList<SearchHit>> CaseSearch::search(const QString &text, int limit) { return m_engine->search(text, limit); }

} // namespace rd
