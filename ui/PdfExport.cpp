#include "PdfExport.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>

#include <functional>

namespace rd {

namespace {
QString write(const QString &path, const QString &title, QPageLayout::Orientation orientation,
              const std::function<void(QPdfWriter &)> &draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PdfExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Recovery Desk"));
        draw(writer);
    }
    if (!file.commit())
        return PdfExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}
} // namespace

QString PdfExport::fromHtml(const QString &path, const QString &html, const QString &title)
{
    return write(path, title, QPageLayout::Portrait, [&html](QPdfWriter &writer) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    });
}

QString PdfExport::fromWidget(const QString &path, QWidget *widget, const QString &title)
{
    return write(path, title, QPageLayout::Landscape, [widget](QPdfWriter &writer) {
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        const QSize size = widget->size();
        const double scale = qMin(double(page.width()) / size.width(), double(page.height()) / size.height());
        painter.scale(scale, scale);
        widget->render(&painter);
    });
}

} // namespace rd
