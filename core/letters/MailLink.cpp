#include "letters/MailLink.h"

namespace rd {

QByteArray MailLink::encode(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    lines.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QUrl::toPercentEncoding(lines);
}

MailLink MailLink::make(const QString &to, const QString &subject, const QString &body, int maxLength)
{
    // The address keeps its @; anything else unusual in it (a stray ? or &) is encoded so it
    // cannot start the link's fields.
    const QByteArray head = "mailto:" + QUrl::toPercentEncoding(to.trimmed(), "@") + "?subject=" + encode(subject);
    const QByteArray full = head + "&body=" + encode(body);
    MailLink out;
    out.bodyIncluded = full.size() <= maxLength;
    out.url = QUrl::fromEncoded(out.bodyIncluded ? full : head, QUrl::StrictMode);
    return out;
}

} // namespace rd
