#include "search/SearchEngine.h"

#include "storage/Database.h"
#include "search/SearchIndex.h"

namespace rd {

Status SearchEngine::indexEach(const QString &selectIds, const QVariantList &params)
{
    auto cases = m_db.selectAll(selectIds, params, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!cases)
        return cases.error();
    for (const QString &id : cases.value())
        if (auto s = indexCase(id); !s)
            return s;
    return {};
}

Result<QString> SearchEngine::phoneTokensOf(const QString &caseId)
{
    auto phone = m_db.scalar(QStringLiteral("SELECT cu.phone FROM case_record c JOIN customer cu ON cu.id = c.customer_id "
                                          "WHERE c.id = ?"),
                           {caseId});
    if (!phone)
        return phone.error();
    return SearchIndex::phoneTokens(phone->toString());
}

} // namespace rd
