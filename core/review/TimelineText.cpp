#include "review/TimelineText.h"

#include "agreements/AgreementReadBack.h"
#include "call/CallGuide.h"
#include "cases/CaseStore.h"
#include "base/Vocabulary.h"
#include "letters/ConfirmationLog.h"
#include "letters/LetterLanguage.h"

namespace rd {

namespace {

QString stepTitle(const QString &id) { return CallGuide::titleOf(id); }

QString fieldTitle(const QString &key)
{
    for (int f = int(CaseField::Channel); f <= int(CaseField::Note); ++f)
        if (CaseStore::fieldKey(CaseField(f)) == key)
            return CaseStore::fieldLabel(CaseField(f));
    return key;
}

QString when(const QJsonObject &data, const char *key)
{
    return AgreementReadBack::when(data.value(QLatin1String(key)).toString().toLongLong());
}

QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 160 ? simple.left(157) + QStringLiteral("…") : simple;
}

} // namespace

QString TimelineText::describe(const CaseEvent &e)
{
    const QJsonObject &d = e.data;
    const QString k = e.kind;
    const auto s = [&](const char *key) { return d.value(QLatin1String(key)).toString(); };
    if (d.value(QStringLiteral("erased")).toBool())
        return tr("An entry whose details were erased for privacy.");
    if (k == QLatin1String("customer.erased"))
        return tr("The customer's personal data was erased (%1).").arg(quoted(s("reason")));
    if (k == QLatin1String("case.anonymised"))
        return tr("Personal data removed: the retention period had passed.");
    if (k == QLatin1String("promise.reopened"))
        return tr("Undone: the promise \"%1\" is open again.").arg(quoted(s("what")));
    if (k == QLatin1String("callback.reopened"))
        return tr("Undone: the callback is open again.");
    if (k == QLatin1String("case.opened"))
        return tr("Opened the case (%1, by %2).")
            .arg(Vocabulary::label(Vocabulary::parse<CaseKind>(s("kind")).value_or(CaseKind::Complaint)).toLower(),
                 Vocabulary::label(Vocabulary::parse<Channel>(s("channel")).value_or(Channel::Phone)).toLower());
    if (k == QLatin1String("field.set")) {
        const QJsonValue v = d.value(QStringLiteral("value"));
        const QString value = v.isString() ? quoted(v.toString()) : v.isNull() ? tr("(cleared)") : QString::number(v.toDouble());
        return tr("%1: %2").arg(fieldTitle(s("field")), value);
    }
    if (k == QLatin1String("summary.confirmed"))
        return tr("The customer confirmed the summary.");
    if (k == QLatin1String("summary.corrected"))
        return tr("The customer corrected the summary: “%1”").arg(quoted(s("correction")));
    if (k == QLatin1String("case.status"))
        return tr("Status: %1.").arg(Vocabulary::label(Vocabulary::parse<CaseStatus>(s("status")).value_or(CaseStatus::Open)).toLower());
    if (k == QLatin1String("case.closed"))
        return tr("Closed the case. Outcome: %1.%2")
            .arg(Vocabulary::label(Vocabulary::parse<Outcome>(s("outcome")).value_or(Outcome::Unknown)).toLower(),
                 s("words").isEmpty() ? QString() : tr(" The customer: “%1”").arg(quoted(s("words"))));
    if (k == QLatin1String("promise.made"))
        return d.value(QStringLiteral("next_contact")).toBool()
                   ? tr("Agreed the next contact with the customer: %1.").arg(when(d, "due"))
                   : tr("Promised: %1 — %2, by %3.").arg(quoted(s("what")), s("owner"), when(d, "due"));
    if (k == QLatin1String("promise.kept"))
        return tr("Kept on time: %1.%2").arg(quoted(s("what")), s("reason").isEmpty() ? QString() : tr(" Result: %1").arg(quoted(s("reason"))));
    if (k == QLatin1String("promise.late"))
        return tr("Kept late: %1.%2").arg(quoted(s("what")), s("reason").isEmpty() ? QString() : tr(" Result: %1").arg(quoted(s("reason"))));
    if (k == QLatin1String("promise.broken"))
        return tr("Broken: %1. Reason: %2").arg(quoted(s("what")), quoted(s("reason")));
    if (k == QLatin1String("promise.cancelled"))
        return tr("Cancelled: %1. Reason: %2").arg(quoted(s("what")), quoted(s("reason")));
    if (k == QLatin1String("promise.rescheduled"))
        return tr("Rescheduled “%1” to %2. Reason: %3").arg(quoted(s("what")), when(d, "due"), quoted(s("reason")));
    if (k == QLatin1String("promise.handed_over"))
        return tr("Handed “%1” over from %2 to %3.").arg(quoted(s("what")), s("from"), s("to"));
    if (k == QLatin1String("callback.noted"))
        return tr("Callback note for %1: call %2 between %3 and %4 about “%5”.")
            .arg(s("for"), s("phone"), when(d, "from"), when(d, "until"), quoted(s("question")));
    if (k == QLatin1String("callback.attempted"))
        return tr("Tried to call back: %1. Next try from %2.").arg(quoted(s("result")), when(d, "from"));
    if (k == QLatin1String("callback.done"))
        return d.value(QStringLiteral("in_window")).toBool()
                   ? tr("Called back within the window.%1").arg(s("result").isEmpty() ? QString() : QLatin1Char(' ') + quoted(s("result")))
                   : tr("Called back, outside the window.%1").arg(s("result").isEmpty() ? QString() : QLatin1Char(' ') + quoted(s("result")));
    if (k == QLatin1String("callback.handed_over"))
        return tr("Callback handed over from %1 to %2.").arg(s("from"), s("to"));
    if (k == QLatin1String("improvement.linked"))
        return tr("Led to an improvement item: %1").arg(quoted(s("what")));
    if (k == QLatin1String("call.started"))
        return s("flow") == QLatin1String("follow_up") ? tr("Follow-up call started.") : tr("Call started.");
    if (k == QLatin1String("call.resumed"))
        return tr("Call resumed at “%1”.").arg(stepTitle(s("step")));
    if (k == QLatin1String("call.dialled"))
        return s("how") == QLatin1String("command") ? tr("Dialled %1 with the dial command.").arg(s("number"))
                                                    : tr("Dialled %1.").arg(s("number"));
    if (k == QLatin1String("call.ended"))
        return s("resolution") == QLatin1String("resolved") ? tr("Call ended: resolved.")
                                                              : tr("Call ended: waiting for the agreed next step.");
    if (k == QLatin1String("confirmation.sent"))
        return tr("Sent the written confirmation %1, in %2.")
            .arg(ConfirmationLog::describe(s("how")), LetterLanguage::nameOf(s("language")));
    if (k == QLatin1String("recognition.written"))
        // Who, not what: the words are between the team lead and the employee (For you), not for
        // everyone who reads or prints the case.
        return tr("Recognition written for %1.").arg(s("for"));
    if (k == QLatin1String("step.done"))
        return tr("Step done: %1.").arg(stepTitle(s("step")));
    if (k == QLatin1String("step.skipped"))
        return s("reason").isEmpty() ? tr("Step skipped: %1.").arg(stepTitle(s("step")))
                                     : tr("Step skipped: %1 (%2).").arg(stepTitle(s("step")), quoted(s("reason")));
    return k;
}

} // namespace rd
