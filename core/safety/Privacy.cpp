#include "safety/Privacy.h"

#include <functional>

#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "cases/CustomerMerges.h"
#include "cases/EventLog.h"
#include "base/ExportFile.h"
#include "base/TextRules.h"
#include "search/SearchIndex.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace rd {

namespace {

const QString kErasedData = HistorySeal::erasedData();
constexpr int kMaxRetentionMonths = 1200;

// Rows as JSON objects, column name to value, for the export.
Result<QJsonArray> rowsAsJson(Database &db, const QString &sql, const QVariantList &params, const QStringList &skip = {})
{
    auto r = db.exec(sql, params);
    if (!r)
        return r.error();
    QJsonArray rows;
    QSqlQuery *q = r.value();
    while (q->next()) {
        QJsonObject row;
        const QSqlRecord record = q->record();
        for (int i = 0; i < record.count(); ++i) {
            if (skip.contains(record.fieldName(i)))
                continue;
            const QVariant v = q->value(i);
            if (record.fieldName(i) == QLatin1String("data"))
                row.insert(record.fieldName(i), QJsonDocument::fromJson(v.toString().toUtf8()).object());
            else
                row.insert(record.fieldName(i), QJsonValue::fromVariant(v));
        }
        rows.append(row);
    }
    // A read error ends the loop as the last row would: an export must not stop short silently.
    if (auto failed = db.readError(*q, Privacy::tr("read the customer's data")); !failed)
        return failed.error();
    q->finish();
    return rows;
}

} // namespace

QString Privacy::erasedName() { return TextRules::erasedName(); }

Status Privacy::emptyRedactLists()
{
    // Temporary tables of this connection: which cases and customers the redaction covers.
    for (const QString &sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rd_redact (id TEXT PRIMARY KEY)"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rd_redact_customers (id TEXT PRIMARY KEY)"),
          QStringLiteral("DELETE FROM rd_redact"), QStringLiteral("DELETE FROM rd_redact_customers")})
        if (auto r = m_db.execOnce(sql); !r)
            return r;
    return {};
}

Status Privacy::addMergedRecords()
{
    // Along every merge not undone, both ways, until nothing new: a chain of merges is one person.
    for (;;) {
        auto added = m_db.exec(QStringLiteral(
            "INSERT INTO rd_redact_customers SELECT linked.id FROM (SELECT merged_id AS id FROM customer_merge WHERE undone_at IS NULL "
            "AND survivor_id IN (SELECT id FROM rd_redact_customers) UNION SELECT survivor_id FROM customer_merge "
            "WHERE undone_at IS NULL AND merged_id IN (SELECT id FROM rd_redact_customers)) AS linked "
            "WHERE linked.id NOT IN (SELECT id FROM rd_redact_customers)"));
        if (!added)
            return added.error();
        if (added.value()->numRowsAffected() <= 0)
            return {};
    }
}

Status Privacy::redactListedCases(bool customers)
{
    const QStringList statements = {
        // The gate the history's triggers look for; removed again before the commit.
        QStringLiteral("INSERT INTO maintenance VALUES ('erasing', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        QStringLiteral("UPDATE case_record SET customer_name = '%1', experience = '', expectation = '', summary = '', "
                       "explanation = '', decision = '', note = '', outcome_words = '', updated_at = %2 WHERE id IN (SELECT id FROM rd_redact)")
            .arg(erasedName())
            .arg(m_db.clock().nowMs()),
        QStringLiteral("UPDATE promised_action SET what = '%1', reason = '' WHERE case_id IN (SELECT id FROM rd_redact)").arg(erasedName()),
        QStringLiteral("UPDATE callback_note SET phone = '', question = '%1', result = '' WHERE case_id IN (SELECT id FROM rd_redact)")
            .arg(erasedName()),
        // A team lead's words about the case may name the customer too.
        QStringLiteral("UPDATE recognition SET words = '%1', updated_at = %2 WHERE case_id IN (SELECT id FROM rd_redact)")
            .arg(erasedName())
            .arg(m_db.clock().nowMs()),
        QStringLiteral("UPDATE case_event SET data = '%1', salt = NULL WHERE case_id IN (SELECT id FROM rd_redact) "
                       "AND kind NOT IN ('customer.erased', 'case.anonymised') AND data <> '%1'")
            .arg(kErasedData),
    };
    for (const QString &sql : statements)
        if (auto r = m_db.execOnce(sql); !r)
            return r;
    if (customers) {
        for (const QString &sql :
             {QStringLiteral("UPDATE customer SET name = '%1', phone = '', phone_digits = '', email = '', organisation = '', "
                             "address = '', language = '', updated_at = %2 WHERE id IN (SELECT id FROM rd_redact_customers)")
                  .arg(erasedName())
                  .arg(m_db.clock().nowMs()),
              QStringLiteral("UPDATE case_event SET data = '%1', salt = NULL WHERE case_id IS NULL AND kind <> 'customer.erased' "
                             "AND customer_id IN (SELECT id FROM rd_redact_customers) AND data <> '%1'")
                  .arg(kErasedData)})
            if (auto r = m_db.execOnce(sql); !r)
                return r;
    }
    if (auto r = m_db.execOnce(QStringLiteral("DELETE FROM maintenance WHERE key = 'erasing'")); !r)
        return r;
    return SearchIndex(m_db).indexCasesWhere(QStringLiteral("c.id IN (SELECT id FROM rd_redact)"));
}

