#include "letters/ConfirmationLog.h"

#include "cases/EventLog.h"
#include "storage/Transaction.h"
#include "letters/LetterLanguage.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rd {

QStringList ConfirmationLog::ways()
{
    return {QStringLiteral("mail"), QStringLiteral("clipboard"), QStringLiteral("pdf"), QStringLiteral("print")};
}

QString ConfirmationLog::describe(const QString &how)
{
    if (how == QLatin1String("mail"))
        return tr("by e-mail");
    if (how == QLatin1String("clipboard"))
        return tr("copied to paste elsewhere");
    if (how == QLatin1String("pdf"))
        return tr("as a PDF letter");
    if (how == QLatin1String("print"))
        return tr("printed");
    return how;
}

Status ConfirmationLog::record(const QString &caseId, const QString &how, const QString &language)
{
    if (!ways().contains(how) || !LetterLanguage::isKnown(language))
        return Error{Error::Code::InvalidInput, tr("A confirmation goes out by mail, clipboard, PDF or print, in English or Dutch.")};
    // Under the case's lock, as every change of a case: its history chain grows one event at a time.
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&] {
        return EventLog(m_db).append(caseId, {}, QStringLiteral("confirmation.sent"),
                                     {{QStringLiteral("how"), how}, {QStringLiteral("language"), language}});
    });
}

Result<std::optional<ConfirmationSent>> ConfirmationLog::last(const QString &caseId)
{
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT at, actor, data FROM case_event WHERE case_id = ? AND kind = 'confirmation.sent' "
                       "ORDER BY at DESC, seq DESC LIMIT 1"),
        {caseId}, [](const QSqlQuery &q) {
            ConfirmationSent sent;
            sent.at = q.value(0).toLongLong();
            sent.actor = q.value(1).toString();
            // Read back from disk, so taken only as far as it holds what record() writes (an
            // erased entry keeps its time and actor).
            const QJsonObject data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            const QString how = data.value(QStringLiteral("how")).toString();
            sent.how = ways().contains(how) ? how : QString();
            const QString language = data.value(QStringLiteral("language")).toString();
            sent.language = LetterLanguage::isKnown(language) ? language : QString();
            return sent;
        });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ConfirmationSent>();
    return std::optional<ConfirmationSent>(rows->first());
}

QString ConfirmationLog::unconfirmedCondition()
{
    // Both by key, per row: the customer by its id, the confirmation by the partial index
    // event_confirmation (Schema), which holds only confirmations.
    return QStringLiteral("EXISTS (SELECT 1 FROM customer u WHERE u.id = c.customer_id AND u.email <> '') AND NOT EXISTS "
                          "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'confirmation.sent')");
}

} // namespace rd
