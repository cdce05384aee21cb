#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rd {

Transaction::Transaction(Database &db, Kind kind) : m_db(db)
{
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("rd_sp%1").arg(m_db.m_transactionDepth);
    const QStringList begin = !m_savepoint.isEmpty() ? QStringList{QStringLiteral("SAVEPOINT ") + m_savepoint}
                              : kind == Kind::Write  ? m_db.dialect().beginWrite()
                                                     : QStringList{m_db.dialect().beginSnapshot()};
    for (const QString &sql : begin) {
        if (auto r = m_db.exec(sql); !r) {
            if (sql != begin.first())
                static_cast<void>(m_db.exec(QStringLiteral("ROLLBACK"))); // undoes what began; nothing was written
            m_begin = r.error();
            return;
        }
    }
    m_active = true;
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // Not committed: rolled back. A rollback that fails leaves nothing committed either (the
    // connection or the server has failed, and the database keeps its last commit).
    if (m_savepoint.isEmpty()) {
        static_cast<void>(m_db.exec(QStringLiteral("ROLLBACK")));
    } else {
        static_cast<void>(m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint));
        static_cast<void>(m_db.exec(QStringLiteral("RELEASE ") + m_savepoint));
    }
    --m_db.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{Error::Code::Storage,
                                           QCoreApplication::translate("rd::Transaction",
                                                                       "The change was already saved or undone.")})
                            : m_begin;
    auto r = m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!r)
        return r.error(); // still active: the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
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