Status Privacy::eraseCustomer(const QString &customerId, const QString &reason)
{
    auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM customer WHERE id = ?"), {customerId});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error{Error::Code::NotFound, tr("There is no such customer to erase.")};
    return scrubbing([&]() -> Status {
        return Transaction::run(m_db, [&]() -> Status {
            if (auto lists = emptyRedactLists(); !lists)
                return lists;
            if (auto r = m_db.execOnce(QStringLiteral("INSERT INTO rd_redact_customers VALUES (?)"), {customerId}); !r)
                return r;
            // Every record of this person: those merged into them, and the one they were merged into
            // (merges made or received here; the erasure events below then say so for each).
            if (auto linked = addMergedRecords(); !linked)
                return linked;
            if (auto r = m_db.execOnce(QStringLiteral("INSERT INTO rd_redact SELECT id FROM case_record WHERE customer_id IN "
                                                      "(SELECT id FROM rd_redact_customers) OR origin_customer_id IN "
                                                      "(SELECT id FROM rd_redact_customers) ON CONFLICT DO NOTHING"));
                !r)
                return r;
            if (auto redacted = redactListedCases(true); !redacted)
                return redacted;
            // Each record of the person says it was erased, sealed by this PC: wherever the merge
            // that linked them is undone or never arrives, every one of them stays erased.
            auto people = m_db.selectAll(QStringLiteral("SELECT id FROM rd_redact_customers ORDER BY id"), {},
                                         [](const QSqlQuery &q) { return q.value(0).toString(); });
            if (!people)
                return people.error();
            QJsonObject data{{QStringLiteral("reason"), reason.left(200)}};
            for (const QString &id : people.value())
                if (auto e = EventLog(m_db).append(QString(), id, QStringLiteral("customer.erased"), data); !e)
                    return e;
            // A merge with an erased customer no longer holds: each case back with its own record.
            auto moved = CustomerMerges(m_db).apply();
            return moved ? Status() : Status(moved.error());
        });
    });
}

Status Privacy::scrubbing(const std::function<Status()> &work)
{
    // Overwrite freed space while the work runs, so the erased text does not linger there.
    // Without it the erased text could stay readable in freed pages: no erase then.
    if (const Status s = m_db.execEach(m_db.dialect().beforeErasing()); !s)
        return s;
    const Status s = work();
    // The search index keeps deleted words in older pieces until they are merged; the backend
    // then clears old row versions and freed space (and a file's write-ahead log).
    Status done = s ? SearchIndex(m_db).compact() : s;
    const QStringList tables = {QStringLiteral("customer"), QStringLiteral("case_record"), QStringLiteral("promised_action"),
                                QStringLiteral("callback_note"), QStringLiteral("case_event"), QStringLiteral("case_search"),
                                QStringLiteral("recognition")};
    if (auto r = m_db.execEach(m_db.dialect().afterErasing(tables)); !r && done)
        done = r;
    return done;
}

Result<bool> Privacy::hasErasures()
{
    // One probe per kind, so each is answered by its partial index (Schema::erasureIndexes).
    auto erased = m_db.scalar(QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM case_event WHERE kind = 'customer.erased') "
                                             "OR EXISTS (SELECT 1 FROM case_event WHERE kind = 'case.anonymised')"));
    if (!erased)
        return erased.error();
    return erased->isValid() && !erased->isNull();
}

Result<bool> Privacy::bundleMeetsErasures()
{
    // Each probe walks the bundle's rows and looks each up by index here: linear in the bundle.
    const QString sql = QStringLiteral(
        "SELECT 1 WHERE EXISTS (SELECT 1 FROM bundle.case_event WHERE kind IN ('customer.erased', 'case.anonymised')) "
        "OR EXISTS (SELECT 1 FROM bundle.customer b WHERE b.name <> ? AND EXISTS (SELECT 1 FROM main.case_event e "
        "WHERE e.customer_id = b.id AND e.kind = 'customer.erased')) "
        "OR EXISTS (SELECT 1 FROM bundle.case_record b WHERE b.customer_name <> ? AND (EXISTS (SELECT 1 FROM main.case_event e "
        "WHERE e.case_id = b.id AND e.kind = 'case.anonymised') OR EXISTS (SELECT 1 FROM main.case_event e "
        "WHERE e.customer_id = b.customer_id AND e.case_id IS NULL AND e.kind = 'customer.erased')))");
    auto found = m_db.scalar(sql, {erasedName(), erasedName()});
    if (!found)
        return found.error();
    return found->isValid() && !found->isNull();
}

