#include "storage/sqlite/SqliteFile.h"

#include "storage/Database.h"

#include <QFile>
#include <QtEndian>

namespace rd {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes in all

// Schema names are ours ("main", "bundle", "damaged"), never user input; checked all the same,
// since a pragma cannot take its schema as a bound parameter.
bool isPlainName(const QString &name)
{
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return !name.isEmpty();
}

Error badName(const QString &schema)
{
    return Error{Error::Code::InvalidInput, QStringLiteral("not a schema name: %1").arg(schema)};
}

} // namespace

bool SqliteFile::looksLikeSqlite(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = f.errorString();
        return false;
    }
    const QByteArray head = f.read(16);
    return head.size() == 16 && head.startsWith(kSqliteMagic) && head.at(15) == '\0';
}

std::optional<qint32> SqliteFile::applicationIdOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = f.read(100);
    if (head.size() < 72 || !head.startsWith(kSqliteMagic))
        return std::nullopt;
    return qFromBigEndian<qint32>(head.constData() + 68); // big-endian at byte 68
}

Result<SqliteFile::Header> SqliteFile::header(Database &db, const QString &schema)
{
    if (!isPlainName(schema))
        return badName(schema);
    auto appId = db.scalar(QStringLiteral("PRAGMA %1.application_id").arg(schema));
    if (!appId)
        return appId.error();
    auto version = db.scalar(QStringLiteral("PRAGMA %1.user_version").arg(schema));
    if (!version)
        return version.error();
    return Header{appId->toInt(), version->toInt()};
}

Status SqliteFile::stamp(Database &db, const QString &schema, qint32 applicationId, int version)
{
    if (!isPlainName(schema))
        return badName(schema);
    if (auto s = db.execOnce(QStringLiteral("PRAGMA %1.application_id=%2").arg(schema).arg(applicationId)); !s)
        return s;
    return db.execOnce(QStringLiteral("PRAGMA %1.user_version=%2").arg(schema).arg(version));
}

Status SqliteFile::makeStandalone(Database &db, const QString &schema)
{
    if (!isPlainName(schema))
        return badName(schema);
    if (auto s = db.execOnce(QStringLiteral("PRAGMA %1.journal_mode=DELETE").arg(schema)); !s)
        return s;
    return db.execOnce(QStringLiteral("PRAGMA %1.page_size=4096").arg(schema));
}

Result<QStringList> SqliteFile::columns(Database &db, const QString &schema, const QString &table)
{
    return db.selectAll(QStringLiteral("SELECT name FROM pragma_table_info(?, ?)"), {table, schema},
                        [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Status SqliteFile::copyTo(Database &db, const QString &target) { return db.execOnce(QStringLiteral("VACUUM INTO ?"), {target}); }

Result<QStringList> SqliteFile::check(Database &db)
{
    return db.selectAll(QStringLiteral("PRAGMA quick_check"), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<QStringList> SqliteFile::fullCheck(Database &db)
{
    return db.selectAll(QStringLiteral("PRAGMA integrity_check"), {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

SqliteFile::Attachment::Attachment(Database &db, const QString &path, const QString &schema, bool readOnly)
    : m_db(db), m_schema(schema)
{
    if (!isPlainName(schema)) {
        m_status = badName(schema);
        return;
    }
    const QString attach = QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema);
    if (readOnly && db.execOnce(attach, {QStringLiteral("file:%1?mode=ro").arg(path)}))
        return;
    // (A plain path when URI names are not enabled in this SQLite build.)
    m_status = db.execOnce(attach, {path});
}

SqliteFile::Attachment::~Attachment()
{
    if (m_status.ok())
        static_cast<void>(m_db.execOnce(QStringLiteral("DETACH DATABASE %1").arg(m_schema))); // closes with the connection otherwise
}

} // namespace rd
