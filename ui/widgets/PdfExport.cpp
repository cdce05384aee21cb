#include "widgets/PdfExport.h"

#include "base/ExportFile.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QWidget>

#include <functional>

namespace rd {

namespace {
QString write(const QString &path, const QString &databaseFile, const QString &title, QPageLayout::Orientation orientation,
              const std::function<void(QPdfWriter &)> &draw)
{
    ExportFile file(path, databaseFile);
    if (auto opened = file.open(); !opened)
        return opened.message();
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Recovery Desk"));
        draw(writer);
    }
    auto committed = file.commit();
    return committed ? QString() : committed.message();
}
} // namespace

QString PdfExport::fromHtml(const QString &path, const QString &databaseFile, const QString &html, const QString &title)
{
    return write(path, databaseFile, title, QPageLayout::Portrait, [&html](QPdfWriter &writer) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    });
}

QString PdfExport::fromWidget(const QString &path, const QString &databaseFile, QWidget *widget, const QString &title)
{
    return write(path, databaseFile, title, QPageLayout::Landscape, [widget](QPdfWriter &writer) {
        QPainter painter(&writer);
        const QRect page = painter.viewport();
        const QSize size = widget->size();
        const double scale = qMin(double(page.width()) / size.width(), double(page.height()) / size.height());
        painter.scale(scale, scale);
        widget->render(&painter);
    });
}

} // namespace rd
