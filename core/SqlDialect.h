#pragma once

#include <QString>
#include <QStringList>

namespace rd {

/// Where the data lives: a SQLite file on this PC, or a team database on a PostgreSQL server.
enum class Backend { SQLite, PostgreSQL };

/// The kinds of column in the schema description (Schema::tables()).
enum class ColumnType {
    Text,
    Integer, ///< 64-bit: timestamps are milliseconds since the epoch
    Sequence ///< the history's own numbering: ascending, never reused
};

/**
 * What differs between the SQL of SQLite and of PostgreSQL, in one place per backend: the
 * stores write portable SQL and ask the dialect for the few pieces that differ.
 */
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();
    static const SqlDialect &of(Backend backend) { return backend == Backend::SQLite ? sqlite() : postgresql(); }

    virtual Backend backend() const = 0;
    /// The statements that begin a write transaction. Writers take turns, on a server as in a
    /// file, so a store's read-then-write never loses another writer's change.
    virtual QStringList beginWrite() const = 0;
    /// @p expr as compared and sorted without regard to upper and lower case.
    virtual QString foldCase(const QString &expr) const = 0;
    /// LIKE that ignores upper and lower case.
    virtual QString likeIgnoringCase() const = 0;
    /// The text of member @p key of the JSON object in @p column (an event's data).
    virtual QString jsonText(const QString &column, const QString &key) const = 0;
    /// @p expr as an SQL literal in text (NULL as NULL): for comparing whole rows by content.
    virtual QString quoted(const QString &expr) const = 0;
    /// The declaration of a column of @p type (with its key clause for a sequence).
    virtual QString columnType(ColumnType type) const = 0;
};

} // namespace rd
