#include "call/Dialling.h"

#include "cases/EventLog.h"

#include <QJsonObject>
#include <QProcess>

namespace rd {

Result<QStringList> Dialling::command(const QString &commandTemplate, const QString &number)
{
    QStringList parts = QProcess::splitCommand(commandTemplate);
    if (parts.isEmpty())
        return Error{Error::Code::InvalidInput, tr("The dial command is empty.")};
    if (!commandTemplate.contains(QLatin1String("%n")))
        return Error{Error::Code::InvalidInput, tr("The dial command has no %n where the number goes.")};
    for (QString &part : parts)
        part.replace(QLatin1String("%n"), number);
    return parts;
}

Status Dialling::record(Database &db, const QString &caseId, const QString &number, const QString &how)
{
    return EventLog(db).append(caseId, {}, QStringLiteral("call.dialled"),
                               {{QStringLiteral("number"), number}, {QStringLiteral("how"), how}});
}

} // namespace rd
