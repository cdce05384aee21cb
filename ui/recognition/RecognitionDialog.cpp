#include "recognition/RecognitionDialog.h"

#include "call/parts/BlameHighlighter.h"
#include "recognition/RecognitionStore.h"
#include "storage/Database.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QAbstractButton>
#include <QKeyEvent>

namespace rd {

RecognitionDialog::RecognitionDialog(Database &db, const QString &caseId, const QString &employee, QWidget *parent)
    : QDialog(parent), m_db(db), m_caseId(caseId)
{
    setObjectName(QStringLiteral("recognitionDialog"));
    setWindowTitle(tr("Recognise what went well"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Write to the employee what exactly they did well in this case, and what it did for the "
                                "customer. It reaches them under \"For you\"."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_for = new QLineEdit(employee, this);
    m_for->setObjectName(QStringLiteral("recognitionFor"));
    if (auto names = RecognitionStore(db).colleagues(); names) {
        auto *completer = new QCompleter(names.value(), m_for);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_for->setCompleter(completer);
    }
    describe(m_for, tr("For"), tr("The colleague the recognition is for; names you know are offered as you type."));
    form->addRow(tr("&For:"), m_for);
    m_words = new QPlainTextEdit(this);
    m_words->setObjectName(QStringLiteral("recognitionWords"));
    m_words->setTabChangesFocus(true);
    m_words->setPlaceholderText(tr("For example: you agreed a time to call back and called at that time, even without news."));
    describe(m_words, tr("What they did well"), tr("Be specific: what they did, and what it meant for the customer."));
    form->addRow(tr("&What they did well:"), m_words);
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("recognitionHints"));
    m_hints->setWordWrap(true);
    m_hints->hide();
    form->addRow(m_hints);
    auto *highlighter = new BlameHighlighter(m_words->document());
    connect(highlighter, &BlameHighlighter::hintsChanged, this, [this](const QStringList &hints) {
        m_hints->setText(hints.join(QLatin1Char('\n')));
        m_hints->setVisible(!hints.isEmpty());
        layout()->activate(); // room for it now, taken from the text field's
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recognitionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::css(QStringLiteral("background:@warnBg;color:@warnText;padding:4px 8px;")));
    m_error->hide();
    form->addRow(m_error);
    // What was refused is fixed by typing: the reason goes once the text changes.
    // (Changed text, not a change of its marks: the blame highlighter's formats signal too.)
    connect(m_words, &QPlainTextEdit::textChanged, this, [this] {
        if (m_words->toPlainText() != m_refusedWords)
            m_error->hide();
    });
    connect(m_for, &QLineEdit::textEdited, m_error, &QWidget::hide);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send (Ctrl+Enter)"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecognitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter sends from either field: taken from the fields' own keys (a shortcut would depend
    // on which window the system considers active the moment the dialog opens).
    m_for->installEventFilter(this);
    m_words->installEventFilter(this);
    for (QAbstractButton *button : buttons->buttons()) // on Cancel, Ctrl+Enter still sends
        button->installEventFilter(this);
    (employee.isEmpty() ? static_cast<QWidget *>(m_for) : m_words)->setFocus();
    resize(560, sizeHint().height());
}

bool RecognitionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RecognitionDialog::employee() const { return m_for->text().trimmed(); }

void RecognitionDialog::accept()
{
    auto written = RecognitionStore(m_db).recognise(m_for->text(), m_caseId, m_words->toPlainText());
    if (!written) {
        // Stays open with what was typed: nothing is lost to a refusal.
        m_refusedWords = m_words->toPlainText();
        m_error->setText(written.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rd
