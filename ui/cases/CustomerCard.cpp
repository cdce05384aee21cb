#include "cases/CustomerCard.h"

#include "widgets/Accessible.h"
#include "agreements/AgreementReadBack.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "base/LocalTime.h"
#include "agreements/PromiseStore.h"
#include "widgets/Theme.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace rd {

CustomerCard::CustomerCard(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerCard"));
    auto *layout = new QVBoxLayout(this);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    describe(m_details, tr("Customer"), tr("The caller's details, earlier cases and open promises."));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_details, &QLabel::linkActivated, this, [this] {
        if (!m_phone.isEmpty())
            emit dialRequested(m_phone);
    });
    m_repeat = new QLabel(this);
    m_repeat->setObjectName(QStringLiteral("repeatBanner"));
    m_repeat->setWordWrap(true);
    m_repeat->hide();
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setWordWrap(true);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_repeat);
    layout->addWidget(m_history, 1);
    showCustomer({}, {});
}

void CustomerCard::showCustomer(const QString &customerId, const QString &currentCaseId)
{
    auto customer = customerId.isEmpty() ? Result<Customer>(Error{}) : CustomerStore(m_db).get(customerId);
    if (!customer) {
        m_details->setText(tr("<p><b>No customer yet</b></p><p>Find or add the caller to see their earlier cases "
                              "and open promises here.</p>"));
        m_repeat->hide();
        m_history->clear();
        m_phone.clear();
        return;
    }
    QStringList contact;
    m_phone = customer->phone.trimmed();
    if (!m_phone.isEmpty())
        contact << QStringLiteral("<a href='dial'>%1</a>").arg(m_phone.toHtmlEscaped());
    for (const QString &part : {customer->email, customer->organisation})
        if (!part.isEmpty())
            contact << part.toHtmlEscaped();
    m_details->setText(QStringLiteral("<p style='font-size:15pt'><b>%1</b></p><p>%2</p>")
                           .arg(customer->name.toHtmlEscaped(), contact.join(QStringLiteral("<br>"))));

    const qint64 since = m_db.clock().nowUtc().addDays(-kRepeatWindowDays).toMSecsSinceEpoch();
    auto complaints = CaseStore(m_db).complaintsSince(customerId, since, currentCaseId);
    const int earlier = complaints ? complaints.value() : 0;
    m_repeat->setVisible(earlier > 0);
    m_repeat->setText(tr("Repeat complainant: %n earlier complaint(s) in the past year. Acknowledge that this "
                         "is not the first time.",
                         nullptr, earlier));

    QString html;
    auto promises = PromiseStore(m_db).openForCustomer(customerId);
    const qint64 now = m_db.clock().nowMs();
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Open promises"));
    if (!promises || promises->isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None."));
    else
        for (const PromisedAction &p : promises.value())
            html += QStringLiteral("<p%1>%2 — %3 (%4)</p>")
                        .arg(p.dueAt < now ? QStringLiteral(" style='color:%1'").arg(Theme::color("overdue").name()) : QString(),
                             AgreementReadBack::when(p.dueAt).toHtmlEscaped(), p.what.toHtmlEscaped(),
                             p.owner.toHtmlEscaped());

    auto cases = CaseStore(m_db).listForCustomer(customerId);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Earlier cases"));
    int shown = 0;
    if (cases)
        for (const CaseListRow &row : cases.value()) {
            if (row.id == currentCaseId)
                continue;
            html += QStringLiteral("<p>%1 · %2 · %3</p>")
                        .arg(shortDate(row.openedAt),
                             Vocabulary::label(row.kind), Vocabulary::label(row.status));
            if (++shown == 8)
                break;
        }
    if (shown == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("First contact."));
    m_history->setText(html);
}

} // namespace rd
