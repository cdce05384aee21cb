#pragma once

#include "recognition/RecognitionStore.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace rd {

class Database;

/**
 * "For you": what customers and the team lead said about the employee's own work, newest first,
 * each linked to its case. Opening one marks it read. Never a score, a ranking or a comparison
 * with colleagues: it lists what was said, nothing more.
 */
class ForYouView : public QWidget
{
    Q_OBJECT

public:
    ForYouView(Database &db, const QString &employee, QWidget *parent = nullptr);

    void refresh();
    int unread() const { return m_unread; }

signals:
    void openCase(const QString &caseId);
    /// After every refresh and every item opened.
    void unreadChanged(int unread);

private:
    void openCurrent();
    QString heading(const ForYouItem &item) const;

    Database &m_db;
    QString m_employee;
    QList<ForYouItem> m_items;
    int m_unread = 0;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_list = nullptr;
    QTimer m_poll;
    int m_hiddenTicks = 0;
};

} // namespace rd
