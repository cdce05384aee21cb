#pragma once

#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace rd {

class Database;

/**
 * Reminds the employee of promises and callbacks as they fall due: a tray icon with the
 * number overdue and a notification per item, or — without a system tray — a message for the
 * status bar. On start it reports what fell due while the program was closed.
 */
class ReminderService : public QObject
{
    Q_OBJECT

public:
    ReminderService(Database &db, const QString &employee, QWidget *window);
    ~ReminderService() override;

    /// Looks for items that fell due since the last look; called by a timer, and after changes.
    void check();
    bool hasTray() const { return m_tray != nullptr; }
    int overdue() const { return m_overdue; }

    static constexpr int kIntervalMs = 30000;

signals:
    /// A reminder in words, for the status bar (always sent, tray or not).
    void reminder(const QString &text);

private:
    void updateTray();

    Database &m_db;
    QString m_employee;
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    QSet<QString> m_announced; ///< items already announced as due
    bool m_first = true;
    int m_overdue = 0;
};

} // namespace rd
