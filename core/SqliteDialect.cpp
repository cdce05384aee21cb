#include "SqlDialect.h"

namespace rd {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::SQLite; }
    // IMMEDIATE takes the file's write lock at once: no upgrade from reader to writer can fail midway.
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QString foldCase(const QString &expr) const override { return expr + QStringLiteral(" COLLATE NOCASE"); }
    QString likeIgnoringCase() const override { return QStringLiteral("LIKE"); } // ASCII case is ignored by default
    QString jsonText(const QString &column, const QString &key) const override
    {
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
    }
    QString quoted(const QString &expr) const override { return QStringLiteral("quote(%1)").arg(expr); }
    QString columnType(ColumnType type) const override
    {
        switch (type) {
        case ColumnType::Text: return QStringLiteral("TEXT");
        case ColumnType::Integer: return QStringLiteral("INTEGER");
        case ColumnType::Sequence: return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        }
        return QStringLiteral("TEXT");
    }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace rd