Status Privacy::reapplyErasures()
{
    auto erased = hasErasures();
    if (!erased)
        return erased.error();
    if (!erased.value())
        return {};
    return Transaction::run(m_db, [&]() -> Status {
        if (auto lists = emptyRedactLists(); !lists)
            return lists;
        if (auto r = m_db.execOnce(QStringLiteral("INSERT INTO rd_redact_customers SELECT DISTINCT customer_id FROM case_event "
                                                  "WHERE kind = 'customer.erased'"));
            !r)
            return r;
        for (const QString &sql :
             {QStringLiteral("INSERT INTO rd_redact SELECT id FROM case_record WHERE customer_id IN "
                             "(SELECT id FROM rd_redact_customers) OR origin_customer_id IN (SELECT id FROM rd_redact_customers) "
                             "ON CONFLICT DO NOTHING"),
              QStringLiteral("INSERT INTO rd_redact SELECT DISTINCT case_id FROM case_event "
                             "WHERE kind = 'case.anonymised' ON CONFLICT DO NOTHING")})
            if (auto r = m_db.execOnce(sql); !r)
                return r;
        return redactListedCases(true);
    });
}

Result<QList<QPair<QString, QString>>> Privacy::erasedCustomers()
{
    return m_db.selectAll(QStringLiteral("SELECT customer_id, coalesce(%1, '') FROM case_event "
                                         "WHERE kind = 'customer.erased' AND customer_id IS NOT NULL")
                              .arg(m_db.dialect().jsonText(QStringLiteral("data"), QStringLiteral("reason"))),
                          {}, [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
}

Result<int> Privacy::carryOverErasures(const QList<QPair<QString, QString>> &erased)
{
    int count = 0;
    for (const auto &[customerId, reason] : erased) {
        auto name = m_db.scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {customerId});
        if (!name)
            return name.error();
        if (!name->isValid() || name->toString() == erasedName())
            continue; // not in this file, or erased here too
        if (auto s = eraseCustomer(customerId, reason); !s)
            return s.error();
        ++count;
    }
    return count;
}

Result<int> Privacy::anonymiseClosedBefore(qint64 cutoffMs)
{
    int count = 0;
    const Status s = scrubbing([&]() -> Status { return Transaction::run(m_db, [&]() -> Status {
        if (auto lists = emptyRedactLists(); !lists)
            return lists;
        if (auto r = m_db.execOnce(QStringLiteral("INSERT INTO rd_redact SELECT id FROM case_record WHERE status = 'closed' "
                                                  "AND closed_at < ? AND customer_name <> ?"),
                                   {cutoffMs, erasedName()});
            !r)
            return r;
        auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM rd_redact"));
        if (!n)
            return n.error();
        count = n->toInt();
        if (count == 0)
            return {};
        // A customer goes too once none of their cases keeps personal data.
        if (auto r = m_db.execOnce(QStringLiteral(
                "INSERT INTO rd_redact_customers SELECT DISTINCT c.customer_id FROM case_record c WHERE c.id IN (SELECT id FROM rd_redact) "
                "AND NOT EXISTS (SELECT 1 FROM case_record o WHERE o.customer_id = c.customer_id AND o.id NOT IN (SELECT id FROM rd_redact) "
                "AND o.customer_name <> ?)"),
                                   {erasedName()});
            !r)
            return r;
        // A record merged into another goes too once none of the cases opened for it keeps personal data.
        if (auto r = m_db.execOnce(QStringLiteral(
                "INSERT INTO rd_redact_customers SELECT DISTINCT c.origin_customer_id FROM case_record c WHERE c.id IN "
                "(SELECT id FROM rd_redact) AND c.origin_customer_id IS NOT NULL AND c.origin_customer_id NOT IN "
                "(SELECT id FROM rd_redact_customers) AND NOT EXISTS (SELECT 1 FROM case_record o WHERE "
                "o.origin_customer_id = c.origin_customer_id AND o.id NOT IN (SELECT id FROM rd_redact) AND o.customer_name <> ?)"),
                                   {erasedName()});
            !r)
            return r;
        if (auto redacted = redactListedCases(true); !redacted)
            return redacted;
        auto ids = m_db.selectAll(QStringLiteral("SELECT id FROM rd_redact"), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!ids)
            return ids.error();
        for (const QString &id : ids.value())
            if (auto e = EventLog(m_db).append(id, QString(), QStringLiteral("case.anonymised"),
                                               {{QStringLiteral("reason"), QStringLiteral("retention")}});
                !e)
                return e;
        return {};
    }); });
    if (!s)
        return s.error();
    return count;
}

Result<int> Privacy::retentionMonths()
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'retention_months'"));
    if (!v)
        return v.error();
    return v->isValid() ? v->toInt() : 0;
}

