#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace rd {

/**
 * A mailto: link (RFC 6068) that opens the desktop's mail program with the address, subject and
 * text filled in: UTF-8, percent-encoded, line breaks as %0D%0A. Mail programs and Windows cut or
 * refuse links much past 2,000 characters, so a longer text is left out of the link (the caller
 * puts it on the clipboard and says so).
 */
struct MailLink
{
    static constexpr int kMaxLength = 2000;

    QUrl url;
    bool addressIncluded = true; ///< false: no address, or not one plain address (the employee fills it in)
    bool subjectIncluded = true; ///< false: even the subject made the link too long
    bool bodyIncluded = true;

    static MailLink make(const QString &to, const QString &subject, const QString &body, int maxLength = kMaxLength);
    /// Whether @p to is one plain address: no list ("a@b.nl, c@d.nl"), no name, no link fields.
    static bool isSingleAddress(const QString &to);
    /// @p text as a link part: line breaks as CRLF, then every byte but letters, digits and - . _ ~ percent-encoded.
    static QByteArray encode(const QString &text);
};

} // namespace rd
