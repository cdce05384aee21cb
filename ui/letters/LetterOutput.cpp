#include "letters/LetterOutput.h"

#include "letters/MailLink.h"
#include "widgets/PdfExport.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace rd {

LetterOutput::Outcome LetterOutput::mail(const Confirmation &letter)
{
    const MailLink link = MailLink::make(letter.to, letter.subject, letter.body);
    if (!QDesktopServices::openUrl(link.url))
        return {false, tr("No mail program opened for the link. The text can still be copied (Alt+C) or saved as a letter.")};
    QStringList said;
    if (!link.bodyIncluded) {
        // What the link could not carry waits on the clipboard (only once the mail program opened).
        QGuiApplication::clipboard()->setText(link.subjectIncluded ? letter.body : letter.subject + QStringLiteral("\n\n") + letter.body);
        said << (link.subjectIncluded
                     ? tr("The text is too long for a mail link: it is on the clipboard, paste it into the message (Ctrl+V).")
                     : tr("The subject and text are too long for a mail link: both are on the clipboard, the subject first. "
                          "Paste them into the message (Ctrl+V) and move the subject up."));
    } else {
        said << tr("The confirmation is in your mail program: check it and send it from there.");
    }
    if (!link.addressIncluded && !letter.to.trimmed().isEmpty())
        said << tr("The e-mail address \"%1\" is not one plain address, so it was left out: type it in the mail program.")
                    .arg(letter.to);
    return {true, said.join(QLatin1Char(' '))};
}

LetterOutput::Outcome LetterOutput::copy(const Confirmation &letter)
{
    QGuiApplication::clipboard()->setText(letter.body);
    return {true, tr("The confirmation is on the clipboard: paste it where the customer will read it (Ctrl+V).")};
}

QString LetterOutput::html(const Confirmation &letter)
{
    QString address;
    for (const QString &line : letter.addressBlock)
        address += line.toHtmlEscaped() + QStringLiteral("<br>");
    QString body;
    for (const QString &paragraph : letter.body.split(QStringLiteral("\n\n")))
        body += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // The address block sits high on the left, as window envelopes (DIN 5008, NEN 1026) show it.
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 11pt;\">"
                          "<p style=\"margin-top: 30pt; margin-bottom: 40pt;\">%1</p>"
                          "<p align=\"right\">%2</p>"
                          "<p style=\"font-weight: bold; margin-bottom: 12pt;\">%3</p>%4</body></html>")
        .arg(address, letter.date.toHtmlEscaped(), letter.subject.toHtmlEscaped(), body);
}

LetterOutput::Outcome LetterOutput::savePdf(const QString &path, const QString &databaseFile, const Confirmation &letter)
{
    const QString error = PdfExport::fromHtml(path, databaseFile, html(letter), letter.subject);
    if (!error.isEmpty())
        return {false, error};
    return {true, tr("The letter is saved as %1.").arg(QDir::toNativeSeparators(path))};
}

void LetterOutput::print(QPagedPaintDevice *device, const Confirmation &letter)
{
    QTextDocument doc;
    doc.setHtml(html(letter));
    doc.print(device);
}

} // namespace rd
