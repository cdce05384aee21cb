#include "cases/CaseView.h"

#include "widgets/Accessible.h"
#include "agreements/ActPanel.h"
#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "recognition/RecognitionDialog.h"
#include "review/CaseReport.h"
#include "cases/CaseStore.h"
#include "widgets/ChoiceGroup.h"
#include "call/pages/ChoiceStepPage.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "cases/EventLog.h"
#include "review/ImprovementStore.h"
#include "base/LocalTime.h"
#include "widgets/MessageBar.h"
#include "letters/ConfirmationDialog.h"
#include "letters/Confirmations.h"
#include "widgets/PdfExport.h"
#include "agreements/PromiseStore.h"
#include "widgets/Theme.h"
#include "review/TimelineText.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <optional>

namespace rd {

namespace {
QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
} // namespace

CaseView::CaseView(Database &db, const QString &employee, QWidget *parent)
    : QWidget(parent), m_db(db), m_employee(employee)
{
    setObjectName(QStringLiteral("caseView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    auto *split = new QSplitter(this);
    m_fields = new QLabel(split);
    m_fields->setObjectName(QStringLiteral("caseFields"));
    describe(m_fields, tr("Case details"), tr("What the customer told, expected and what was decided."));
    m_fields->setWordWrap(true);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *openCaption = new QLabel(tr("&Open promises and callbacks:"), right);
    m_open = new QListWidget(right);
    m_open->setObjectName(QStringLiteral("caseOpenItems"));
    describe(m_open, tr("Open promises and callbacks"), tr("What is still to be done for this case. K kept, B broken, Enter acts on one."));
    m_open->setMaximumHeight(140);
    m_open->installEventFilter(this);
    openCaption->setBuddy(m_open);
    auto *timelineCaption = new QLabel(tr("&History:"), right);
    m_timeline = new QListWidget(right);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    describe(m_timeline, tr("History of the case"), tr("Everything that happened in this case, oldest first, who and when."));
    m_timeline->setWordWrap(true);
    m_timeline->setAccessibleName(tr("History of the case"));
    timelineCaption->setBuddy(m_timeline);
    rightLayout->addWidget(openCaption);
    rightLayout->addWidget(m_open);
    rightLayout->addWidget(timelineCaption);
    rightLayout->addWidget(m_timeline, 1);
    split->addWidget(m_fields);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_message = new MessageBar(QStringLiteral("caseMessage"), this);
    layout->addWidget(m_message);
    m_act = new ActPanel(db, this);
    layout->addWidget(m_act);

    m_closePanel = new QWidget(this);
    m_closePanel->setObjectName(QStringLiteral("closePanel"));
    auto *closeLayout = new QVBoxLayout(m_closePanel);
    QList<ChoiceGroup::Option> outcomes = ChoiceStepPage::vocabularyOptions<Outcome>();
    m_outcome = new ChoiceGroup(tr("Is the customer's trust restored? Ask them."), outcomes, Qt::Horizontal, m_closePanel);
    m_outcome->setObjectName(QStringLiteral("closeOutcome"));
    m_words = new QLineEdit(m_closePanel);
    m_words->setObjectName(QStringLiteral("closeWords"));
    describe(m_words, tr("Customer's words"), tr("How the customer put it, in their own words (optional). Enter closes the case."));
    m_words->setPlaceholderText(tr("In the customer's own words (optional) — Enter closes the case"));
    closeLayout->addWidget(m_outcome);
    closeLayout->addWidget(m_words);
    m_closePanel->hide();
    layout->addWidget(m_closePanel);
    connect(m_words, &QLineEdit::returnPressed, this, &CaseView::confirmClose);
    connect(m_outcome, &ChoiceGroup::chosen, this, [this] { m_words->setFocus(); });

    m_improvementPanel = new QWidget(this);
    m_improvementPanel->setObjectName(QStringLiteral("improvementPanel"));
    auto *improvementLayout = new QHBoxLayout(m_improvementPanel);
    m_improvementWhat = new QLineEdit(m_improvementPanel);
    m_improvementWhat->setObjectName(QStringLiteral("improvementWhat"));
    describe(m_improvementWhat, tr("Improvement"), tr("What will change so this does not happen again. Enter saves, Esc cancels."));
    m_improvementWhat->setPlaceholderText(tr("What will change so this does not happen again — Enter saves, Esc cancels"));
    m_improvementOwner = new QLineEdit(employee, m_improvementPanel);
    m_improvementOwner->setObjectName(QStringLiteral("improvementOwner"));
    describe(m_improvementOwner, tr("Improvement owner"), tr("Who sees to the improvement."));
    m_improvementOwner->setMaximumWidth(160);
    improvementLayout->addWidget(new QLabel(tr("Improvement:"), m_improvementPanel));
    improvementLayout->addWidget(m_improvementWhat, 1);
    improvementLayout->addWidget(new QLabel(tr("Who:"), m_improvementPanel));
    improvementLayout->addWidget(m_improvementOwner);
    m_improvementPanel->hide();
    layout->addWidget(m_improvementPanel);
    for (QLineEdit *e : {m_improvementWhat, m_improvementOwner}) {
        connect(e, &QLineEdit::returnPressed, this, &CaseView::createImprovement);
        e->installEventFilter(this);
    }

    auto *buttons = new QHBoxLayout;
    m_closeButton = new QPushButton(tr("C&lose case…"), this);
    m_closeButton->setObjectName(QStringLiteral("closeCaseButton"));
    buttons->addWidget(m_closeButton);
    auto *customerButton = new QPushButton(tr("C&ustomer"), this);
    customerButton->setObjectName(QStringLiteral("openCustomerButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    buttons->addWidget(customerButton);
    auto *improvementButton = new QPushButton(tr("&Improvement item…"), this);
    improvementButton->setObjectName(QStringLiteral("improvementButton"));
    buttons->addWidget(improvementButton);
    connect(improvementButton, &QPushButton::clicked, this, &CaseView::beginImprovement);
    auto *confirmationButton = new QPushButton(tr("&Written confirmation…"), this);
    confirmationButton->setObjectName(QStringLiteral("confirmationButton"));
    buttons->addWidget(confirmationButton);
    connect(confirmationButton, &QPushButton::clicked, this, &CaseView::showConfirmation);
    auto *recogniseButton = new QPushButton(tr("Reco&gnise…"), this);
    recogniseButton->setObjectName(QStringLiteral("recogniseButton"));
    recogniseButton->setToolTip(tr("Write to the employee what exactly they did well in this case"));
    recogniseButton->setEnabled(!m_db.isReadOnly()); // a review archive opened read-only changes nothing
    buttons->addWidget(recogniseButton);
    connect(recogniseButton, &QPushButton::clicked, this, &CaseView::recognise);
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    connect(customerButton, &QPushButton::clicked, this, [this] {
        if (auto c = CaseStore(m_db).get(m_caseId); c)
            emit openCustomer(c->customerId);
    });
    connect(printButton, &QPushButton::clicked, this, &CaseView::print);
    connect(pdfButton, &QPushButton::clicked, this, &CaseView::savePdf);
    auto *hint = new QLabel(tr("On an open item: C call now  ·  K kept  ·  N no news yet  ·  R reschedule  ·  "
                               "B broken  ·  H hand over"),
                            this);
    hint->setObjectName(QStringLiteral("caseHint"));
    hint->setWordWrap(true); // on a small screen it takes two lines rather than widening the window
    buttons->addWidget(hint, 1);
    layout->addLayout(buttons);
    connect(m_closeButton, &QPushButton::clicked, this, &CaseView::beginClose);

    setStyleSheet(Theme::css(QStringLiteral(
        "#caseHeader { font-size: @fs(16); font-weight: 600; color: @title; }"
        "#caseFields { font-size: @fs(11); background: @surface; color: @text; border: 1px solid @border; border-radius: 6px; padding: 8px; }"
        "#actPanel, #closePanel { background: @example; border-radius: 6px; }"
        "#caseHint { color: @muted; }")));

    connect(m_act, &ActPanel::succeeded, this, [this](const QString &m) {
        refresh();
        showMessage(m, false);
        emit changed();
    });
    connect(m_act, &ActPanel::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_act, &ActPanel::closed, this, [this] { m_open->setFocus(); });
    showCase({});
}

void CaseView::showCase(const QString &caseId)
{
    m_caseId = caseId;
    m_message->hide();
    m_act->hide();
    m_closePanel->hide();
    refresh();
    m_open->setFocus();
}

void CaseView::showConfirmation()
{
    if (m_caseId.isEmpty())
        return;
    ConfirmationDialog dialog(m_db, m_caseId, m_employee, this);
    dialog.exec();
    refresh(); // the history and the confirmation's state
}

void CaseView::recognise()
{
    auto c = m_caseId.isEmpty() ? Result<Case>(Error{}) : CaseStore(m_db).get(m_caseId);
    if (!c)
        return;
    // A compliment is recognised in the colleague it names; any other case in its owner.
    const QString employee = c->kind == CaseKind::Compliment && !c->complimentFor.trimmed().isEmpty() ? c->complimentFor.trimmed()
                                                                                                     : c->owner;
    RecognitionDialog dialog(m_db, m_caseId, employee, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh(); // the history shows it
        showMessage(tr("Recognition sent to %1.").arg(dialog.employee()), false);
    }
}

void CaseView::refresh()
{
    auto c = m_caseId.isEmpty() ? Result<Case>(Error{}) : CaseStore(m_db).get(m_caseId);
    m_open->clear();
    m_timeline->clear();
    m_openItems.clear();
    m_closeButton->setEnabled(c && c->status != CaseStatus::Closed);
    if (!c) {
        m_header->setText(tr("No case chosen"));
        m_fields->setText(tr("Open a case from the work queue or the case list (Enter)."));
        return;
    }
    auto customer = CustomerStore(m_db).get(c->customerId);
    m_header->setText(tr("%1 — %2, %3").arg(customer ? customer->name : QString(), Vocabulary::label(c->kind),
                                            Vocabulary::label(c->status).toLower()));
    QString html;
    html += row(tr("Opened"), shortDateTime(c->openedAt) +
                                  QStringLiteral(" · ") + Vocabulary::label(c->channel) + QStringLiteral(" · ") + c->owner);
    html += row(tr("What happened"), c->experience);
    html += row(tr("What the customer expected"), c->expectation);
    html += row(c->summaryConfirmed ? tr("Summary (confirmed by the customer)") : tr("Summary"), c->summary);
    html += row(tr("Our side"), c->explanation);
    html += row(tr("Cause"), c->cause ? Vocabulary::label(*c->cause) : QString());
    html += row(tr("Decision"), (c->decisionKind ? Vocabulary::label(*c->decisionKind) + QStringLiteral(": ") : QString()) + c->decision);
    html += row(tr("Latest note"), c->note);
    html += row(tr("Compliment for"), c->complimentFor);
    if (c->outcome)
        html += row(tr("Outcome"), Vocabulary::label(*c->outcome) + (c->outcomeWords.isEmpty() ? QString() : QStringLiteral(" — ") + c->outcomeWords));
    html += row(tr("Written confirmation"), Confirmations::stateLine(m_db, m_caseId));
    m_fields->setText(html);

    const QString customerName = customer ? customer->name : QString();
    if (auto promises = PromiseStore(m_db).forCase(m_caseId); promises)
        for (const PromisedAction &p : promises.value())
            if (p.status == PromiseStatus::Open)
                m_openItems.append(WorkItem{WorkItem::Type::Promise, p.id, m_caseId, customerName, p.what, p.owner, p.dueAt});
    if (auto callbacks = CallbackStore(m_db).forCase(m_caseId); callbacks)
        for (const CallbackNote &n : callbacks.value())
            if (n.status == CallbackStatus::Open)
                m_openItems.append(WorkItem{WorkItem::Type::Callback, n.id, m_caseId, customerName, n.question, n.forWhom, n.windowEnd});
    for (const WorkItem &w : m_openItems)
        m_open->addItem(tr("%1 — %2 (%3)").arg(AgreementReadBack::when(w.dueAt), w.what, w.owner));
    if (m_openItems.isEmpty())
        m_open->addItem(tr("Nothing open."));
    m_open->setCurrentRow(0);

    if (auto events = EventLog(m_db).timeline(m_caseId); events)
        for (const CaseEvent &e : events.value())
            m_timeline->addItem(QStringLiteral("%1  %2 — %3")
                                    .arg(shortDateTime(e.at),
                                         e.actor, TimelineText::describe(e)));
}

const WorkItem *CaseView::selectedItem() const
{
    const int r = m_open->currentRow();
    return r >= 0 && r < m_openItems.size() ? &m_openItems.at(r) : nullptr;
}

void CaseView::beginClose()
{
    if (!m_openItems.isEmpty()) {
        // Closing would leave a promise hanging: say so, and put the keyboard on the first one.
        showMessage(tr("This case still has %n open promise(s) or callback(s). Settle each first: K kept, B broken, "
                       "H hand over (or N, R).", nullptr, int(m_openItems.size())),
                    true);
        m_open->setCurrentRow(0);
        m_open->setFocus();
        return;
    }
    m_message->hide();
    m_outcome->setValue({});
    m_words->clear();
    m_closePanel->show();
    m_outcome->setFocus();
}

void CaseView::confirmClose()
{
    const auto outcome = Vocabulary::parse<Outcome>(m_outcome->value());
    if (!outcome) {
        showMessage(tr("Choose the outcome first (1–4): ask the customer whether the relationship is stronger, "
                       "the same or weaker."), true);
        m_outcome->setFocus();
        return;
    }
    const Status s = CaseStore(m_db).close(m_caseId, *outcome, m_words->text());
    if (!s) {
        showMessage(s.message(), true);
        return;
    }
    m_closePanel->hide();
    refresh();
    showMessage(tr("Case closed."), false);
    emit changed();
}

void CaseView::beginImprovement()
{
    if (m_caseId.isEmpty())
        return;
    m_improvementWhat->clear();
    m_improvementPanel->show();
    m_improvementWhat->setFocus();
}

void CaseView::createImprovement()
{
    auto item = ImprovementStore(m_db).create(m_improvementWhat->text(), m_improvementOwner->text(), {m_caseId});
    if (!item) {
        showMessage(item.message(), true); // the panel stays open with what was typed
        return;
    }
    m_improvementPanel->hide();
    refresh();
    showMessage(tr("Improvement item made: %1").arg(item->what), false);
    m_open->setFocus();
    emit changed();
}

QString CaseView::exportPdf(const QString &path)
{
    auto html = CaseReport::html(m_db, m_caseId);
    if (!html)
        return html.message();
    return PdfExport::fromHtml(path, m_db.path(), html.value(), tr("Case %1").arg(m_caseId));
}

void CaseView::savePdf()
{
    if (m_caseId.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the case as PDF"),
                                                      QDir::home().filePath(QStringLiteral("case.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportPdf(path);
    showMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error, !error.isEmpty());
}

void CaseView::print()
{
    auto html = CaseReport::html(m_db, m_caseId);
    if (!html) {
        showMessage(html.message(), true);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(html.value());
    doc.print(&printer);
}

void CaseView::showMessage(const QString &text, bool error) { m_message->showMessage(text, error); }

bool CaseView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_improvementWhat || watched == m_improvementOwner) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_improvementPanel->hide();
        m_open->setFocus();
        return true;
    }
    if (watched != m_open || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const WorkItem *w = selectedItem();
    if (!w || key->modifiers() != Qt::NoModifier)
        return false;
    const bool callback = w->type == WorkItem::Type::Callback;
    if (key->key() == Qt::Key_C) {
        emit callNow(w->caseId, w->id, callback);
        return true;
    }
    const std::optional<ActPanel::Act> act = ActPanel::actForKey(key->key(), callback);
    if (!act)
        return false;
    if (!m_act->begin(*act, *w))
        showMessage(tr("That key does not fit this item."), true);
    return true;
}

void CaseView::setUndoStack(QUndoStack *stack) { m_act->setUndoStack(stack); }

} // namespace rd
