#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rd {

class Database;

/**
 * Inserts many rows into one table with a single bound parameter per batch: the rows travel
 * as one JSON array that the database unpacks itself (SqlDialect::insertJsonRows). Binding
 * values one by one through Qt costs more than the database's own work; this keeps bulk loads
 * fast and still never splices data into SQL text.
 */
class BulkInsert
{
public:
    /// Rows for @p table with these @p columns (fixed names from the caller, not user input);
    /// the columns have the types of the same columns in the schema table @p typesOf (default: @p table).
    BulkInsert(Database &db, const QString &table, const QStringList &columns, const QString &typesOf = QString());

    /// Appends one row; @p values in column order (QString, integer types, or a null QVariant).
    void add(const QVariantList &values);
    int pending() const { return m_rows; }
    /// Writes the pending rows (call inside a transaction).
    Status flush();

private:
    static void appendJson(QByteArray &out, const QVariant &value);

    Database &m_db;
    QString m_sql;
    QByteArray m_json;
    int m_rows = 0;
};

} // namespace rd
