#pragma once

#include "agreements/DueTimeSuggestions.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterTemplate.h"

#include <QString>

namespace rd {

/**
 * The workstation's preferences, kept with QSettings (per user): who works here, the team,
 * the due-time picks, how reminders behave, and where the database and its backups live.
 * The language is kept by Language.
 */
class Settings
{
public:
    /// True once the employee has told their name (asked on the very first start).
    static bool hasEmployeeName();
    static QString employeeName(); ///< falls back to the operating-system user
    static void setEmployeeName(const QString &name);
    static QString team();
    static void setTeam(const QString &team);

    static DueTimeHours dueTimeHours();
    static void setDueTimeHours(const DueTimeHours &hours);

    /// Whether due items pop up from the tray (otherwise the status bar and the counts only).
    static bool reminderPopups();
    static void setReminderPopups(bool on);
    /// How many minutes before an item falls due it is announced.
    static int reminderLeadMinutes();
    static void setReminderLeadMinutes(int minutes);

    /// The database opened when no --database is given; empty: the default in the data folder.
    static QString databasePath();
    static void setDatabasePath(const QString &path);
    /// Where backups go; empty: "backups" beside the database.
    static QString backupFolder();
    static void setBackupFolder(const QString &folder);
    /// How much room all backups together may take, in times the database's size (1–100; 5 by default).
    static int backupSpace();
    static void setBackupSpace(int times);
    /// The country national phone numbers are read in (ISO 3166, "NL"); by default this PC's.
    static QString phoneCountry();
    static void setPhoneCountry(const QString &code);
    /// Whether Recovery Desk dials when the employee calls someone back (on by default).
    static bool dialling();
    static void setDialling(bool on);
    /// The command that dials, with %n for the number ("microsip.exe %n"); empty: the tel: link,
    /// opened by whatever the desktop has for it.
    static QString dialCommand();
    static void setDialCommand(const QString &command);

    /// The lines under the employee's name in a letter to a customer ("Service desk, Acme").
    static QString letterSignature();
    static constexpr int kMaxSignatureChars = 500;
    /// The rules of a signature, typed in Settings or read from its file: text, at most kMaxSignatureChars.
    static Status checkLetterSignature(const QString &lines);
    static void setLetterSignature(const QString &lines);
    /// The language to write to a customer in when their record names none ("en", "nl"); by
    /// default the program's own.
    static QString customerLanguage();
    static void setCustomerLanguage(const QString &code);
    /// The wording of confirmations in @p code: the employee's own, or the built-in one (also
    /// when the stored one no longer passes LetterTemplate::check()).
    static LetterTemplate letterWording(const QString &code);
    /// Keeps @p wording for @p code; the built-in wording (or an empty one) is kept as "none".
    static void setLetterWording(const QString &code, const LetterTemplate &wording);
    /// The language @p code with the program's embedded translations.
    static LetterLanguage letterLanguage(const QString &code);
};

} // namespace rd
