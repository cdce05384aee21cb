// One description per table (issue 18): the stores read rows by column name from lists that the
// schema must hold, and every column of a carried table has the rule a row from outside must meet.
#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "exchange/sqlite/BundleCheck.h"
#include "exchange/sqlite/RowRules.h"
#include "storage/Database.h"
#include "storage/RowColumns.h"
#include "storage/Schema.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace rd;
using rd::test::TempDatabase;

namespace {

QSet<QString> schemaColumns(const QString &table)
{
    QSet<QString> names;
    for (const ColumnSpec &c : Schema::table(table).columns)
        names.insert(c.name);
    return names;
}

} // namespace

TEST_CASE("A row is read by column name, wherever the column stands in the query", "[schema]")
{
    TempDatabase t;
    const RowColumns columns(QStringLiteral("customer"), {QStringLiteral("name"), QStringLiteral("created_at")});
    CHECK(columns.select() == QStringLiteral("SELECT name, created_at FROM customer "));
    CHECK(columns.list(QStringLiteral("c")) == QStringLiteral("c.name, c.created_at"));
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO customer (id, name, phone, phone_digits, email, organisation, created_at, "
                                       "updated_at) VALUES ('c1', 'Ria Jansen', '', '', '', '', 1700000000000, 1700000000000)"))
                .ok());
    // The list's columns after another one: read by name from an offset.
    auto q = t.db().exec(QStringLiteral("SELECT id, %1 FROM customer").arg(columns.list()));
    REQUIRE(q.ok());
    REQUIRE(q.value()->next());
    const auto row = columns.row(*q.value(), 1);
    CHECK(row.text(QStringLiteral("name")) == QStringLiteral("Ria Jansen"));
    CHECK(row.integer(QStringLiteral("created_at")) == 1700000000000);
    q.value()->finish();
}

TEST_CASE("Every column a store reads is in the schema, and every carried column has a row rule", "[schema]")
{
    for (const RowColumns *columns : {&CaseStore::caseColumns(), &CaseStore::listRowColumns(), &CustomerStore::columns(),
                                      &PromiseStore::columns(), &CallbackStore::columns()}) {
        const QSet<QString> schema = schemaColumns(columns->table());
        REQUIRE_FALSE(schema.isEmpty());
        for (const QString &name : columns->columns()) {
            INFO(columns->table().toStdString() << "." << name.toStdString());
            CHECK(schema.contains(name));
        }
    }
    // The schema says what a column is stored as; RowRules what it holds (text, a required line,
    // a key, a time): together one description, so neither may name a column the other lacks.
    for (const QString &table : Schema::dataTables()) {
        QSet<QString> carried;
        for (const QString &name : schemaColumns(table))
            if (!BundleCheck::isLocalColumn(name))
                carried.insert(name);
        QSet<QString> ruled;
        for (const ColumnRule &rule : RowRules::of(table))
            ruled.insert(rule.column);
        INFO(table.toStdString());
        CHECK(ruled == carried);
    }
}
