#include "letters/WordingDialog.h"

#include "call/parts/BlameHintLabel.h"
#include "letters/ConfirmationWriter.h"
#include "letters/LetterLanguage.h"
#include "widgets/Accessible.h"
#include "widgets/Settings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// A case as a call leaves it, for the preview: what every placeholder is filled from.
LetterFacts example()
{
    LetterFacts facts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    facts.now = now;
    facts.employee = Settings::employeeName();
    facts.signature = Settings::letterSignature();
    facts.customer.name = WordingDialog::tr("Ria Jansen");
    facts.theCase.summary = WordingDialog::tr("Your parcel did not arrive, twice, and you had taken the day off for it.");
    facts.theCase.decision = WordingDialog::tr("We send a new parcel by courier and refund the shipping costs.");
    facts.theCase.resolution = Resolution::Pending;
    PromisedAction promise;
    promise.what = WordingDialog::tr("ask the courier for a delivery on Saturday");
    promise.owner = facts.employee;
    promise.dueAt = now + 24 * 3600 * 1000LL;
    PromisedAction contact = promise;
    contact.nextContact = true;
    contact.dueAt = now + 26 * 3600 * 1000LL;
    facts.promises = {promise, contact};
    return facts;
}

} // namespace

WordingDialog::WordingDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("wordingDialog"));
    setWindowTitle(tr("Wording of written confirmations"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("wordingLanguage"));
    for (const QString &code : LetterLanguage::codes())
        m_language->addItem(LetterLanguage::nameOf(code), code);
    form->addRow(tr("&Language:"), m_language);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("wordingSubject"));
    form->addRow(tr("&Subject:"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("wordingBody"));
    m_body->setTabChangesFocus(true);
    describe(m_body, tr("Wording"), tr("The letter's text, with placeholders in braces that the case fills."));
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), new BlameHintLabel(m_body, this));
    QStringList help;
    for (const QString &name : LetterTemplate::placeholders())
        help << QStringLiteral("{%1}: %2").arg(name, LetterTemplate::describe(name));
    auto *placeholders = new QLabel(help.join(QLatin1Char('\n')) + QStringLiteral("\n") +
                                        tr("A paragraph whose placeholders have nothing to fill is left out."),
                                    this);
    placeholders->setWordWrap(true);
    form->addRow(QString(), placeholders);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("wordingPreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    describe(m_preview, tr("Preview"), tr("The wording filled with an example case."));
    form->addRow(tr("&Preview:"), m_preview);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("wordingProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *restoreButton = buttons->addButton(tr("&Built-in wording"), QDialogButtonBox::ResetRole);
    restoreButton->setObjectName(QStringLiteral("wordingRestore"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WordingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restoreButton, &QPushButton::clicked, this, &WordingDialog::restore);

    for (const QString &code : LetterLanguage::codes())
        m_wording.insert(code, Settings::letterWording(code));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings::customerLanguage())));
    showLanguage();
    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        keepTyped();
        showLanguage();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &WordingDialog::preview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &WordingDialog::preview);
    resize(760, 720);
}

void WordingDialog::keepTyped()
{
    if (!m_shown.isEmpty())
        m_wording.insert(m_shown, {m_subject->text(), m_body->toPlainText()});
}

void WordingDialog::showLanguage()
{
    m_shown.clear(); // while the fields change, they are not yet this language's
    const QString code = m_language->currentData().toString();
    const LetterTemplate wording = m_wording.value(code);
    m_subject->setText(wording.subject);
    m_body->setPlainText(wording.body);
    m_shown = code;
    preview();
}

void WordingDialog::preview()
{
    const LetterTemplate typed{m_subject->text(), m_body->toPlainText()};
    const Status check = typed.check();
    m_problem->setText(check.message());
    m_problem->setVisible(!check);
    const Confirmation letter = ConfirmationWriter::write(example(), Settings::letterLanguage(m_shown), typed);
    m_preview->setPlainText(letter.subject + QStringLiteral("\n\n") + letter.body);
}

void WordingDialog::restore()
{
    const LetterTemplate builtIn = LetterTemplate::defaults(Settings::letterLanguage(m_shown));
    m_subject->setText(builtIn.subject);
    m_body->setPlainText(builtIn.body);
}

void WordingDialog::accept()
{
    keepTyped();
    for (const QString &code : LetterLanguage::codes()) {
        const Status check = m_wording.value(code).check();
        if (!check) {
            m_language->setCurrentIndex(m_language->findData(code));
            m_problem->setText(tr("%1: %2").arg(LetterLanguage::nameOf(code), check.message()));
            m_problem->show();
            m_body->setFocus();
            return;
        }
    }
    for (const QString &code : LetterLanguage::codes())
        Settings::setLetterWording(code, m_wording.value(code));
    QDialog::accept();
}

} // namespace rd
