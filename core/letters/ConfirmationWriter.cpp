#include "letters/ConfirmationWriter.h"

#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "letters/LetterLanguage.h"
#include "storage/Database.h"

#include <QHash>

namespace rd {

Result<LetterFacts> ConfirmationWriter::gather(Database &db, const QString &caseId, const QString &employee,
                                               const QString &signature)
{
    LetterFacts facts;
    auto c = CaseStore(db).get(caseId);
    if (!c)
        return c.error();
    facts.theCase = c.value();
    auto customer = CustomerStore(db).get(facts.theCase.customerId);
    if (!customer)
        return customer.error();
    facts.customer = customer.value();
    auto promises = PromiseStore(db).forCase(caseId);
    if (!promises)
        return promises.error();
    facts.promises = promises.value();
    auto callbacks = CallbackStore(db).forCase(caseId);
    if (!callbacks)
        return callbacks.error();
    facts.callbacks = callbacks.value();
    facts.employee = employee;
    facts.signature = signature;
    facts.now = db.clock().nowMs();
    return facts;
}

QStringList ConfirmationWriter::agreements(const LetterFacts &facts, const LetterLanguage &language)
{
    const auto text = [&](const char *source) { return language.text(source); };
    QStringList out;
    // What we will do first, then when we speak again, then a callback: the order of the read-back.
    for (const PromisedAction &p : facts.promises) {
        if (p.status != PromiseStatus::Open || p.nextContact)
            continue;
        out << (p.owner == facts.employee
                    ? text(QT_TRANSLATE_NOOP("rd::Letter", "I will %1, by %2.")).arg(p.what.trimmed(), language.when(p.dueAt))
                    : text(QT_TRANSLATE_NOOP("rd::Letter", "My colleague %1 will %2, by %3."))
                          .arg(p.owner, p.what.trimmed(), language.when(p.dueAt)));
    }
    for (const PromisedAction &p : facts.promises) {
        if (p.status != PromiseStatus::Open || !p.nextContact)
            continue;
        out << (p.owner == facts.employee
                    ? text(QT_TRANSLATE_NOOP("rd::Letter", "I will contact you again on %1, also if there is no news yet."))
                          .arg(language.when(p.dueAt))
                    : text(QT_TRANSLATE_NOOP("rd::Letter",
                                             "My colleague %1 will contact you again on %2, also if there is no news yet."))
                          .arg(p.owner, language.when(p.dueAt)));
    }
    for (const CallbackNote &n : facts.callbacks) {
        if (n.status != CallbackStatus::Open)
            continue;
        out << (n.forWhom == facts.employee
                    ? text(QT_TRANSLATE_NOOP("rd::Letter", "I will call you back on %1 on %2, between %3 and %4, about: %5"))
                          .arg(n.phone, language.day(n.windowStart), language.time(n.windowStart),
                               language.time(n.windowEnd), n.question.trimmed())
                    : text(QT_TRANSLATE_NOOP("rd::Letter",
                                             "My colleague %1 will call you back on %2 on %3, between %4 and %5, about: %6"))
                          .arg(n.forWhom, n.phone, language.day(n.windowStart), language.time(n.windowStart),
                               language.time(n.windowEnd), n.question.trimmed()));
    }
    return out;
}

QString ConfirmationWriter::status(const LetterFacts &facts, const LetterLanguage &language)
{
    const Case &c = facts.theCase;
    if (c.kind == CaseKind::Compliment)
        return language.text(QT_TRANSLATE_NOOP("rd::Letter", "Thank you for your kind words. We have passed them on to "
                                                              "the people they are about."));
    if (c.resolution == Resolution::Resolved)
        return language.text(QT_TRANSLATE_NOOP("rd::Letter", "With this, the matter is settled. If anything is still not "
                                                              "right, reply to this message or call us, and mention this letter."));
    return language.text(QT_TRANSLATE_NOOP("rd::Letter", "We do not have a final solution yet. We will do what is written "
                                                          "above, and you will hear from us at the agreed time, also if "
                                                          "there is no news yet."));
}

Confirmation ConfirmationWriter::write(const LetterFacts &facts, const LetterLanguage &language, const LetterTemplate &wording)
{
    const Case &c = facts.theCase;
    QStringList lines;
    for (const QString &sentence : agreements(facts, language))
        lines << QStringLiteral("- ") + sentence;
    // The summary as confirmed; before it was, what the customer told in their own words.
    const QString summary = !c.summary.trimmed().isEmpty() ? c.summary.trimmed() : c.experience.trimmed();
    const QHash<QString, QString> values{
        {QStringLiteral("customer"), facts.customer.name},
        {QStringLiteral("date"), language.date(facts.now)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("decision"), c.decision.trimmed()},
        {QStringLiteral("agreements"), lines.join(QLatin1Char('\n'))},
        {QStringLiteral("status"), status(facts, language)},
        {QStringLiteral("employee"), facts.employee},
        {QStringLiteral("signature"), facts.signature.trimmed()},
    };
    Confirmation out;
    out.language = language.code();
    out.to = facts.customer.email;
    out.date = language.date(facts.now);
    out.subject = LetterTemplate::fill(wording.subject, values, false).simplified();
    out.body = LetterTemplate::fill(wording.body, values, true);
    out.addressBlock = addressBlock(facts.customer);
    return out;
}

QStringList ConfirmationWriter::addressBlock(const Customer &customer)
{
    QStringList block{customer.name};
    if (!customer.organisation.trimmed().isEmpty())
        block << customer.organisation.trimmed();
    for (const QString &line : customer.address.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            block << line.trimmed();
    return block;
}

} // namespace rd
