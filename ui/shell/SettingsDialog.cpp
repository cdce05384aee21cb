#include "shell/SettingsDialog.h"

#include "letters/LetterLanguage.h"
#include "letters/WordingDialog.h"
#include "base/PhoneNumber.h"
#include "call/Dialling.h"
#include "widgets/Accessible.h"
#include "storage/Database.h"
#include "shell/Language.h"
#include "widgets/Settings.h"
#include "widgets/Theme.h"
#include "exchange/WorkstationKey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>
#include <QVBoxLayout>

namespace rd {

namespace {

QSpinBox *hourBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(6, 21);
    box->setSuffix(QStringLiteral(":00"));
    box->setValue(value);
    return box;
}

// A path field with a Browse… button beside it.
QWidget *pathRow(QLineEdit *edit, QPushButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    m_name = new QLineEdit(Settings::employeeName(), you);
    m_name->setObjectName(QStringLiteral("settingsName"));
    describe(m_name, tr("Your name"), tr("Written with everything you do, and the owner of the promises you make."));
    m_team = new QLineEdit(Settings::team(), you);
    m_team->setObjectName(QStringLiteral("settingsTeam"));
    describe(m_team, tr("Team"), tr("The team you work in; it travels with the cases you export, so your team lead sees where they come from."));
    m_language = new QComboBox(you);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    describe(m_language, tr("Language"), tr("The language of the program; it changes at once."));
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    youForm->addRow(tr("Your &name:"), m_name);
    youForm->addRow(tr("&Team:"), m_team);
    youForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(you);

    auto *phone = new QGroupBox(tr("Phone"), this);
    auto *phoneForm = new QFormLayout(phone);
    m_phoneCountry = new QLineEdit(Settings::phoneCountry(), phone);
    m_phoneCountry->setObjectName(QStringLiteral("settingsPhoneCountry"));
    m_phoneCountry->setMaxLength(2);
    m_phoneCountry->setMaximumWidth(m_phoneCountry->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    describe(m_phoneCountry, tr("Country of phone numbers"),
             tr("The country whose national numbers you type and receive (two letters: NL, BE, DE, GB). Numbers with a "
                "country code are read as they are."));
    m_dialling = new QCheckBox(tr("Dial &when I call someone back"), phone);
    m_dialling->setObjectName(QStringLiteral("settingsDialling"));
    m_dialling->setChecked(Settings::dialling());
    m_dialCommand = new QLineEdit(Settings::dialCommand(), phone);
    m_dialCommand->setObjectName(QStringLiteral("settingsDialCommand"));
    m_dialCommand->setPlaceholderText(tr("empty: the tel: link, for the phone program the desktop has"));
    describe(m_dialCommand, tr("Dial command"),
             tr("The command that dials, with %n where the number goes, for example \"C:\\Program Files\\MicroSIP\\microsip.exe\" %n. "
                "Quote a path with spaces."));
    phoneForm->addRow(tr("Phone numbers &from:"), m_phoneCountry);
    phoneForm->addRow(m_dialling);
    phoneForm->addRow(tr("Dial &command:"), m_dialCommand);
    layout->addWidget(phone);

    auto *picks = new QGroupBox(tr("Due-time picks"), this);
    auto *picksForm = new QFormLayout(picks);
    const DueTimeHours hours = Settings::dueTimeHours();
    m_morning = hourBox(hours.morning, picks);
    m_morning->setObjectName(QStringLiteral("settingsMorning"));
    describe(m_morning, tr("Morning pick"), tr("The hour offered for the next working day's morning."));
    m_afternoon = hourBox(hours.afternoon, picks);
    m_afternoon->setObjectName(QStringLiteral("settingsAfternoon"));
    describe(m_afternoon, tr("Afternoon pick"), tr("The hour offered for the next working day's afternoon."));
    m_endOfDay = hourBox(hours.endOfDay, picks);
    m_endOfDay->setObjectName(QStringLiteral("settingsEndOfDay"));
    describe(m_endOfDay, tr("End of the day pick"), tr("The hour offered for later today."));
    picksForm->addRow(tr("Next working day, &morning:"), m_morning);
    picksForm->addRow(tr("Next working day, &afternoon:"), m_afternoon);
    picksForm->addRow(tr("Later toda&y:"), m_endOfDay);
    layout->addWidget(picks);

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *remindersForm = new QFormLayout(reminders);
    m_popups = new QCheckBox(tr("&Pop up from the tray when something falls due"), reminders);
    m_popups->setObjectName(QStringLiteral("settingsPopups"));
    m_popups->setChecked(Settings::reminderPopups());
    m_popups->setAccessibleDescription(tr("Otherwise the status bar and the counts in the title say it."));
    m_lead = new QSpinBox(reminders);
    m_lead->setObjectName(QStringLiteral("settingsLead"));
    describe(m_lead, tr("Remind ahead"), tr("How many minutes before an item falls due it is announced."));
    m_lead->setRange(0, 120);
    m_lead->setSingleStep(5);
    m_lead->setSuffix(tr(" min"));
    m_lead->setValue(Settings::reminderLeadMinutes());
    remindersForm->addRow(m_popups);
    remindersForm->addRow(tr("Remind a&head by:"), m_lead);
    layout->addWidget(reminders);

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    const QString database = Settings::databasePath();
    // A server address keeps its slashes; only a file path is shown the way this system writes it.
    m_database = new QLineEdit(Database::isServerAddress(database) ? database : QDir::toNativeSeparators(database), storage);
    m_database->setObjectName(QStringLiteral("settingsDatabase"));
    m_database->setMinimumWidth(m_database->fontMetrics().averageCharWidth() * 48); // a whole server address
    m_database->setCursorPosition(0);
    m_database->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    describe(m_database, tr("Database"),
             tr("The file Recovery Desk opens at start, or the team database on a server as "
                "postgresql://user@server:5432/name (the password goes in PGPASSWORD or the .pgpass file, "
                "not here). Empty: the default file in your data folder."));
    auto *browseDatabase = new QPushButton(tr("Browse…"), storage);
    connect(browseDatabase, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Database file"), m_database->text(),
                                                            tr("Recovery Desk databases (*.sqlite)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_database->setText(QDir::toNativeSeparators(chosen));
    });
    m_backups = new QLineEdit(QDir::toNativeSeparators(Settings::backupFolder()), storage);
    m_backups->setObjectName(QStringLiteral("settingsBackups"));
    m_backups->setPlaceholderText(tr("\"backups\" beside the database"));
    describe(m_backups, tr("Backup folder"), tr("Where the hourly backups go. Empty: a \"backups\" folder beside the database."));
    auto *browseBackups = new QPushButton(tr("Browse…"), storage);
    connect(browseBackups, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backups->text());
        if (!chosen.isEmpty())
            m_backups->setText(QDir::toNativeSeparators(chosen));
    });
    storageForm->addRow(tr("&Database (file or team server):"), pathRow(m_database, browseDatabase, storage));
    storageForm->addRow(tr("&Backup folder:"), pathRow(m_backups, browseBackups, storage));
    m_backupSpace = new QSpinBox(storage);
    m_backupSpace->setObjectName(QStringLiteral("settingsBackupSpace"));
    m_backupSpace->setRange(1, 100);
    m_backupSpace->setValue(Settings::backupSpace());
    m_backupSpace->setSuffix(tr(" × the database"));
    describe(m_backupSpace, tr("Room for backups"),
             tr("How much room all backups together may take, in times the size of the database. To make room, extra "
                "copies of the latest go first, then the oldest; a backup larger than the database is now is never removed."));
    storageForm->addRow(tr("Backups may &use up to:"), m_backupSpace);
    storageForm->addRow(new QLabel(tr("Another database is opened at the next start."), storage));
    layout->addWidget(storage);

