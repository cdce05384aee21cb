#include "TestData.h"

#include "CaseStore.h"
#include "CatchQt.h"
#include "CustomerStore.h"

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

} // namespace rd::test
