#pragma once

#include "agreements/CallbackNote.h"
#include "cases/Case.h"
#include "agreements/PromisedAction.h"

#include <QCoreApplication>
#include <QStringList>

namespace rd {

/// The agreements of a call as plain sentences the employee can read aloud before hanging up.
class AgreementReadBack
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReadBack)

public:
    /// Sentences for the decision, each open promise (by @p me or a colleague), the next contact
    /// and each open callback note; times in local time, in the current locale.
    static QStringList sentences(const Case &c, const QList<PromisedAction> &promises,
                                 const QList<CallbackNote> &callbacks, const QString &me);
    /// "Friday 27 November, 10:00" in the current locale and local time.
    static QString when(qint64 msUtc);
};

} // namespace rd
