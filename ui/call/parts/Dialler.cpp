#include "call/parts/Dialler.h"

#include "base/PhoneNumber.h"
#include "call/Dialling.h"
#include "widgets/Settings.h"

#include <QDesktopServices>
#include <QProcess>
#include <QUrl>

namespace rd {

Result<QString> Dialler::dial(Database &db, const QString &caseId, const QString &phone)
{
    if (!Settings::dialling())
        return Error{Error::Code::Refused, tr("Dialling is off in Settings: dial %1 yourself.").arg(phone)};
    auto number = PhoneNumber::normalise(phone);
    if (!number)
        return Error{number.error().code, tr("Not dialled: %1").arg(number.message())};
    const QString templ = Settings::dialCommand();
    QString how;
    if (templ.isEmpty()) {
        if (!QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + number.value())))
            return Error{Error::Code::Refused, tr("No program on this PC dials tel: links; set a dial command in Settings.")};
        how = QStringLiteral("link");
    } else {
        auto command = Dialling::command(templ, number.value());
        if (!command)
            return command.error();
        const QString program = command->takeFirst();
        if (!QProcess::startDetached(program, command.value()))
            return Error{Error::Code::Refused, tr("The dial command could not be started: %1").arg(program)};
        how = QStringLiteral("command");
    }
    if (const Status recorded = Dialling::record(db, caseId, number.value(), how); !recorded)
        return Error{recorded.error().code, tr("Dialled %1, but the history could not record it: %2")
                                                .arg(PhoneNumber::readable(number.value()), recorded.message())};
    return tr("Dialling %1…").arg(PhoneNumber::readable(number.value()));
}

} // namespace rd
