#include "letters/Confirmations.h"

#include "agreements/AgreementReadBack.h"
#include "letters/ConfirmationLog.h"
#include "storage/Database.h"
#include "widgets/Settings.h"

namespace rd {

Result<Confirmation> Confirmations::make(Database &db, const QString &caseId, const QString &employee, const QString &language)
{
    auto facts = ConfirmationWriter::gather(db, caseId, employee, Settings::letterSignature());
    if (!facts)
        return facts.error();
    QString code = language;
    if (code.isEmpty())
        code = facts->customer.language.isEmpty() ? Settings::customerLanguage() : facts->customer.language;
    return ConfirmationWriter::write(facts.value(), Settings::letterLanguage(code), Settings::letterWording(code));
}

QString Confirmations::record(Database &db, const QString &caseId, const QString &how, const Confirmation &letter)
{
    const Status s = ConfirmationLog(db).record(caseId, how, letter.language);
    return s ? QString() : tr("The confirmation went out, but it could not be noted in the case: %1").arg(s.message());
}

LetterOutput::Outcome Confirmations::mailNow(Database &db, const QString &caseId, const QString &employee)
{
    auto letter = make(db, caseId, employee);
    if (!letter)
        return {false, letter.message()};
    if (letter->to.isEmpty())
        return {false, QString()};
    LetterOutput::Outcome out = LetterOutput::mail(letter.value());
    if (out.ok)
        if (const QString failed = record(db, caseId, QStringLiteral("mail"), letter.value()); !failed.isEmpty())
            return {false, failed};
    return out;
}

QString Confirmations::stateLine(Database &db, const QString &caseId)
{
    auto last = ConfirmationLog(db).last(caseId);
    if (!last)
        return last.message();
    if (!last->has_value())
        return tr("No written confirmation sent yet.");
    const ConfirmationSent &sent = last->value();
    return tr("Written confirmation sent %1 on %2 (%3).")
        .arg(ConfirmationLog::describe(sent.how), AgreementReadBack::when(sent.at), sent.actor);
}

} // namespace rd
