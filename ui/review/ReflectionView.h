#pragma once

#include "review/ReflectionStore.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace rd {

class Database;

/**
 * The monthly reflection: three questions about the customer's experience and one's own
 * behaviour, linked to cases. Saved as it is typed; others' reflections are shown read-only.
 */
class ReflectionView : public QWidget
{
    Q_OBJECT

public:
    /// @p currentCase tells which case is open in the case view (to link it).
    ReflectionView(Database &db, const QString &employee, std::function<QString()> currentCase, QWidget *parent = nullptr);

    void refresh();
    /// Writes pending typing now.
    bool flush();

signals:
    void openCase(const QString &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void save();
    void linkCurrentCase();
    /// The employee's own figures of the month shown (cases opened in it), beside the questions.
    void showFigures();

    Database &m_db;
    QString m_employee;
    std::function<QString()> m_currentCase;
    Reflection m_reflection;
    QComboBox *m_month = nullptr;
    QComboBox *m_who = nullptr;
    QPlainTextEdit *m_best = nullptr;
    QPlainTextEdit *m_meeting = nullptr;
    QPlainTextEdit *m_changed = nullptr;
    QListWidget *m_cases = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_figures = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_loading = false;
};

} // namespace rd
