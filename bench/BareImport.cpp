#include "BareImport.h"

#include "BareSqlite.h"
#include "search/SearchIndex.h"
#include "storage/Schema.h"

#include <QElapsedTimer>
#include <QStringList>

namespace rd::bench {

namespace {

QStringList columnsOf(BareSqlite &db, const QString &table, const QString &schema)
{
    QStringList names;
    db.query(QStringLiteral("SELECT name FROM pragma_table_info(?, ?)"), {table, schema}, &names);
    return names;
}

} // namespace

double bareImport(const QString &archive, const QString &bundle)
{
    BareSqlite db(archive);
    if (!db.ok())
        return -1;
    QElapsedTimer clock;
    clock.start();
    // The product's memory for a large write, so both keep the same index pages at hand.
    bool ok = db.exec(QStringLiteral("PRAGMA cache_size=-262144")) && db.exec(QStringLiteral("ATTACH ? AS bundle"), {bundle}) &&
              db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QString &table : Schema::dataTables()) {
        const QStringList carried = columnsOf(db, table, QStringLiteral("bundle"));
        QStringList common;
        for (const QString &c : columnsOf(db, table, QStringLiteral("main")))
            if (carried.contains(c))
                common << c;
        if (!ok || common.isEmpty())
            continue;
        const QString list = common.join(QStringLiteral(", "));
        const QString order = table == QLatin1String("case_event") ? QStringLiteral("at, id") : QStringLiteral("id");
        ok = db.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM bundle.%1 WHERE 1 = 1 ORDER BY %3 ON CONFLICT DO NOTHING")
                         .arg(table, list, order));
    }
    ok = ok && db.exec(QStringLiteral("INSERT INTO case_search (rowid, name, phone, email, body) SELECT c.rowid, c.customer_name, "
                                      "cu.phone_digits, cu.email, %1 FROM case_record c JOIN customer cu ON cu.id = c.customer_id "
                                      "WHERE c.id IN (SELECT id FROM bundle.case_record)")
                           .arg(SearchIndex::bodyExpression()));
    ok = ok && db.exec(QStringLiteral("COMMIT"));
    const double seconds = clock.nsecsElapsed() / 1e9;
    db.exec(QStringLiteral("DETACH bundle"));
    return ok ? seconds : -1;
}

} // namespace rd::bench
