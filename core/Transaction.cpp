#include "Transaction.h"

#include "Database.h"

#include <QCoreApplication>

namespace rd {

Transaction::Transaction(Database &db) : m_db(db)
{
    auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!r) {
        m_begin = r.error();
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{Error::Code::Storage,
                                           QCoreApplication::translate("rd::Transaction",
                                                                       "The change was already saved or undone.")})
                            : m_begin;
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error(); // still active: the destructor rolls back
    m_active = false;
    return {};
}

Status Transaction::run(Database &db, const std::function<Status()> &body)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (auto s = body(); !s)
        return s;
    return tx.commit();
}

} // namespace rd
