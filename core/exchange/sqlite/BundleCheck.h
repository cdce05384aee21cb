#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace rd {

class Database;

/**
 * Everything a bundle must pass before any of it reaches an archive. A bundle is untrusted from
 * its first byte to its last: it is read once, by plain file name, into a private copy (no
 * URI names, no -wal or -shm beside it), and every check runs on that copy, attached to the
 * archive's connection as "bundle":
 *  - SQLite's integrity check, then a schema that is exactly the one of its data format (no
 *    views, triggers, virtual tables, hidden columns or anything else that runs when read);
 *  - every row meets RowRules (the rules of typed input), ids are unique, references stay inside;
 *  - every history event's seal holds, and each chain continues what the archive holds, with no
 *    fork and no gap; an erasure travels only with its record in erased form.
 * A failed check names the bundle and what is wrong; nothing has been written by then.
 */
class BundleCheck
{
    Q_DECLARE_TR_FUNCTIONS(BundleCheck)

public:
    /// The data format a bundle is stamped with: the newest whose tables a bundle carries.
    /// Formats 8–10 added only an archive's own tables; format 11 carries customer merges,
    /// format 12 the customer's postal address and language. Bundles of format 7 and 11 are
    /// still read (without what came later).
    static constexpr int kFormat = 13;
    /// The largest bundle read (a year of a big desk is far less).
    static constexpr qint64 kMaxBytes = qint64(8) << 30;

    /// Copies the bundle at @p path into @p dir, readable by this user only; returns the copy's path.
    static Result<QString> privateCopy(const QString &path, const QTemporaryDir &dir);

    /// @p shown: the bundle's name as the user gave it; @p version: its data format (header).
    /// @p incomingPrefix names the bundle's tables: "bundle." for the attached copy, or the
    /// prefix of the temporary tables a team database receives them in (history() only).
    BundleCheck(Database &db, QString shown, int version, QString incomingPrefix = QStringLiteral("bundle."));

    Status integrity();
    Status exactSchema();
    /// Every row of every carried table meets RowRules; @p nowMs bounds time stamps.
    Status rows(qint64 nowMs);
    /// The history: seals, chains continuing what the archive holds, unsealed events only before
    /// sealing began, erasures only with their record and from the workstation that created it.
    /// Portable SQL: it runs against a team database too.
    Status history();

    /// The tables a bundle of data format @p version carries (manifest aside).
    static QStringList tablesOf(int version);
    /// Whether @p table came after the first bundles (an older bundle does not carry it).
    static bool introducedLater(const QString &table);
    /// Whether @p column is a workstation's own state that never travels in a bundle.
    static bool isLocalColumn(const QString &column);
    /// The columns of @p table in a bundle of data format @p version.
    static QStringList columnsOf(const QString &table, int version);

private:
    Error refuse(const QString &why) const;
    /// @p sql with the bundle's tables named as this check reads them.
    QString incoming(const QString &sql) const;
    Status rowsOf(const QString &table, qint64 nowMs);
    Status erasuresTravelWithRecords();

    Database &m_db;
    QString m_shown;
    int m_version;
    QString m_in;
};

} // namespace rd
