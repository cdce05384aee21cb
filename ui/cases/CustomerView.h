#pragma once

#include "cases/Customer.h"

#include <QWidget>

class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace rd {
class MessageBar;
struct CaseEvent;
}

namespace rd {

class Database;

/// One customer: details to correct (each change an event), all their cases, repeat complaints, open promises.
class CustomerView : public QWidget
{
    Q_OBJECT

public:
    CustomerView(Database &db, QWidget *parent = nullptr);

    void showCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    void refresh();
    /// Where corrections go, so Ctrl+Z can take them back.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    /// Erases the shown customer's personal data (after the user confirmed); false on error, which is shown.
    bool eraseShown(const QString &reason);
    /// Writes everything held about the shown customer to @p path as JSON.
    bool exportShown(const QString &path);

signals:
    void openCase(const QString &caseId);
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save();
    void askErase();
    void askExport();
    void showMessage(const QString &text, bool error);
    /// Splits the merge chosen in the list of merged records back (CustomerMerges::undo).
    void splitSelected();
    /// One line of the details' history in words.
    QString historyText(const CaseEvent &e) const;

    Database &m_db;
    QUndoStack *m_undo = nullptr;
    QString m_customerId;
    QLabel *m_header = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_organisation = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_language = nullptr;
    Customer m_shown; ///< the customer as the fields were filled, to tell what was typed since
    QLabel *m_summary = nullptr;
    QListWidget *m_cases = nullptr;
    QListWidget *m_promises = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_mergedCaption = nullptr;
    QListWidget *m_merges = nullptr;
    QPushButton *m_splitButton = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace rd
