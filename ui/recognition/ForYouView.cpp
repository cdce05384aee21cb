#include "recognition/ForYouView.h"

#include "storage/Database.h"
#include "widgets/Accessible.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace rd {

namespace {

constexpr int kColleaguePollMs = 3000;

} // namespace

ForYouView::ForYouView(Database &db, const QString &employee, QWidget *parent) : QWidget(parent), m_db(db), m_employee(employee)
{
    setObjectName(QStringLiteral("forYouView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What customers and your team lead said about your work. Press Enter to open the case."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("forYouMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("forYouList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setAlternatingRowColors(true);
    describe(m_list, tr("For you"),
             tr("Compliments customers gave about you and recognition from your team lead, newest first. "
                "New ones are in bold; Enter opens the case and marks it read."));
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("Nothing here yet. When a customer compliments you, or your team lead writes what you did "
                            "well in a case, it appears here."),
                         this);
    m_empty->setObjectName(QStringLiteral("forYouEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_empty, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openCurrent(); });
    setFocusProxy(m_list);
    refresh();
    // On a team database the team lead writes from another PC: it shows within seconds.
    if (m_db.backend() == Backend::PostgreSQL) {
        m_poll.setInterval(kColleaguePollMs);
        // Looked at: every 3 s. Otherwise every 30 s, for the count on its tab.
        connect(&m_poll, &QTimer::timeout, this, [this] {
            if (isVisible() || ++m_hiddenTicks % 10 == 0)
                refresh();
        });
        m_poll.start();
    }
}

QString ForYouView::heading(const ForYouItem &item) const
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.at).toLocalTime(), QLocale::ShortFormat);
    if (item.kind == ForYouItem::Kind::Compliment)
        return item.from.isEmpty() ? tr("A customer's compliment, %1").arg(when)
                                   : tr("Compliment from %1, a customer, %2").arg(item.from, when);
    return tr("Recognition from %1, %2").arg(item.from, when);
}

void ForYouView::refresh()
{
    auto items = RecognitionStore(m_db).forEmployee(m_employee);
    if (!items) {
        m_message->setText(items.message());
        m_message->show();
        return;
    }
    m_message->hide();
    // Unchanged (a poll that found nothing new): the list stays as it is, where the employee is.
    const auto same = [](const QList<ForYouItem> &a, const QList<ForYouItem> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a.at(i).id != b.at(i).id || a.at(i).read != b.at(i).read || a.at(i).words != b.at(i).words)
                return false;
        return true;
    };
    if (!m_items.isEmpty() && same(m_items, items.value()))
        return;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_items = items.value();
    m_list->clear();
    m_unread = 0;
    for (const ForYouItem &item : std::as_const(m_items)) {
        const QString words = item.words.trimmed().isEmpty() ? tr("(no words noted)") : QStringLiteral("“%1”").arg(item.words.trimmed());
        auto *row = new QListWidgetItem(heading(item) + QLatin1Char('\n') + words, m_list);
        row->setData(Qt::UserRole, item.id);
        if (!item.read) {
            ++m_unread;
            QFont bold = row->font();
            bold.setBold(true);
            row->setFont(bold);
            row->setToolTip(tr("New"));
        }
        if (item.id == current)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setVisible(!m_items.isEmpty());
    m_empty->setVisible(m_items.isEmpty());
    emit unreadChanged(m_unread);
}

void ForYouView::openCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const ForYouItem item = m_items.at(row);
    if (!item.read) {
        const Status marked = RecognitionStore(m_db).markRead(item.id);
        refresh();
        if (!marked) { // after the refresh, which would hide it
            m_message->setText(marked.message());
            m_message->show();
        }
    }
    emit openCase(item.caseId);
}

} // namespace rd
