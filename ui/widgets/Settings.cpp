#include "widgets/Settings.h"

#include "base/PhoneNumber.h"
#include "base/TextRules.h"
#include "letters/LetterLanguage.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSettings>

namespace rd {

namespace {
const QString kName = QStringLiteral("employee/name");
const QString kTeam = QStringLiteral("employee/team");
const QString kMorning = QStringLiteral("dueTimes/morning");
const QString kAfternoon = QStringLiteral("dueTimes/afternoon");
const QString kEndOfDay = QStringLiteral("dueTimes/endOfDay");
const QString kPopups = QStringLiteral("reminders/popups");
const QString kLead = QStringLiteral("reminders/leadMinutes");
const QString kDatabase = QStringLiteral("storage/database");
const QString kBackups = QStringLiteral("storage/backups");
const QString kBackupSpace = QStringLiteral("storage/backupSpace");
const QString kPhoneCountry = QStringLiteral("phone/country");
const QString kDialling = QStringLiteral("phone/dialling");
const QString kDialCommand = QStringLiteral("phone/dialCommand");
const QString kSignature = QStringLiteral("letters/signature");
const QString kCustomerLanguage = QStringLiteral("letters/customerLanguage");

int hour(const QString &key, int fallback)
{
    const int h = QSettings().value(key, fallback).toInt();
    return h >= 6 && h <= 21 ? h : fallback; // a working hour, whatever the file says
}
} // namespace

bool Settings::hasEmployeeName() { return !QSettings().value(kName).toString().trimmed().isEmpty(); }

QString Settings::employeeName()
{
    const QString name = QSettings().value(kName).toString().trimmed();
    return name.isEmpty() ? Database::defaultActor() : name;
}

void Settings::setEmployeeName(const QString &name) { QSettings().setValue(kName, name.trimmed()); }
QString Settings::team() { return QSettings().value(kTeam).toString(); }
void Settings::setTeam(const QString &team) { QSettings().setValue(kTeam, team.trimmed()); }

DueTimeHours Settings::dueTimeHours()
{
    const DueTimeHours defaults;
    return {hour(kMorning, defaults.morning), hour(kAfternoon, defaults.afternoon), hour(kEndOfDay, defaults.endOfDay)};
}

void Settings::setDueTimeHours(const DueTimeHours &hours)
{
    QSettings s;
    s.setValue(kMorning, hours.morning);
    s.setValue(kAfternoon, hours.afternoon);
    s.setValue(kEndOfDay, hours.endOfDay);
}

bool Settings::reminderPopups() { return QSettings().value(kPopups, true).toBool(); }
void Settings::setReminderPopups(bool on) { QSettings().setValue(kPopups, on); }
int Settings::reminderLeadMinutes() { return qBound(0, QSettings().value(kLead, 0).toInt(), 120); }
void Settings::setReminderLeadMinutes(int minutes) { QSettings().setValue(kLead, qBound(0, minutes, 120)); }
QString Settings::databasePath() { return QSettings().value(kDatabase).toString(); }
void Settings::setDatabasePath(const QString &path) { QSettings().setValue(kDatabase, path.trimmed()); }
QString Settings::backupFolder() { return QSettings().value(kBackups).toString(); }
void Settings::setBackupFolder(const QString &folder) { QSettings().setValue(kBackups, folder.trimmed()); }

int Settings::backupSpace()
{
    bool ok = false;
    const int times = QSettings().value(kBackupSpace, 5).toInt(&ok);
    return ok ? qBound(1, times, 100) : 5; // a hand-edited settings file is held to the same range
}

void Settings::setBackupSpace(int times) { QSettings().setValue(kBackupSpace, qBound(1, times, 100)); }

QString Settings::phoneCountry()
{
    const QString chosen = QSettings().value(kPhoneCountry).toString();
    if (PhoneNumber::isKnownCountry(chosen))
        return chosen.toUpper();
    const QString here = QLocale::territoryToCode(QLocale::system().territory());
    return PhoneNumber::isKnownCountry(here) ? here : QStringLiteral("NL");
}

void Settings::setPhoneCountry(const QString &code)
{
    QSettings().setValue(kPhoneCountry, code.trimmed().toUpper());
    PhoneNumber::setDefaultCountry(phoneCountry());
}

bool Settings::dialling() { return QSettings().value(kDialling, true).toBool(); }
void Settings::setDialling(bool on) { QSettings().setValue(kDialling, on); }
QString Settings::dialCommand() { return QSettings().value(kDialCommand).toString(); }
void Settings::setDialCommand(const QString &command) { QSettings().setValue(kDialCommand, command.trimmed()); }

QString Settings::letterSignature()
{
    // From the settings file, so held to the rules of typed text before it goes into letters.
    const QString lines = QSettings().value(kSignature).toString().trimmed();
    return checkLetterSignature(lines) ? lines : QString();
}

Status Settings::checkLetterSignature(const QString &lines)
{
    if (auto s = TextRules::check(QCoreApplication::translate("rd::SettingsDialog", "The signature"), lines); !s)
        return s;
    if (lines.trimmed().size() > kMaxSignatureChars)
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("rd::SettingsDialog", "The signature is longer than a letter needs: at most %1 characters.")
                         .arg(kMaxSignatureChars)};
    return {};
}
void Settings::setLetterSignature(const QString &lines) { QSettings().setValue(kSignature, lines.trimmed()); }

QString Settings::customerLanguage()
{
    const QString code = QSettings().value(kCustomerLanguage).toString();
    if (LetterLanguage::isKnown(code))
        return code;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void Settings::setCustomerLanguage(const QString &code)
{
    if (LetterLanguage::isKnown(code))
        QSettings().setValue(kCustomerLanguage, code);
}

LetterLanguage Settings::letterLanguage(const QString &code) { return LetterLanguage::load(code, QStringLiteral(":/i18n")); }

LetterTemplate Settings::letterWording(const QString &code)
{
    const LetterTemplate builtIn = LetterTemplate::defaults(letterLanguage(code));
    QSettings s;
    const QString prefix = QStringLiteral("letters/wording_") + (LetterLanguage::isKnown(code) ? code : QStringLiteral("en"));
    const LetterTemplate own{s.value(prefix + QStringLiteral("/subject")).toString(), s.value(prefix + QStringLiteral("/body")).toString()};
    // The settings file is outside the program's hands: wording it holds is used only while it
    // passes the same check as wording typed in Settings.
    if (own.subject.trimmed().isEmpty() || own.body.trimmed().isEmpty() || !own.check())
        return builtIn;
    return own;
}

void Settings::setLetterWording(const QString &code, const LetterTemplate &wording)
{
    if (!LetterLanguage::isKnown(code))
        return;
    QSettings s;
    const QString prefix = QStringLiteral("letters/wording_") + code;
    const LetterTemplate builtIn = LetterTemplate::defaults(letterLanguage(code));
    if (wording.subject.trimmed().isEmpty() || wording.body.trimmed().isEmpty() ||
        (wording.subject == builtIn.subject && wording.body == builtIn.body)) {
        s.remove(prefix); // follows the built-in wording, also when a later version improves it
        return;
    }
    s.setValue(prefix + QStringLiteral("/subject"), wording.subject);
    s.setValue(prefix + QStringLiteral("/body"), wording.body);
}

} // namespace rd
