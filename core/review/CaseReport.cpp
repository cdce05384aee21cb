#include "review/CaseReport.h"

#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "cases/EventLog.h"
#include "base/LocalTime.h"
#include "agreements/PromiseStore.h"
#include "review/TimelineText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace rd {

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
QString field(const QString &label, const QString &value)
{
    return value.trimmed().isEmpty() ? QString() : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
}
} // namespace

Result<QString> CaseReport::html(Database &db, const QString &caseId)
{
    auto c = CaseStore(db).get(caseId);
    if (!c)
        return c.error();
    auto customer = CustomerStore(db).get(c->customerId);
    if (!customer)
        return customer.error();
    auto promises = PromiseStore(db).forCase(caseId);
    auto callbacks = CallbackStore(db).forCase(caseId);
    auto events = EventLog(db).timeline(caseId);
    if (!promises || !callbacks || !events)
        return Error{Error::Code::Storage, tr("The case could not be read completely; try again.")};

    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                               "body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt;color:#0b3d62} "
                               "h2{font-size:12pt;color:#0b3d62;margin-top:14pt} th{text-align:left;vertical-align:top;"
                               "padding-right:12pt;color:#444} td{vertical-align:top} .t{color:#555}</style></head><body>");
    h += QStringLiteral("<h1>%1 — %2</h1>").arg(esc(customer->name), esc(Vocabulary::label(c->kind)));
    h += QStringLiteral("<table>");
    h += field(tr("Customer"), QStringList{customer->name, customer->phone, customer->email, customer->organisation}
                                   .filter(QRegularExpression(QStringLiteral("\\S")))
                                   .join(QStringLiteral(" · ")));
    h += field(tr("Opened"), shortDateTime(c->openedAt) + QStringLiteral(" · ") + Vocabulary::label(c->channel) +
                                 QStringLiteral(" · ") + c->owner);
    h += field(tr("Status"), Vocabulary::label(c->status));
    h += field(tr("What happened"), c->experience);
    h += field(tr("What the customer expected"), c->expectation);
    h += field(c->summaryConfirmed ? tr("Summary (confirmed)") : tr("Summary"), c->summary);
    h += field(tr("Our side"), c->explanation);
    h += field(tr("Cause"), c->cause ? Vocabulary::label(*c->cause) : QString());
    h += field(tr("Decision"), (c->decisionKind ? Vocabulary::label(*c->decisionKind) + QStringLiteral(": ") : QString()) + c->decision);
    h += field(tr("Latest note"), c->note);
    if (c->outcome)
        h += field(tr("Outcome"), Vocabulary::label(*c->outcome) +
                                      (c->outcomeWords.isEmpty() ? QString() : QStringLiteral(" — “%1”").arg(c->outcomeWords)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table>").arg(tr("Promises and callbacks"));
    for (const PromisedAction &p : promises.value())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(AgreementReadBack::when(p.dueAt)), esc(p.what), esc(p.owner), esc(Vocabulary::label(p.status)));
    for (const CallbackNote &n : callbacks.value())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(AgreementReadBack::when(n.windowStart)), esc(tr("Call back: %1").arg(n.question)), esc(n.forWhom),
                      esc(Vocabulary::label(n.status)));
    if (promises->isEmpty() && callbacks->isEmpty())
        h += QStringLiteral("<tr><td>%1</td></tr>").arg(esc(tr("None.")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table>").arg(tr("History"));
    for (const CaseEvent &e : events.value())
        h += QStringLiteral("<tr><td class=\"t\">%1</td><td class=\"t\">%2</td><td>%3</td></tr>")
                 .arg(esc(shortDateTime(e.at)), esc(e.actor), esc(TimelineText::describe(e)));
    h += QStringLiteral("</table><p class=\"t\">%1</p></body></html>")
             .arg(esc(tr("Printed %1 from Recovery Desk.").arg(shortDateTime(db.clock().nowMs()))));
    return h;
}

} // namespace rd
