#include "CaseListExport.h"

#include "CasePager.h"
#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace rd {

namespace {
constexpr int kPage = 1000;

QStringList header()
{
    return {CaseListExport::tr("Customer"), CaseListExport::tr("Kind"),  CaseListExport::tr("Status"),
            CaseListExport::tr("Cause"),    CaseListExport::tr("Owner"), CaseListExport::tr("Opened"),
            CaseListExport::tr("Last activity"), CaseListExport::tr("Open promises"), CaseListExport::tr("Case id")};
}

QStringList cells(const CaseListRow &r)
{
    const auto when = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate); };
    return {r.customerName, Vocabulary::label(r.kind), Vocabulary::label(r.status),
            r.cause ? Vocabulary::label(*r.cause) : QString(), r.owner, when(r.openedAt), when(r.updatedAt),
            QString::number(r.openPromises), r.id};
}
} // namespace

QString CaseListExport::csvField(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

Result<qint64> CaseListExport::writeCsv(Database &db, const CaseListQuery &query, const QString &path,
                                        const std::function<bool(qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Storage, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    file.write("\xEF\xBB\xBF"); // so spreadsheet programs read it as UTF-8
    file.write(line(header()));
    CasePager pager(db);
    std::optional<CaseListKey> after;
    qint64 written = 0;
    for (;;) {
        auto page = pager.pageAfter(query, after, kPage);
        if (!page)
            return page.error(); // QSaveFile discards the partial file
        for (const CaseListRow &r : page.value())
            file.write(line(cells(r)));
        written += page->size();
        if (progress && !progress(written))
            return Error{Error::Code::Refused, tr("The export was stopped; nothing was written.")};
        if (page->size() < kPage)
            break;
        after = CasePager::keyOf(query, page->last());
    }
    if (!file.commit())
        return Error{Error::Code::Storage, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return written;
}

Result<QString> CaseListExport::html(Database &db, const CaseListQuery &query, int limit)
{
    CasePager pager(db);
    auto total = pager.count(query);
    if (!total)
        return total.error();
    auto rows = pager.pageAfter(query, std::nullopt, limit);
    if (!rows)
        return rows.error();
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>body{font-family:sans-serif;font-size:8pt}"
                               "th{text-align:left;border-bottom:1px solid #888}td{padding-right:8pt}</style></head><body>");
    h += QStringLiteral("<h2>%1</h2><p>%2</p><table><tr>")
             .arg(tr("Cases").toHtmlEscaped(),
                  (total.value() > rows->size() ? tr("The first %1 of %2 cases.").arg(rows->size()).arg(QLocale().toString(total.value()))
                                                : tr("%1 cases.").arg(rows->size()))
                      .toHtmlEscaped());
    for (const QString &c : header().mid(0, 8))
        h += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
    h += QStringLiteral("</tr>");
    for (const CaseListRow &r : rows.value()) {
        h += QStringLiteral("<tr>");
        for (const QString &c : cells(r).mid(0, 8))
            h += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table></body></html>");
}

} // namespace rd
