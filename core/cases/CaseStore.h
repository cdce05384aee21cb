#pragma once

#include "cases/Case.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace rd {

class Database;
class RowColumns;

/// A line of a case list: enough to show and sort without loading the case.
struct CaseListRow
{
    QString id;
    QString customerId;
    QString customerName;
    CaseKind kind = CaseKind::Complaint;
    CaseStatus status = CaseStatus::Open;
    std::optional<Cause> cause;
    QString owner;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    int openPromises = 0;
};

/**
 * Cases: opened, filled field by field as the call goes on, confirmed, closed. Every change
 * appends an event in the same transaction; a rejected call changes nothing.
 */
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    explicit CaseStore(Database &db) : m_db(db) {}

    /// Opens a case for an existing customer, owned by @p owner (the employee on the call).
    Result<Case> create(const QString &customerId, Channel channel, CaseKind kind, const QString &owner);
    Result<Case> get(const QString &id);

    /**
     * Sets one field. Text fields take a QString, Channel/Kind/Cause their Vocabulary key (an
     * empty key clears the cause), emotions an int 1–5 (an invalid QVariant clears), and
     * SummaryConfirmed a bool. An unchanged value writes nothing.
     */
    Status setField(const QString &caseId, CaseField field, const QVariant &value);

    /// The customer agreed with the summary read back to them.
    Status confirmSummary(const QString &caseId);
    /// The customer corrected the summary: their @p correction is kept in the history and the
    /// summary becomes @p newSummary, unconfirmed until read back again.
    Status correctSummary(const QString &caseId, const QString &correction, const QString &newSummary);

    /// Waiting (on a third party) or back to open; closing goes through close().
    Status setStatus(const QString &caseId, CaseStatus status);
    /// Closes the case with the customer's view of the outcome. Refused while promises or
    /// callbacks are open: each must be kept, broken or cancelled first.
    Status close(const QString &caseId, Outcome outcome, const QString &customerWords);

    /// The most recently opened cases, newest first.
    Result<QList<CaseListRow>> listRecent(int limit);
    /// All cases of one customer, newest first.
    Result<QList<CaseListRow>> listForCustomer(const QString &customerId);
    Result<qint64> count();
    /// True if the file holds no case at all (cheap, unlike count()).
    Result<bool> isEmpty();
    /// How many complaints @p customerId made since @p sinceMs, not counting @p exceptCaseId.
    Result<int> complaintsSince(const QString &customerId, qint64 sinceMs, const QString &exceptCaseId);

    /// Marks where a call on the case stands (a CallGuide step id); an empty id ends the call.
    /// Events for the call itself are written by CallSession.
    Status setCallStep(const QString &caseId, const QString &stepId);
    /// Open next-contact promises plus open callback notes of the case: does the customer know
    /// when they will hear from us?
    Result<int> openNextContacts(const QString &caseId);

    /// Cases of @p owner with a call that was started and not ended (e.g. after a crash), newest first.
    Result<QList<CaseListRow>> listOpenCalls(const QString &owner);

    /// Recomputes the case's count of open promises and its next due time (the case list sorts
    /// and filters on them); the promise and callback stores call it in their transactions.
    Status refreshOpenCounts(const QString &caseId);
    /// NotFound unless case @p caseId exists.
    Status requireKnown(const QString &caseId);
    /// The record (Transaction::caseRecord) of the case that the promise or callback note @p id,
    /// a row of @p table, belongs to: what a change of it locks. None when it cannot be read; the
    /// change itself then finds out why.
    QStringList recordsOf(const QString &table, const QString &id);
    /// As refreshOpenCounts() for every case matching @p condition (fixed SQL over case_record,
    /// with bound @p params).
    Status refreshOpenCountsWhere(const QString &condition, const QVariantList &params = {});

    /// The columns of a CaseListRow, for SELECTs over "case_record c", in listRowFromQuery()'s order.
    static QString listColumns();
    /// Reads a CaseListRow from a query that selected listColumns().
    static CaseListRow listRowFromQuery(const QSqlQuery &q);
    /// The columns a Case and a CaseListRow are read from (checked against the schema by a test).
    static const RowColumns &caseColumns();
    static const RowColumns &listRowColumns();

    /// Whether @p field holds free text (and so is searchable).
    static bool isText(CaseField field);
    /// The translated name of a field, as used in messages and the timeline.
    static QString fieldLabel(CaseField field);
    /// The stable key of a field, as stored in events.
    static QString fieldKey(CaseField field);

private:
    Result<QList<CaseListRow>> list(const QString &where, const QVariantList &params);
    Result<QVariant> normalise(CaseField field, const QVariant &value) const;
    Status requireOpen(const QString &caseId);

    Database &m_db;
};

} // namespace rd
