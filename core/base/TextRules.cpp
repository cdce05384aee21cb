#include "base/TextRules.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace rd {

Status TextRules::check(const QString &fieldLabel, const QString &text, Lines lines)
{
    if (text.size() > kMaxBytes || text.toUtf8().size() > kMaxBytes)
        return Error{Error::Code::InvalidInput,
                     tr("%1 is too long (%2 KiB; at most 64 KiB). Shorten it, or attach the rest as a note.")
                         .arg(fieldLabel)
                         .arg(text.toUtf8().size() / 1024)};
    if (!QStringView(text).isValidUtf16())
        return Error{Error::Code::InvalidInput,
                     tr("%1 contains broken characters (not valid Unicode). Retype or paste it again.").arg(fieldLabel)};
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return Error{Error::Code::InvalidInput,
                         tr("%1 contains a NUL character, which cannot be stored. Remove it and try again.")
                             .arg(fieldLabel)};
        const bool lineBreak = u == '\n' || u == '\r';
        if (lineBreak && lines == Lines::Single)
            return Error{Error::Code::InvalidInput, tr("%1 must fit on one line.").arg(fieldLabel)};
        if (lines == Lines::Single && (u == 0x2028 || u == 0x2029))
            return Error{Error::Code::InvalidInput, tr("%1 must fit on one line.").arg(fieldLabel)};
        // Embeddings, overrides and isolates make text show in another order than it is stored
        // ("Trojan Source"): a name or promise that reads differently on screen than in the file.
        // The direction marks (U+200E, U+200F) that right-to-left writers type stay allowed.
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return Error{Error::Code::InvalidInput,
                         tr("%1 contains an invisible character that changes the direction of the text (code U+%2). "
                            "Remove it and try again.")
                             .arg(fieldLabel)
                             .arg(int(u), 4, 16, QLatin1Char('0'))};
        if ((u < 0x20 && u != '\t' && !lineBreak) || (u >= 0x7F && u <= 0x9F))
            return Error{Error::Code::InvalidInput,
                         tr("%1 contains an invisible control character (code %2). Remove it and try again.")
                             .arg(fieldLabel)
                             .arg(int(u))};
    }
    return {};
}

Status TextRules::checkRequired(const QString &fieldLabel, const QString &text, Lines lines)
{
    if (text.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("%1 is required.").arg(fieldLabel)};
    return check(fieldLabel, text, lines);
}

Result<QString> TextRules::fromUtf8(const QString &fieldLabel, const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{Error::Code::InvalidInput,
                     tr("%1 is not valid UTF-8 text. Save it as UTF-8 and try again.").arg(fieldLabel)};
    if (auto s = check(fieldLabel, text); !s)
        return s.error();
    return text;
}

QString TextRules::phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

bool TextRules::isMonth(const QString &text)
{
    static const QRegularExpression monthShape(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return monthShape.match(text).hasMatch();
}

} // namespace rd
