#pragma once

#include "agreements/CallbackNote.h"
#include "agreements/PromisedAction.h"
#include "base/Result.h"
#include "cases/Case.h"
#include "cases/Customer.h"
#include "letters/LetterTemplate.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

class Database;
class LetterLanguage;

/// What a confirmation is made from: the case as it stands and who writes.
struct LetterFacts
{
    Case theCase;
    Customer customer;
    QList<PromisedAction> promises;
    QList<CallbackNote> callbacks;
    QString employee;  ///< who signs, and whose promises read "I will …"
    QString signature; ///< the team's lines under the name (Settings)
    qint64 now = 0;    ///< the letter's date
};

/// A written confirmation, ready to go out by mail, clipboard or letter.
struct Confirmation
{
    QString language; ///< "en" or "nl"
    QString to;       ///< the customer's e-mail address, possibly empty
    QString date;     ///< the letter's date in its language ("26 November 2026")
    QString subject;
    QString body;     ///< plain text, lines separated by "\n"
    QStringList addressBlock; ///< name, organisation and postal address lines, for a letter
};

/**
 * Writes the confirmation of a call from the case itself: the summary as the customer confirmed
 * it, what we decided, each open promise with its date, the next contact and any callback, in
 * the customer's language and the wording of that language's template.
 */
class ConfirmationWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationWriter)

public:
    /// The facts of case @p caseId as stored now.
    static Result<LetterFacts> gather(Database &db, const QString &caseId, const QString &employee,
                                      const QString &signature);
    static Confirmation write(const LetterFacts &facts, const LetterLanguage &language, const LetterTemplate &wording);
    /// The agreements, one sentence each, in @p language: what {agreements} is filled with.
    static QStringList agreements(const LetterFacts &facts, const LetterLanguage &language);
    /// Name, organisation and each line of the postal address: the top of a letter.
    static QStringList addressBlock(const Customer &customer);
    /// Whether the matter is settled, or what happens until it is: what {status} is filled with.
    static QString status(const LetterFacts &facts, const LetterLanguage &language);
};

} // namespace rd
