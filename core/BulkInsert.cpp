#include "BulkInsert.h"

#include "Database.h"
#include "Schema.h"

#include <cstdio>

namespace rd {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, const QString &typesOf) : m_db(db)
{
    const TableSpec spec = Schema::table(typesOf.isEmpty() ? table : typesOf);
    const auto isText = [&spec](const QString &column) {
        for (const ColumnSpec &c : spec.columns)
            if (c.name == column)
                return c.type == ColumnType::Text;
        return true;
    };
    QStringList picks;
    const bool server = db.backend() == Backend::PostgreSQL;
    for (int i = 0; i < columns.size(); ++i) {
        if (!server) {
            picks << QStringLiteral("json_extract(value, '$[%1]')").arg(i);
            continue;
        }
        // PostgreSQL reads JSON values as text; numbers are cast back to their column's type.
        const QString pick = QStringLiteral("value->>%1").arg(i);
        picks << (isText(columns.at(i)) ? pick : QStringLiteral("CAST(%1 AS BIGINT)").arg(pick));
    }
    m_sql = (server ? QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_array_elements(CAST(? AS JSON))")
                    : QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(?)"))
                .arg(table, columns.join(QStringLiteral(", ")), picks.join(QStringLiteral(", ")));
}

void BulkInsert::appendJson(QByteArray &out, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void BulkInsert::add(const QVariantList &values)
{
    m_json += m_rows == 0 ? "[[" : ",[";
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_json += ',';
        appendJson(m_json, values.at(i));
    }
    m_json += ']';
    ++m_rows;
}

Status BulkInsert::flush()
{
    if (m_rows == 0)
        return {};
    m_json += ']';
    auto r = m_db.exec(m_sql, {QString::fromUtf8(m_json)});
    m_json.clear();
    m_rows = 0;
    return r ? Status() : Status(r.error());
}

} // namespace rd
