#pragma once

#include "agreements/CallbackNote.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

class Database;
class RowColumns;

/// Callback notes: a colleague calls the customer back, so the caller is never told to call again.
class CallbackStore
{
    Q_DECLARE_TR_FUNCTIONS(CallbackStore)

public:
    /// The columns a callback note is read from (checked against the schema by a test).
    static const RowColumns &columns();
    explicit CallbackStore(Database &db) : m_db(db) {}

    /// Notes a callback for @p forWhom on @p phone about @p question, in the preferred window (ms UTC).
    Result<CallbackNote> add(const QString &caseId, const QString &forWhom, const QString &phone,
                             const QString &question, qint64 windowStart, qint64 windowEnd);
    Result<CallbackNote> get(const QString &id);
    Result<QList<CallbackNote>> forCase(const QString &caseId);

    /// The customer was reached; @p result says what was agreed.
    Status complete(const QString &id, const QString &result);
    /// Takes back a "reached" mark made by mistake (Undo): open again, and the history says so.
    Status reopen(const QString &id);
    /// Not reached (no answer, voicemail): try again in a new window. The attempt is recorded.
    Status retry(const QString &id, const QString &what, qint64 windowStart, qint64 windowEnd);
    /// Another colleague makes the call.
    Status handOver(const QString &id, const QString &newOwner);

private:
    Result<CallbackNote> openNote(const QString &id);

    Database &m_db;
};

} // namespace rd
