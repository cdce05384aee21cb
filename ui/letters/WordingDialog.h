#pragma once

#include "letters/LetterTemplate.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

/**
 * The wording of written confirmations, per language, with a preview filled with an example
 * case as the employee types. Kept in Settings when every language's wording passes its check.
 */
class WordingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WordingDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void showLanguage();
    void keepTyped();
    void preview();
    void restore();

    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QString m_shown; ///< the language whose wording the fields hold
    QHash<QString, LetterTemplate> m_wording;
};

} // namespace rd
