#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/Schema.h"

#include <cstdio>

namespace rd {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, const QString &typesOf) : m_db(db)
{
    const TableSpec spec = Schema::table(typesOf.isEmpty() ? table : typesOf);
    QList<ColumnType> types;
    for (const QString &column : columns) {
        ColumnType type = ColumnType::Text;
        for (const ColumnSpec &c : spec.columns)
            if (c.name == column)
                type = c.type;
        types << type;
    }
    m_sql = db.dialect().insertJsonRows(table, columns, types);
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
