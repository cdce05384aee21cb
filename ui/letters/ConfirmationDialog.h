#pragma once

#include "letters/ConfirmationWriter.h"
#include "letters/LetterOutput.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rd {

class Database;
class MessageBar;

/**
 * The written confirmation of a case, to look at, correct and send: in the customer's language
 * (changing it here changes it on the customer), by mail, clipboard, PDF letter or printer, each
 * by one key. Every way out is recorded in the case's history.
 */
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmationDialog(Database &db, const QString &caseId, const QString &employee, QWidget *parent = nullptr);

    /// The confirmation as it stands in the dialog, with the employee's corrections.
    Confirmation current() const;
    /// Saves the letter as a PDF at @p path and records it; the message shown.
    QString saveLetter(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

signals:
    /// A confirmation went out and was recorded.
    void sent();

private:
    void load(const QString &language);
    void changeLanguage();
    bool keepAddress();
    void send(const QString &how);
    /// After a way out: records it and says so, or says what went wrong.
    void finish(const QString &how, const Confirmation &letter, const LetterOutput::Outcome &out);
    void say(const QString &message, bool error);

    Database &m_db;
    QString m_caseId;
    QString m_employee;
    Confirmation m_letter;
    QLabel *m_to = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_address = nullptr;
    MessageBar *m_status = nullptr;
    QPushButton *m_mail = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_likeliest = nullptr; ///< what Enter does: mail when there is an address, else the PDF letter
};

} // namespace rd
