#include "shell/ReminderService.h"

#include "storage/Database.h"
#include "widgets/Settings.h"
#include "lists/WorkQueue.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace rd {

namespace {
// A calm round badge with the number overdue; no image files needed.
QIcon badge(int count)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(count > 0 ? QColor(0xb3, 0x26, 0x1e) : QColor(0x0b, 0x3d, 0x62));
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 60, 60);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPixelSize(count > 99 ? 22 : 32);
    f.setBold(true);
    p.setFont(f);
    p.drawText(pixmap.rect(), Qt::AlignCenter, count > 0 ? QString::number(qMin(count, 999)) : QStringLiteral("✓"));
    return QIcon(pixmap);
}
} // namespace

ReminderService::ReminderService(Database &db, const QString &employee, QWidget *window)
    : QObject(window), m_db(db), m_employee(employee), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(badge(0), this);
        const auto bringBack = [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        };
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Recovery Desk"), window, bringBack);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, window, bringBack);
        m_tray->show();
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::check);
    m_timer->start();
}

ReminderService::~ReminderService() = default;

void ReminderService::check()
{
    // Read each time, so a change in Settings applies at the next check.
    const int lead = Settings::reminderLeadMinutes();
    const qint64 now = m_db.clock().nowMs() + qint64(lead) * 60000;
    auto due = WorkQueue(m_db).dueBy(m_employee, now);
    if (!due)
        return; // the queue itself shows the error; a reminder must never get in the way
    // The badge is redrawn only when its number changes; this runs twice a minute all day.
    const bool changed = m_first || int(due->size()) != m_overdue;
    m_overdue = int(due->size());
    QStringList fresh;
    for (const WorkItem &item : due.value()) {
        if (m_announced.contains(item.id))
            continue;
        m_announced.insert(item.id);
        fresh << tr("%1 — %2").arg(item.customerName, item.what);
    }
    QString text;
    if (m_first && !fresh.isEmpty())
        text = tr("%n item(s) fell due while Recovery Desk was closed. See the work queue.", nullptr, int(fresh.size()));
    else if (fresh.size() == 1)
        text = lead > 0 ? tr("Due within %n minute(s): %1", nullptr, lead).arg(fresh.first()) : tr("Due now: %1").arg(fresh.first());
    else if (fresh.size() > 1)
        text = tr("%n items are due now. See the work queue.", nullptr, int(fresh.size()));
    m_first = false;
    if (changed)
        updateTray();
    if (text.isEmpty())
        return;
    if (m_tray && Settings::reminderPopups())
        m_tray->showMessage(tr("Recovery Desk"), text, QSystemTrayIcon::Information, 10000);
    emit reminder(text);
}

void ReminderService::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setIcon(badge(m_overdue));
    m_tray->setToolTip(m_overdue > 0 ? tr("Recovery Desk: %n overdue", nullptr, m_overdue)
                                     : tr("Recovery Desk: nothing overdue"));
}

} // namespace rd
