#include "call/IncomingCall.h"

#include "base/PhoneNumber.h"
#include "base/TextRules.h"

#include <QUrl>

namespace rd {

namespace {

const QStringList kSchemes = {QStringLiteral("tel:"), QStringLiteral("callto:"), QStringLiteral("sip:")};

} // namespace

Result<IncomingCall> IncomingCall::from(const QString &phone, const QString &name)
{
    if (isLink(phone.trimmed())) { // a softphone may hand over "sip:0612345678@pbx" where a number is asked for
        auto call = fromLink(phone.trimmed());
        if (!call)
            return call.error();
        return from(call->phone, name);
    }
    auto number = PhoneNumber::normalise(phone);
    if (!number)
        return number.error();
    const QString shown = name.simplified().left(kMaxNameChars);
    if (auto s = TextRules::check(tr("The caller's name"), shown, TextRules::Lines::Single); !s)
        return s.error();
    return IncomingCall{number.value(), shown};
}

bool IncomingCall::isLink(const QString &argument)
{
    for (const QString &scheme : kSchemes)
        if (argument.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<IncomingCall> IncomingCall::fromLink(const QString &link)
{
    if (link.size() > 512)
        return Error{Error::Code::InvalidInput, tr("The link is too long to be a phone number.")};
    QString rest;
    for (const QString &scheme : kSchemes)
        if (link.startsWith(scheme, Qt::CaseInsensitive))
            rest = link.mid(scheme.size());
    if (rest.isNull())
        return Error{Error::Code::InvalidInput, tr("\"%1\" is not a tel:, callto: or sip: link.").arg(link.left(60))};
    rest = QUrl::fromPercentEncoding(rest.toUtf8());
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    // The number is what comes before the parameters (";ext=", "?…") and, for sip:, before the host.
    rest = rest.section(QLatin1Char(';'), 0, 0).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('@'), 0, 0);
    return from(rest, {});
}

QJsonObject IncomingCall::toRequest() const
{
    return {{QStringLiteral("action"), QStringLiteral("call")}, {QStringLiteral("phone"), phone}, {QStringLiteral("name"), name}};
}

Result<IncomingCall> IncomingCall::fromRequest(const QJsonObject &request)
{
    if (request.value(QStringLiteral("action")).toString() != QLatin1String("call"))
        return Error{Error::Code::InvalidInput, tr("The request is not a call.")};
    return from(request.value(QStringLiteral("phone")).toString(), request.value(QStringLiteral("name")).toString());
}

} // namespace rd
