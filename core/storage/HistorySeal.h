#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

class QRandomGenerator;
class QSqlQuery;

namespace rd {

class Database;

/// The seal columns of one case event.
struct EventSeal
{
    QString workstation;
    QString salt;     ///< erased together with the data
    QString dataHash; ///< of salt and data
    QString prevHash; ///< the previous event of the same case from the same workstation; "" for the first
    QString hash;     ///< over this event's fields, its data hash and prevHash
};

/// What verify() found.
struct SealReport
{
    qint64 events = 0;   ///< sealed events checked
    qint64 chains = 0;   ///< (case or customer, workstation) chains
    qint64 unsealed = 0; ///< written before history was sealed (data format 5 or older)
    qint64 erased = 0;   ///< personal data erased: the link still checks, the data cannot
    bool intact = true;
    QString brokenEventId; ///< the first event whose link does not hold; empty when a whole chain is gone
    QString problem;       ///< what is wrong with it, in words
};

/**
 * Seals the append-only history so an archive merged from many workstations can show that no
 * event was changed, removed or slipped in afterwards. Each event's hash covers its fields and
 * the hash of the previous event of the same case written on the same workstation. Without a
 * secret key this detects edits made with ordinary tools, not a forger who recomputes every hash.
 */
class HistorySeal
{
    Q_DECLARE_TR_FUNCTIONS(HistorySeal)

public:
    /// A new random identity for a database file's history chains.
    static QString newWorkstationId();
    /// The data an erased event keeps: that it was erased, nothing of what it said.
    static QString erasedData();
    /// This file's identity (created with the file; renewed when a backup is restored).
    static Result<QString> workstationId(Database &db);
    /// Every id this file has written its history under: its identity now, and the ones it had
    /// before a restore or a migration (a file's; a server's clients each write their own).
    static Result<QStringList> idsWrittenUnder(Database &db);
    /// Remembers @p ids as ids this file wrote its history under before (beside those it has).
    static Status rememberFormerIds(Database &db, const QStringList &ids);

    /// The seal of an event about to be appended, chained to the last one of its case (or, for
    /// customer events, its customer) from this workstation.
    static Result<EventSeal> next(Database &db, const QString &eventId, const QString &caseId, const QString &customerId,
                                  qint64 at, const QString &actor, const QString &kind, const QString &data);
    /// The seal of an event whose predecessor's hash the caller already knows (bulk loads).
    static EventSeal sealAfter(const QString &prevHash, const QString &workstation, const QString &salt,
                               const QString &eventId, const QString &caseId, const QString &customerId, qint64 at,
                               const QString &actor, const QString &kind, const QString &data);
    static QString newSalt(QRandomGenerator &random);

    /// Checks every chain in the file; reports the first broken link.
    static Result<SealReport> verify(Database &db);
    /// The chain an event of the table or query aliased @p alias belongs to: its case, or for an
    /// event about a customer alone, the customer (with the workstation, this names one chain).
    static QString chainOf(const QString &alias);
    /// A chain's key (chainOf()) in words: "case …" or "customer …".
    static QString describeChain(const QString &chain);
    /// The columns verifyRows() reads, in order, from a table or query of events aliased @p alias.
    static QString verifiedColumns(const QString &alias);
    /// Checks the events @p q returns (verifiedColumns(), ordered by chain then workstation):
    /// each seal, one first event per chain, no gap, no fork. A read error is an error.
    static Result<SealReport> verifyRows(Database &db, QSqlQuery &q);

private:
    /// What the chains alone cannot show: unsealed events after sealing began, and data marked
    /// as erased where no erasure was recorded. Sets @p report's first problem.
    static Status checkOutsideChains(Database &db, SealReport &report);
    /// Every chain has as many sealed events as were written to it (history_chain): a chain whose
    /// newest events were removed still links up, but is short. Sets @p report's first problem.
    static Status checkChainLengths(Database &db, SealReport &report);
    static QString dataHash(const QString &salt, const QString &data);
    static QString linkHash(const QString &prevHash, const QString &eventId, const QString &caseId,
                            const QString &customerId, qint64 at, const QString &actor, const QString &kind,
                            const QString &workstation, const QString &dataHash);
};

} // namespace rd
