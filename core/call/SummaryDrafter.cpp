#include "call/SummaryDrafter.h"

namespace rd {

QString SummaryDrafter::draft(const Case &c)
{
    QStringList parts;
    if (!c.experience.trimmed().isEmpty())
        parts << tr("What happened: %1").arg(c.experience.trimmed());
    if (!c.expectation.trimmed().isEmpty())
        parts << tr("What you had expected: %1").arg(c.expectation.trimmed());
    if (c.cause)
        parts << tr("Where it went wrong, as we see it now: %1").arg(Vocabulary::label(*c.cause).toLower());
    return parts.join(QLatin1Char('\n'));
}

} // namespace rd