Status Privacy::setRetentionMonths(int months)
{
    if (months < 0 || months > kMaxRetentionMonths)
        return Error{Error::Code::InvalidInput, tr("The retention period is a number of months from 0 (no limit) to %1.")
                                                    .arg(kMaxRetentionMonths)};
    auto r = m_db.exec(QStringLiteral("INSERT INTO setting VALUES ('retention_months', ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {QString::number(months)});
    return r ? Status() : Status(r.error());
}

Result<int> Privacy::applyRetention()
{
    auto months = retentionMonths();
    if (!months)
        return months.error();
    if (months.value() == 0)
        return 0;
    return anonymiseClosedBefore(m_db.clock().nowUtc().addMonths(-months.value()).toMSecsSinceEpoch());
}

Result<QJsonObject> Privacy::exportCustomer(const QString &customerId)
{
    auto customer = rowsAsJson(m_db, QStringLiteral("SELECT * FROM customer WHERE id = ?"), {customerId});
    if (!customer)
        return customer.error();
    if (customer->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no such customer.")};
    const QStringList internal = {QStringLiteral("seq"), QStringLiteral("salt"), QStringLiteral("data_hash"),
                                  QStringLiteral("prev_hash"), QStringLiteral("hash"), QStringLiteral("workstation"),
                                  QStringLiteral("call_step"), QStringLiteral("phone_digits"), QStringLiteral("customer_name")};
    auto cases = rowsAsJson(m_db, QStringLiteral("SELECT * FROM case_record WHERE customer_id = ? ORDER BY opened_at"), {customerId},
                            internal);
    if (!cases)
        return cases.error();
    QJsonArray full;
    for (const QJsonValue &c : cases.value()) {
        QJsonObject one = c.toObject();
        const QString id = one.value(QStringLiteral("id")).toString();
        auto promises = rowsAsJson(m_db, QStringLiteral("SELECT * FROM promised_action WHERE case_id = ? ORDER BY created_at"), {id});
        auto callbacks = rowsAsJson(m_db, QStringLiteral("SELECT * FROM callback_note WHERE case_id = ? ORDER BY created_at"), {id});
        auto events = rowsAsJson(m_db, QStringLiteral("SELECT * FROM case_event WHERE case_id = ? ORDER BY at, seq"), {id}, internal);
        for (const auto *part : {&promises, &callbacks, &events})
            if (!*part)
                return Error{Error::Code::Storage,
                             tr("The customer's data could not be read completely: %1").arg(part->message())};
        one.insert(QStringLiteral("promises"), promises.value());
        one.insert(QStringLiteral("callbacks"), callbacks.value());
        one.insert(QStringLiteral("history"), events.value());
        full.append(one);
    }
    auto own = rowsAsJson(m_db, QStringLiteral("SELECT * FROM case_event WHERE customer_id = ? AND case_id IS NULL ORDER BY at, seq"),
                          {customerId}, internal);
    if (!own)
        return own.error();
    // The records of this customer entered twice and merged into this one, with their history.
    auto merged = rowsAsJson(m_db, QStringLiteral("SELECT * FROM customer WHERE merged_into = ? ORDER BY created_at, id"), {customerId},
                             internal);
    if (!merged)
        return merged.error();
    QJsonArray records;
    for (const QJsonValue &m : merged.value()) {
        QJsonObject one = m.toObject();
        auto history = rowsAsJson(m_db, QStringLiteral("SELECT * FROM case_event WHERE customer_id = ? AND case_id IS NULL "
                                                       "ORDER BY at, seq"),
                                  {one.value(QStringLiteral("id")).toString()}, internal);
        if (!history)
            return history.error();
        one.insert(QStringLiteral("history"), history.value());
        records.append(one);
    }
    QJsonObject customerObject = customer->first().toObject();
    customerObject.remove(QStringLiteral("phone_digits"));
    customerObject.insert(QStringLiteral("merged_records"), records);
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("Recovery Desk customer data")},
                       {QStringLiteral("exported_at"), m_db.clock().nowUtc().toString(Qt::ISODate)},
                       {QStringLiteral("customer"), customerObject},
                       {QStringLiteral("customer_history"), own.value()},
                       {QStringLiteral("cases"), full}};
}

Status Privacy::writeCustomerExport(const QString &customerId, const QString &path)
{
    auto data = exportCustomer(customerId);
    if (!data)
        return data.error();
    return ExportFile::write(path, m_db.path(), QJsonDocument(data.value()).toJson(QJsonDocument::Indented));
}

} // namespace rd
