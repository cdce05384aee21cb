#pragma once

#include "base/Vocabulary.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

/**
 * The columns a store reads from one table, named once: they make the SELECT's column list, and a
 * row is read back by column name. A column added, moved or renamed therefore cannot shift the
 * others, and a name the list does not hold stops a debug build at once.
 */
class RowColumns
{
public:
    RowColumns(QString table, QStringList columns);

    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    /// "SELECT a, b FROM table " (ending in a space, ready for a WHERE).
    QString select() const;
    /// "a, b", or "c.a, c.b" with @p alias, for a SELECT of one's own.
    QString list(const QString &alias = {}) const;

    /// One row of a query whose columns start with this list (at @p offset), read by name.
    class Row
    {
    public:
        Row(const RowColumns &columns, const QSqlQuery &query, int offset) : m_columns(columns), m_query(query), m_offset(offset) {}

        /// A name the list does not hold reads as an invalid value (and stops a debug build).
        QVariant value(const QString &name) const
        {
            const int at = m_columns.indexOf(name);
            return at < 0 ? QVariant() : m_query.value(m_offset + at);
        }
        QString text(const QString &name) const { return value(name).toString(); }
        qint64 integer(const QString &name) const { return value(name).toLongLong(); }
        bool flag(const QString &name) const { return value(name).toBool(); }
        /// Empty when the column is NULL.
        std::optional<qint64> optionalInteger(const QString &name) const
        {
            const QVariant v = value(name);
            return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
        }
        /// A Vocabulary key; empty when the column holds none (or a key this version does not know).
        template <typename E>
        std::optional<E> key(const QString &name) const
        {
            return Vocabulary::parse<E>(text(name));
        }

    private:
        const RowColumns &m_columns;
        const QSqlQuery &m_query;
        int m_offset;
    };

    Row row(const QSqlQuery &query, int offset = 0) const { return Row(*this, query, offset); }
    /// The position of @p name in the list.
    int indexOf(const QString &name) const;

private:
    QString m_table;
    QStringList m_columns;
    QHash<QString, int> m_index;
};

} // namespace rd
