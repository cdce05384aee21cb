#include "lists/CaseListExport.h"

#include "lists/CasePager.h"
#include "storage/Database.h"
#include "base/ExportFile.h"

#include <QDateTime>
#include <QLocale>

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
    // A spreadsheet runs a cell that starts like a formula: a customer's words must stay words.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString text = !value.isEmpty() && formulaStarts.contains(value.front()) ? QLatin1Char('\'') + value : value;
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

Result<qint64> CaseListExport::writeCsv(Database &db, const CaseListQuery &query, const QString &path,
                                        const std::function<bool(qint64)> &progress)
{
    ExportFile file(path, db.path());
    if (auto opened = file.open(); !opened)
        return opened.error();
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    // So spreadsheet programs read it as UTF-8.
    if (auto s = file.write(QByteArrayLiteral("\xEF\xBB\xBF") + line(header())); !s)
        return s.error();
    CasePager pager(db);
    std::optional<CaseListKey> after;
    qint64 written = 0;
    for (;;) {
        auto page = pager.pageAfter(query, after, kPage);
        if (!page)
            return page.error(); // the partial file is discarded
        for (const CaseListRow &r : page.value())
            if (auto s = file.write(line(cells(r))); !s)
                return s.error();
        written += page->size();
        if (progress && !progress(written))
            return Error{Error::Code::Refused, tr("The export was stopped; nothing was written.")};
        if (page->size() < kPage)
            break;
        after = CasePager::keyOf(query, page->last());
    }
    if (auto s = file.commit(); !s)
        return s.error();
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
