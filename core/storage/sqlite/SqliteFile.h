#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Database;

/**
 * What Recovery Desk uses of SQLite's file format beyond portable SQL: recognising a file,
 * attaching another file to a connection, the header's application id and data format, the
 * tables and columns a file holds, a consistent copy and an integrity check. For files only
 * (bundles, backups, salvage); a team database has none of this.
 */
class SqliteFile
{
public:
    /// Whether the file at @p path starts with SQLite's header; @p why gets the reason it
    /// could not be read at all (and stays empty when it was read and is something else).
    static bool looksLikeSqlite(const QString &path, QString *why = nullptr);
    /// The application id in the header of the SQLite file at @p path, read without opening it
    /// through SQLite (so nothing about the file changes); nothing when it is not a SQLite file.
    static std::optional<qint32> applicationIdOf(const QString &path);

    struct Header
    {
        qint32 applicationId = 0;
        int version = 0;
    };
    /// The header of the file attached as @p schema ("main" for the connection's own).
    static Result<Header> header(Database &db, const QString &schema);
    /// Marks the file attached as @p schema as one of ours (@p applicationId: a database or a
    /// bundle), in data format @p version.
    static Status stamp(Database &db, const QString &schema, qint32 applicationId, int version);
    /// Makes the (new, empty) file attached as @p schema a single file that travels alone:
    /// no -wal beside it, a fixed page size.
    static Status makeStandalone(Database &db, const QString &schema);
    /// The columns of @p table in the file attached as @p schema (empty if it has no such table).
    static Result<QStringList> columns(Database &db, const QString &schema, const QString &table);
    /// Writes a consistent, compacted copy of everything @p db reads to the new file @p target.
    static Status copyTo(Database &db, const QString &target);
    /// SQLite's quick integrity check: "ok", or what is damaged.
    static Result<QStringList> check(Database &db);
    /// SQLite's full integrity check, which also compares every index with its table (a damaged
    /// index reads as rows missing, without an error): "ok", or what is damaged. Slower.
    static Result<QStringList> fullCheck(Database &db);

    /// Another file attached to a connection as @p schema for the length of one operation;
    /// detached again on every way out.
    class Attachment
    {
    public:
        Attachment(Database &db, const QString &path, const QString &schema, bool readOnly = false);
        ~Attachment();
        Attachment(const Attachment &) = delete;
        Attachment &operator=(const Attachment &) = delete;
        bool ok() const { return m_status.ok(); }
        const Error &error() const { return m_status.error(); }

    private:
        Database &m_db;
        QString m_schema;
        Status m_status;
    };
};

} // namespace rd
