#pragma once

#include "letters/ConfirmationWriter.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace rd {

/// The ways a written confirmation leaves the desk: the mail program, the clipboard, a PDF letter
/// or the printer. Each says what happened in a sentence for the employee.
class LetterOutput
{
    Q_DECLARE_TR_FUNCTIONS(LetterOutput)

public:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };

    /// Opens the desktop's mail program with address, subject and text. A text too long for a
    /// link goes to the clipboard, and the message says to paste it.
    static Outcome mail(const Confirmation &letter);
    /// Puts the text on the clipboard, for a mail program, a chat or a portal.
    static Outcome copy(const Confirmation &letter);
    /// Writes the letter as a PDF file (A4, the address block where a window envelope shows it).
    static Outcome savePdf(const QString &path, const QString &databaseFile, const Confirmation &letter);
    /// Prints the letter on @p device (a printer the employee chose).
    static void print(QPagedPaintDevice *device, const Confirmation &letter);

    /// The letter as a page: address block, date, subject in bold, then the text.
    static QString html(const Confirmation &letter);
};

} // namespace rd
