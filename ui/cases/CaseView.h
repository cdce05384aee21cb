#pragma once

#include "lists/WorkQueue.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class QUndoStack;

namespace rd {

class ActPanel;
class MessageBar;
class ChoiceGroup;
class Database;

/**
 * One case: what the customer said, what we did, its open promises and callbacks (with the
 * same one-letter acts as the work queue), the history as a story, and closing the case with
 * the customer's view of the outcome.
 */
class CaseView : public QWidget
{
    Q_OBJECT

public:
    CaseView(Database &db, const QString &employee, QWidget *parent = nullptr);

    void showCase(const QString &caseId);
    /// Writes the shown case as a PDF to @p path; the error message, empty on success.
    QString exportPdf(const QString &path);
    QString caseId() const { return m_caseId; }
    /// Re-reads the shown case.
    void refresh();
    /// Where its queue acts go, so Ctrl+Z can take them back.
    void setUndoStack(QUndoStack *stack);

signals:
    void changed();
    void openCustomer(const QString &customerId);
    void callNow(const QString &caseId, const QString &itemId, bool isCallback);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beginClose();
    void print();
    void beginImprovement();
    void createImprovement();
    void savePdf();
    void showConfirmation();
    /// The team lead writes what exactly the employee did well in this case.
    void recognise();
    void confirmClose();
    void showMessage(const QString &text, bool error);
    const WorkItem *selectedItem() const;

    Database &m_db;
    QString m_employee;
    QString m_caseId;
    QList<WorkItem> m_openItems;
    QLabel *m_header = nullptr;
    QLabel *m_fields = nullptr;
    QListWidget *m_open = nullptr;
    QListWidget *m_timeline = nullptr;
    MessageBar *m_message = nullptr;
    ActPanel *m_act = nullptr;
    QWidget *m_closePanel = nullptr;
    ChoiceGroup *m_outcome = nullptr;
    QLineEdit *m_words = nullptr;
    QPushButton *m_closeButton = nullptr;
    QWidget *m_improvementPanel = nullptr;
    QLineEdit *m_improvementWhat = nullptr;
    QLineEdit *m_improvementOwner = nullptr;
};

} // namespace rd
