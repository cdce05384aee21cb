#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

class Database;

/**
 * The team lead writes what exactly an employee did well in one case ("you agreed a time to call
 * back and called at that time, even without news"): specific, so the behaviour is seen and can
 * be repeated. Phrases that shift blame are marked as in the call guide. Sent on Ctrl+Enter.
 */
class RecognitionDialog : public QDialog
{
    Q_OBJECT

public:
    /// For case @p caseId, addressed to @p employee at first (the compliment's colleague, or the case's owner).
    RecognitionDialog(Database &db, const QString &caseId, const QString &employee, QWidget *parent = nullptr);

    void accept() override;
    /// Whom it was sent to, once accepted.
    QString employee() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database &m_db;
    QString m_caseId;
    QLineEdit *m_for = nullptr;
    QPlainTextEdit *m_words = nullptr;
    QLabel *m_hints = nullptr;
    QLabel *m_error = nullptr;
    QString m_refusedWords; ///< the text as it was refused
};

} // namespace rd
