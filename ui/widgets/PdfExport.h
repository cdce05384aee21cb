#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rd {

/// Writes PDF files through ExportFile: replaced whole or left as they were, owner-only, and never
/// over the open database (@p databaseFile) or through a symbolic link.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    /// An HTML document on A4 pages; the error message, empty on success.
    static QString fromHtml(const QString &path, const QString &databaseFile, const QString &html, const QString &title);
    /// A picture of @p widget, fitted to one landscape A4 page.
    static QString fromWidget(const QString &path, const QString &databaseFile, QWidget *widget, const QString &title);
};

} // namespace rd
