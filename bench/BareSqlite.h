#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3;

namespace rd::bench {

/// The baseline: the same SQL through the sqlite3 C API, with no Qt or Recovery Desk layer.
class BareSqlite
{
public:
    explicit BareSqlite(const QString &path);
    ~BareSqlite();
    BareSqlite(const BareSqlite &) = delete;
    BareSqlite &operator=(const BareSqlite &) = delete;

    bool ok() const { return m_db != nullptr; }
    /// Prepares @p sql, binds @p params, steps through every row reading each column; returns the row count.
    int query(const QString &sql, const QVariantList &params, QStringList *firstColumn = nullptr);
    /// Runs statements without results (BEGIN, COMMIT, an UPDATE with parameters).
    bool exec(const QString &sql, const QVariantList &params = {});

private:
    sqlite3 *m_db = nullptr;
};

} // namespace rd::bench
