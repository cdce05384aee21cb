#include "agreements/ActPanel.h"

#include "widgets/Settings.h"

#include "agreements/UndoCommands.h"

#include "widgets/Accessible.h"
#include "agreements/CallbackStore.h"
#include "storage/Database.h"
#include "widgets/DueTimeEdit.h"
#include "agreements/PromiseStore.h"
#include "agreements/UndoCommands.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rd {

ActPanel::ActPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("actPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("actText"));
    describe(m_text, tr("What to record"), tr("The note, reason or new owner for this act. Enter confirms, Esc cancels."));
    m_whenLabel = new QLabel(this);
    m_when = new DueTimeEdit(db.clock(), &Settings::dueTimeHours, this);
    m_when->setObjectName(QStringLiteral("actWhen"));
    m_confirm = new QPushButton(tr("Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("actConfirm"));
    auto *cancelButton = new QPushButton(tr("Cancel (Esc)"), this);
    row->addWidget(m_text, 2);
    row->addWidget(m_whenLabel);
    row->addWidget(m_when, 1);
    row->addWidget(m_confirm);
    row->addWidget(cancelButton);
    layout->addLayout(row);
    connect(m_text, &QLineEdit::returnPressed, this, &ActPanel::confirm);
    connect(m_confirm, &QPushButton::clicked, this, &ActPanel::confirm);
    connect(cancelButton, &QPushButton::clicked, this, &ActPanel::cancel);
    hide();
}

QString ActPanel::keyHint(bool callback)
{
    return callback ? tr("Enter: open case  ·  C: call now  ·  K: reached  ·  A: no answer, try again  ·  H: hand over")
                    : tr("Enter: open case  ·  C: call now  ·  K: kept  ·  N: no news yet  ·  R: reschedule  ·  "
                         "B: broken  ·  H: hand over");
}

std::optional<ActPanel::Act> ActPanel::actForKey(int key, bool callback)
{
    switch (key) {
    case Qt::Key_K: return callback ? Act::Reached : Act::Kept;
    case Qt::Key_N: return Act::NoNews;
    case Qt::Key_R: return Act::Reschedule;
    case Qt::Key_B: return Act::Broken;
    case Qt::Key_H: return Act::HandOver;
    case Qt::Key_A: return Act::NoAnswer;
    default: return std::nullopt;
    }
}

bool ActPanel::begin(Act act, const WorkItem &item)
{
    const bool callback = item.type == WorkItem::Type::Callback;
    const bool forCallback = act == Act::Reached || act == Act::NoAnswer || act == Act::HandOver;
    const bool forPromise = act != Act::Reached && act != Act::NoAnswer;
    if ((callback && !forCallback) || (!callback && !forPromise))
        return false;
    m_act = act;
    m_item = item;
    m_text->clear();
    bool needsWhen = false;
    const QString what = QStringLiteral("“%1” (%2)").arg(item.what, item.customerName);
    switch (act) {
    case Act::Kept:
        m_title->setText(tr("Kept: %1. What was the result? (optional)").arg(what));
        m_text->setPlaceholderText(tr("e.g. refund sent, customer informed"));
        break;
    case Act::NoNews:
        m_title->setText(tr("You contacted the customer without news yet: %1. What did you tell them, and when is "
                            "the next contact?").arg(what));
        m_text->setPlaceholderText(tr("e.g. carrier has not answered; I will call again"));
        m_whenLabel->setText(tr("Next contact:"));
        needsWhen = true;
        break;
    case Act::Reschedule:
        m_title->setText(tr("New due time for %1. Why? (It will count as late.)").arg(what));
        m_text->setPlaceholderText(tr("the reason, as you told the customer"));
        m_whenLabel->setText(tr("New due time:"));
        needsWhen = true;
        break;
    case Act::Broken:
        m_title->setText(tr("This promise cannot be kept: %1. Why?").arg(what));
        m_text->setPlaceholderText(tr("the reason — and tell the customer"));
        break;
    case Act::HandOver:
        m_title->setText(tr("Hand %1 over to a colleague:").arg(what));
        m_text->setPlaceholderText(tr("the colleague's name"));
        break;
    case Act::Reached:
        m_title->setText(tr("Called back and reached: %1. What was agreed? (optional)").arg(what));
        m_text->setPlaceholderText(tr("the result of the call"));
        break;
    case Act::NoAnswer:
        m_title->setText(tr("No answer for %1. What happened, and when to try again?").arg(what));
        m_text->setPlaceholderText(tr("e.g. voicemail, left a message"));
        m_whenLabel->setText(tr("Try again from:"));
        needsWhen = true;
        break;
    }
    m_whenLabel->setVisible(needsWhen);
    m_when->setVisible(needsWhen);
    if (needsWhen)
        m_when->refreshSuggestions(act == Act::NoAnswer ? DueTimeEdit::Default::NextMorning
                                                        : DueTimeEdit::Default::NextAfternoon);
    show();
    m_text->setFocus();
    return true;
}

void ActPanel::cancel()
{
    hide();
    emit closed();
}

void ActPanel::confirm()
{
    const QString text = m_text->text();
    Status result;
    QString done;
    switch (m_act) {
    case Act::Kept:
        result = PromiseStore(m_db).complete(m_item.id, text);
        done = tr("Marked kept: %1.").arg(m_item.what);
        break;
    case Act::NoNews: {
        auto next = PromiseStore(m_db).reportBack(m_item.id, text, m_when->valueMs());
        result = next ? Status() : Status(next.error());
        done = tr("Reported back; next contact agreed.");
        break;
    }
    case Act::Reschedule:
        result = PromiseStore(m_db).reschedule(m_item.id, m_when->valueMs(), text);
        done = tr("Rescheduled: %1.").arg(m_item.what);
        break;
    case Act::Broken:
        result = PromiseStore(m_db).breakPromise(m_item.id, text);
        done = tr("Marked broken: %1. Tell the customer, and agree what happens instead.").arg(m_item.what);
        break;
    case Act::HandOver:
        result = m_item.type == WorkItem::Type::Callback ? CallbackStore(m_db).handOver(m_item.id, text)
                                                         : PromiseStore(m_db).handOver(m_item.id, text);
        done = tr("Handed over to %1.").arg(text.trimmed());
        break;
    case Act::Reached:
        result = CallbackStore(m_db).complete(m_item.id, text);
        done = tr("Callback done: %1.").arg(m_item.customerName);
        break;
    case Act::NoAnswer: {
        const qint64 from = m_when->valueMs();
        result = CallbackStore(m_db).retry(m_item.id, text, from, from + qint64(2) * 3600 * 1000);
        done = tr("Attempt noted; the callback stays in the queue.");
        break;
    }
    }
    if (!result) {
        emit failed(result.message()); // the form stays open with what was typed
        return;
    }
    if (m_undo && QueueActCommand::undoable(m_act))
        m_undo->push(new QueueActCommand(m_db, m_act, m_item, text, [this](const QString &why) { emit failed(why); }));
    hide();
    emit succeeded(done);
    emit closed();
}

void ActPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_text->hasFocus()) {
        confirm();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rd
