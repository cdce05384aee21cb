#pragma once

#include "cases/Case.h"

#include <QList>
#include <QString>

namespace rd {

/// One step of the call guide: what to do, an example of what to say, what it fills.
struct CallStep
{
    QString id;      ///< stable key stored in events ("listen", "agree", …)
    QString title;   ///< short, translated
    QString prompt;  ///< what to do now, translated
    QString example; ///< an example of what to say, translated
    QList<CaseField> fields;
    bool skippable = true;
};

} // namespace rd
