#include "TestData.h"

#include "cases/CaseStore.h"
#include "CatchQt.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "exchange/sqlite/BundleCheck.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rd::test {

QString newCustomer(Database &db, const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.phone = phone;
    auto made = CustomerStore(db).create(c);
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return made->id;
}

QString newCase(Database &db, CaseKind kind)
{
    auto made = CaseStore(db).create(newCustomer(db), Channel::Phone, kind, QStringLiteral("anna"));
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    return made->id;
}

QString newCompliment(Database &db, const QString &colleague, const QString &words)
{
    const QString caseId = newCase(db, CaseKind::Compliment);
    REQUIRE(CaseStore(db).setField(caseId, CaseField::Experience, words).ok());
    REQUIRE(CaseStore(db).setField(caseId, CaseField::ComplimentFor, colleague).ok());
    return caseId;
}

QString caseWithHistory(Database &db)
{
    const QString id = newCase(db);
    CaseStore cases(db);
    REQUIRE(cases.setField(id, CaseField::Experience, QStringLiteral("Parcel not delivered twice")).ok());
    REQUIRE(cases.setField(id, CaseField::Expectation, QStringLiteral("Delivery on Saturday")).ok());
    REQUIRE(cases.setField(id, CaseField::Summary, QStringLiteral("Two failed deliveries")).ok());
    return id;
}

qint64 count(Database &db, const QString &sql, const QVariantList &params)
{
    auto v = db.scalar(sql, params);
    INFO(v.message().toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

QStringList dumpCarried(Database &db)
{
    QStringList out;
    for (const QString &table : Schema::dataTables()) {
        QStringList columns;
        for (const ColumnSpec &c : Schema::table(table).columns)
            if (!BundleCheck::isLocalColumn(c.name))
                columns << c.name;
        auto r = db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table));
        REQUIRE(r.ok());
        while (r.value()->next()) {
            QStringList row{table};
            for (int i = 0; i < columns.size(); ++i)
                row << columns.at(i) + QLatin1Char('=') + r.value()->value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        r.value()->finish();
    }
    return out;
}

void execRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &sql : statements) {
            const bool ran = q.exec(sql);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(ran);
        }
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void damagePages(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    REQUIRE(pages > 20);
    for (qint64 page : {pages / 2, pages / 2 + 1, pages * 3 / 4}) {
        f.seek(page * 4096);
        f.write(QByteArray(4096, '\xa5'));
    }
}

} // namespace rd::test
