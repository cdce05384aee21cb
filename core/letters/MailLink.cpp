#include "letters/MailLink.h"

#include <QRegularExpression>

namespace rd {

QByteArray MailLink::encode(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    lines.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QUrl::toPercentEncoding(lines);
}

bool MailLink::isSingleAddress(const QString &to)
{
    // Mail programs read the part before "?" as a list of recipients: a comma, a semicolon or
    // a name in brackets would add one, so only a plain address goes into the link.
    static const QRegularExpression plain(QStringLiteral("^[^\\s@,;:<>()\\[\\]\"?&=%\\\\]+@[^\\s@,;:<>()\\[\\]\"?&=%\\\\]+"
                                                         "\\.[^\\s@,;:<>()\\[\\]\"?&=%\\\\.]+$"));
    return plain.match(to).hasMatch();
}

MailLink MailLink::make(const QString &to, const QString &subject, const QString &body, int maxLength)
{
    MailLink out;
    out.addressIncluded = isSingleAddress(to.trimmed());
    // The address keeps its @; it holds nothing else that needs encoding (isSingleAddress).
    const QByteArray address = out.addressIncluded ? QUrl::toPercentEncoding(to.trimmed(), "@") : QByteArray();
    const QByteArray head = "mailto:" + address + "?subject=" + encode(subject);
    const QByteArray full = head + "&body=" + encode(body);
    out.subjectIncluded = head.size() <= maxLength;
    out.bodyIncluded = full.size() <= maxLength;
    out.url = QUrl::fromEncoded(out.bodyIncluded ? full : out.subjectIncluded ? head : "mailto:" + address, QUrl::StrictMode);
    return out;
}

} // namespace rd
