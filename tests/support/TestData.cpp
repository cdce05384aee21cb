#include "TestData.h"

#include "CaseStore.h"
#include "CatchQt.h"
#include "CustomerStore.h"

#include <QSqlDatabase>
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

void execRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace rd::test
