#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace rd {

namespace {

QList<qint32> locksOf(const QStringList &records)
{
    QList<qint32> locks;
    for (const QString &record : records)
        locks << Transaction::recordLock(record);
    // Always taken in the same order, so two transactions never wait for each other crosswise.
    std::sort(locks.begin(), locks.end());
    locks.erase(std::unique(locks.begin(), locks.end()), locks.end());
    return locks;
}

} // namespace

Transaction::Transaction(Database &db, Kind kind)
    : Transaction(db, kind == Kind::Write ? Scope::Whole : Scope::Snapshot, {})
{
}

// Records none can name (a promise that cannot be read, say) lock the whole database: the change
// then finds out for itself what is wrong, and nothing goes on unlocked meanwhile.
Transaction::Transaction(Database &db, const QStringList &records)
    : Transaction(db, records.isEmpty() ? Scope::Whole : Scope::Records, records)
{
}

Transaction::Transaction(Database &db, Scope scope, const QStringList &records) : m_db(db)
{
    m_begin = begin(scope, records);
    if (!m_begin)
        return;
    m_active = true;
    ++m_db.m_transactionDepth;
}

Status Transaction::begin(Scope scope, const QStringList &records)
{
    const SqlDialect &dialect = m_db.dialect();
    const QList<qint32> locks = locksOf(records);
    if (m_db.m_transactionDepth == 0) {
        const QStringList begin = scope == Scope::Whole     ? dialect.beginWrite()
                                  : scope == Scope::Records ? dialect.beginWriteOf(locks)
                                                            : QStringList{dialect.beginSnapshot()};
        // The first statement may be tried again on a new connection (Database::exec); the locks
        // after it never are: a new connection would run them outside the transaction begun, and
        // hold nothing. Sent once each (execOnce): their texts name records, and a connection
        // keeps a prepared statement per text.
        if (auto r = m_db.exec(begin.first()); !r)
            return r.error();
        for (qsizetype i = 1; i < begin.size(); ++i) {
            if (auto s = m_db.execOnce(begin.at(i)); !s) {
                static_cast<void>(m_db.exec(QStringLiteral("ROLLBACK"))); // undoes what began; nothing was written
                return s;
            }
        }
        m_db.m_held = {scope, locks};
        return {};
    }
    // Nested: a savepoint, after the locks the transactions around it lack, taken before the
    // savepoint so they outlast its rollback.
    m_outer = m_db.m_held;
    QStringList statements;
    QList<qint32> more;
    if (m_db.m_held.scope == Scope::Records) {
        if (scope == Scope::Whole) {
            statements = dialect.lockWhole();
        } else if (scope == Scope::Records) {
            for (qint32 lock : locks)
                if (!m_db.m_held.records.contains(lock))
                    more << lock;
            if (!more.isEmpty())
                statements = dialect.lockRecords(more);
        }
    }
    for (const QString &sql : statements)
        if (auto s = m_db.execOnce(sql); !s)
            return s; // the transaction around it is rolled back by its own caller
    m_savepoint = QStringLiteral("rd_sp%1").arg(m_db.m_transactionDepth);
    if (auto r = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint); !r)
        return r.error();
    if (m_db.m_held.scope == Scope::Records && scope == Scope::Whole)
        m_db.m_held.scope = Scope::Whole;
    m_db.m_held.records << more;
    return {};
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
        // Locks taken inside the savepoint, by transactions nested in it, went with it. What was
        // held when this one began is still held (its own locks, taken before the savepoint, too:
        // forgetting them costs at most taking them once more).
        m_db.m_held = m_outer;
    }
    ended();
}

void Transaction::ended()
{
    m_active = false;
    if (--m_db.m_transactionDepth == 0)
        m_db.m_held = {};
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
    ended();
    return {};
}

Status Transaction::run(Database &db, const std::function<Status()> &body)
{
    Transaction tx(db);
    return tx.runBody(body);
}

Status Transaction::run(Database &db, const QStringList &records, const std::function<Status()> &body)
{
    Transaction tx(db, records);
    return tx.runBody(body);
}

Status Transaction::runBody(const std::function<Status()> &body)
{
    if (!ok())
        return status();
    if (auto s = body(); !s)
        return s;
    return commit();
}

QString Transaction::caseRecord(const QString &caseId) { return QStringLiteral("case ") + caseId; }

QString Transaction::customerRecord(const QString &customerId) { return QStringLiteral("customer ") + customerId; }

qint32 Transaction::recordLock(const QString &record)
{
    const QByteArray digest = QCryptographicHash::hash(record.toUtf8(), QCryptographicHash::Sha1);
    return qFromBigEndian<qint32>(digest.constData());
}

} // namespace rd
