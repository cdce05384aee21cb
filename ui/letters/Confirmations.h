#pragma once

#include "base/Result.h"
#include "letters/ConfirmationWriter.h"
#include "letters/LetterOutput.h"

#include <QCoreApplication>

namespace rd {

class Database;

/// The confirmation of a case as this workstation writes it (the employee's name, signature and
/// wording from Settings; the customer's language), and what the screens say about it.
class Confirmations
{
    Q_DECLARE_TR_FUNCTIONS(Confirmations)

public:
    /// In the customer's language, or in @p language when one is given.
    static Result<Confirmation> make(Database &db, const QString &caseId, const QString &employee,
                                     const QString &language = {});
    /// The one key of a call's end: into the mail program at once when the customer has an
    /// e-mail address, recorded as sent. Without an address it does nothing and says so
    /// (ok false, empty message): the caller shows the confirmation to choose another way.
    static LetterOutput::Outcome mailNow(Database &db, const QString &caseId, const QString &employee);
    /// Records that @p letter went out @p how; the message on failure, empty on success.
    static QString record(Database &db, const QString &caseId, const QString &how, const Confirmation &letter);
    /// "Written confirmation sent by e-mail on Friday 27 November at 10:00 (anna)." or that none was.
    static QString stateLine(Database &db, const QString &caseId);
};

} // namespace rd
