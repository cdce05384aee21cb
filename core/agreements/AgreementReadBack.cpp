#include "agreements/AgreementReadBack.h"

#include <QDateTime>
#include <QLocale>

namespace rd {

QString AgreementReadBack::when(qint64 msUtc)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msUtc).toLocalTime();
    const QLocale locale;
    return tr("%1, %2", "date, time")
        .arg(locale.toString(local.date(), QStringLiteral("dddd d MMMM")), locale.toString(local.time(), QLocale::ShortFormat));
}

QStringList AgreementReadBack::sentences(const Case &c, const QList<PromisedAction> &promises,
                                         const QList<CallbackNote> &callbacks, const QString &me)
{
    QStringList out;
    if (!c.decision.trimmed().isEmpty())
        out << tr("What we decided: %1").arg(c.decision.trimmed());
    for (const PromisedAction &p : promises) {
        if (p.status != PromiseStatus::Open || p.nextContact)
            continue;
        out << (p.owner == me ? tr("I will %1 — by %2.").arg(p.what, when(p.dueAt))
                              : tr("My colleague %1 will %2 — by %3.").arg(p.owner, p.what, when(p.dueAt)));
    }
    for (const PromisedAction &p : promises) {
        if (p.status != PromiseStatus::Open || !p.nextContact)
            continue;
        out << (p.owner == me
                    ? tr("I will contact you again on %1 — also if there is no news yet.").arg(when(p.dueAt))
                    : tr("My colleague %1 will contact you again on %2 — also if there is no news yet.")
                          .arg(p.owner, when(p.dueAt)));
    }
    for (const CallbackNote &n : callbacks) {
        if (n.status != CallbackStatus::Open)
            continue;
        out << tr("%1 will call you back on %2, between %3 and %4, about: %5")
                   .arg(n.forWhom == me ? tr("I") : tr("My colleague %1").arg(n.forWhom), n.phone, when(n.windowStart),
                        QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.windowEnd).toLocalTime().time(),
                                           QLocale::ShortFormat),
                        n.question);
    }
    if (c.resolution == Resolution::Resolved)
        out << tr("With this, your question is settled. If anything is still not right, you can reach me through the "
                  "service desk.");
    return out;
}

} // namespace rd
