#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rd {

/**
 * A call the phone announces: the caller's number (E.164) and the name the phone showed, if any.
 * It arrives from outside — `recoverydesk call --phone …`, a tel:, callto: or sip: link, or the
 * local socket a later start writes to — so each way in is checked by the same rules.
 */
struct IncomingCall
{
    Q_DECLARE_TR_FUNCTIONS(IncomingCall)

public:
    QString phone; ///< E.164, e.g. "+31612345678"
    QString name;  ///< as the phone showed it; may be empty

    /// The longest name kept (a phone's display shows far less).
    static constexpr int kMaxNameChars = 120;

    /// From a number typed in any form and an optional name.
    static Result<IncomingCall> from(const QString &phone, const QString &name);
    /// Whether @p argument is a link a softphone opens: tel:, callto: or sip:.
    static bool isLink(const QString &argument);
    /// From such a link ("tel:+31-6-1234-5678", "callto://0612345678", "sip:0612345678@pbx;user=phone").
    static Result<IncomingCall> fromLink(const QString &link);
    /// As a later start hands it to the running window, and back.
    QJsonObject toRequest() const;
    static Result<IncomingCall> fromRequest(const QJsonObject &request);
};

} // namespace rd
