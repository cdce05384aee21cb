#include "storage/RowColumns.h"

namespace rd {

RowColumns::RowColumns(QString table, QStringList columns) : m_table(std::move(table)), m_columns(std::move(columns))
{
    for (int i = 0; i < m_columns.size(); ++i)
        m_index.insert(m_columns.at(i), i);
}

QString RowColumns::select() const
{
    return QStringLiteral("SELECT %1 FROM %2 ").arg(list(), m_table);
}

QString RowColumns::list(const QString &alias) const
{
    if (alias.isEmpty())
        return m_columns.join(QStringLiteral(", "));
    QStringList prefixed;
    prefixed.reserve(m_columns.size());
    for (const QString &c : m_columns)
        prefixed << alias + QLatin1Char('.') + c;
    return prefixed.join(QStringLiteral(", "));
}

int RowColumns::indexOf(const QString &name) const
{
    const auto it = m_index.constFind(name);
    Q_ASSERT_X(it != m_index.constEnd(), "RowColumns::indexOf", "a column the list does not name");
    return it != m_index.constEnd() ? it.value() : -1;
}

} // namespace rd