    // Written confirmations: who signs, in which language by default, and the wording.
    auto *letters = new QGroupBox(tr("Written confirmations"), this);
    auto *lettersForm = new QFormLayout(letters);
    m_signature = new QPlainTextEdit(Settings::letterSignature(), letters);
    m_signature->setObjectName(QStringLiteral("settingsSignature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 3 + 12);
    describe(m_signature, tr("Signature"), tr("The lines under your name in a confirmation: your team, the company, how to reach you."));
    m_customerLanguage = new QComboBox(letters);
    m_customerLanguage->setObjectName(QStringLiteral("settingsCustomerLanguage"));
    for (const QString &code : LetterLanguage::codes())
        m_customerLanguage->addItem(LetterLanguage::nameOf(code), code);
    m_customerLanguage->setCurrentIndex(m_customerLanguage->findData(Settings::customerLanguage()));
    describe(m_customerLanguage, tr("Customers' language"),
             tr("The language confirmations are written in for a customer whose own language is not known yet."));
    auto *wording = new QPushButton(tr("Wo&rding…"), letters);
    wording->setObjectName(QStringLiteral("settingsWording"));
    connect(wording, &QPushButton::clicked, this, [this] {
        WordingDialog dialog(this);
        dialog.exec();
    });
    lettersForm->addRow(tr("&Signature under your name:"), m_signature);
    lettersForm->addRow(tr("Customers' lan&guage:"), m_customerLanguage);
    lettersForm->addRow(tr("Wording per language:"), wording);
    layout->addWidget(letters);

    // Read aloud by phone to a team lead who is asked to trust this PC's bundles.
    auto *workstation = new QGroupBox(tr("This workstation"), this);
    auto *workstationForm = new QFormLayout(workstation);
    auto *host = new QLabel(QSysInfo::machineHostName(), workstation);
    host->setObjectName(QStringLiteral("settingsWorkstation"));
    auto key = WorkstationKey::loadOrCreate(WorkstationKey::defaultFolder());
    auto *fingerprint = new QLabel(key ? key->fingerprint() : key.message(), workstation);
    fingerprint->setObjectName(QStringLiteral("settingsFingerprint"));
    fingerprint->setWordWrap(!key.ok());
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (QLabel *label : {host, fingerprint})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    describe(fingerprint, tr("Key fingerprint"),
             tr("The fingerprint of the key this workstation signs its bundles with. A team lead compares it "
                "before trusting bundles from this PC."));
    workstationForm->addRow(tr("Name:"), host);
    workstationForm->addRow(tr("Key fingerprint:"), fingerprint);
    layout->addWidget(workstation);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(Theme::css(QStringLiteral("color:@errorText;")));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString SettingsDialog::chosenLanguage() const { return m_language->currentData().toString(); }

void SettingsDialog::accept()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        m_error->setText(tr("Your name is needed: it is written with everything you do."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    const QString country = m_phoneCountry->text().trimmed().toUpper();
    if (!PhoneNumber::isKnownCountry(country)) {
        m_error->setText(tr("\"%1\" is not a country code for phone numbers; use two letters, such as NL, BE or DE.").arg(country));
        m_error->show();
        m_phoneCountry->setFocus();
        return;
    }
    if (auto s = Settings::checkLetterSignature(m_signature->toPlainText()); !s) {
        m_error->setText(s.message());
        m_error->show();
        m_signature->setFocus();
        return;
    }
    const QString dialCommand = m_dialCommand->text().trimmed();
    if (!dialCommand.isEmpty()) {
        if (auto parts = Dialling::command(dialCommand, QStringLiteral("+31612345678")); !parts) {
            m_error->setText(parts.message());
            m_error->show();
            m_dialCommand->setFocus();
            return;
        }
    }
    m_nameChanged = name != Settings::employeeName() || !Settings::hasEmployeeName();
    const QString typed = m_database->text().trimmed();
    const QString database = Database::isServerAddress(typed) ? typed : QDir::fromNativeSeparators(typed);
    const QString backups = QDir::fromNativeSeparators(m_backups->text().trimmed());
    m_databaseChanged = database != Settings::databasePath();
    m_backupChanged = backups != Settings::backupFolder();
    Settings::setEmployeeName(name);
    Settings::setTeam(m_team->text());
    Settings::setDueTimeHours({m_morning->value(), m_afternoon->value(), m_endOfDay->value()});
    Settings::setReminderPopups(m_popups->isChecked());
    Settings::setReminderLeadMinutes(m_lead->value());
    Settings::setDatabasePath(database);
    Settings::setBackupFolder(backups);
    Settings::setBackupSpace(m_backupSpace->value());
    Settings::setPhoneCountry(country);
    Settings::setDialling(m_dialling->isChecked());
    Settings::setDialCommand(dialCommand);
    Settings::setLetterSignature(m_signature->toPlainText());
    Settings::setCustomerLanguage(m_customerLanguage->currentData().toString());
    QDialog::accept();
}

bool SettingsDialog::askNameOnFirstStart(QWidget *parent)
{
    QInputDialog ask(parent);
    ask.setObjectName(QStringLiteral("firstStartName"));
    ask.setWindowTitle(tr("Welcome to Recovery Desk"));
    ask.setLabelText(tr("What is your name? It is written with everything you do, and you can change it later "
                        "in Settings (Ctrl+,)."));
    ask.setTextValue(Settings::employeeName());
    if (ask.exec() != QDialog::Accepted || ask.textValue().simplified().isEmpty())
        return false;
    Settings::setEmployeeName(ask.textValue().simplified());
    return true;
}

} // namespace rd
