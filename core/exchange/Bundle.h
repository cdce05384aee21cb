#pragma once

#include "base/Result.h"
#include "exchange/ImportSteps.h"
#include "exchange/SignedHistory.h"
#include "exchange/sqlite/BundleCheck.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace rd {

class Database;
class WorkstationKey;

/// The cover sheet of a case bundle.
struct BundleManifest
{
    QString exportedBy;
    QString team; ///< the exporting employee's team, as set in their Settings; may be empty
    QString workstation;
    qint64 exportedAt = 0;
    int schemaVersion = 0;
    int cases = 0;
    int customers = 0;
    int promises = 0;
    int callbacks = 0;
    int events = 0;
    QString contentHash; ///< SHA-256 over every row, in id order: equal for equal content
    QByteArray publicKey; ///< the key of the workstation that signed it; empty: unsigned (an older version's)
    bool signatureHolds = false; ///< the signature verifies over every manifest entry with publicKey
    std::optional<qint64> openedFrom;  ///< the period of the cases it carries (by opening time); none: no bound
    std::optional<qint64> openedUntil;
    bool periodHolds = true; ///< the period entries are times (or empty)
    QString chainsHash; ///< SignedHistory's digest of every history chain it carries; empty: an older version's
    /// A return bundle (compliments and recognition for an employee, from the archive back to
    /// the PCs): whom it is for, kReturnToTeam for everyone; none: an ordinary bundle.
    std::optional<QString> returnFor;
    ManifestEntries entries; ///< every entry as signed, the signature aside
    QByteArray signature;
};

/// Which cases a bundle carries.
struct BundleSelection
{
    std::optional<qint64> openedFrom;  ///< ms UTC, inclusive
    std::optional<qint64> openedUntil; ///< ms UTC, exclusive
    QString owner;                     ///< empty: everyone's
    QString team;                      ///< the exporting employee's team, written in the manifest
    const WorkstationKey *key = nullptr; ///< signs the bundle; null: this user's own workstation key
    /// The id this database writes its own history under, declared in the manifest; empty: found
    /// by write() (set when the bundle is built from a copy, which has an id of its own).
    QString historyWorkstation;
    /// A return bundle instead: the compliment cases naming this employee and the cases their team
    /// lead recognised them in (Bundle::kReturnToTeam: everyone's), with what belongs to them.
    std::optional<QString> returnFor;
};

/// How an import treats a bundle from a workstation the archive does not know yet, and whom it
/// tells how far it is.
struct MergeOptions
{
    bool trustNew = false; ///< trust its key (a scripted first import); otherwise it is refused
    /// Told as each step begins; returning false stops the import before the next step, and the
    /// archive stays as it was (Error::Code::Stopped).
    ImportProgress progress;
    /// Who imports on this PC: a return bundle for someone else is refused (the archive leaves it empty).
    QString employee;
};

/// What an import added or changed.
struct ImportStats
{
    QString exportedBy; ///< who exported the bundle, and their team (from its manifest)
    QString team;
    QString workstation; ///< the PC that signed it, and its key's fingerprint
    QString fingerprint;
    QByteArray publicKey;
    bool newlyTrusted = false; ///< its workstation was trusted by this import (MergeOptions::trustNew)
    int format = 0; ///< the bundle's data format: an older one lacks later columns, which keep their values
    int newCustomers = 0;
    int newCases = 0;
    int updatedCases = 0;
    int newPromises = 0;
    int newCallbacks = 0;
    int newEvents = 0;
};

/**
 * Case bundles: one SQLite file (with its own application id) carrying selected cases with
 * their customers, promises, callbacks and full history, for a team lead's review archive.
 * Export is written whole or not at all; import merges by id in one transaction, so the same
 * bundle twice changes nothing, the order of bundles does not matter, and a bundle that is
 * newer, truncated, foreign or inconsistent is refused whole, leaving the archive untouched.
 */
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Bundle)

public:
    /// PRAGMA application_id of a bundle file ("RDB1").
    static constexpr qint32 kApplicationId = 0x52444231;
    /// The data format a bundle is stamped with (kept beside the checks of a bundle's tables).
    static constexpr int kFormat = BundleCheck::kFormat;
    /// BundleSelection::returnFor and BundleManifest::returnFor of a return bundle for the whole team.
    static const QString kReturnToTeam;

    static Result<BundleManifest> write(Database &db, const QString &path, const BundleSelection &selection);
    /// Reads and checks a bundle without changing anything.
    static Result<BundleManifest> inspect(Database &db, const QString &path);
    static Result<ImportStats> merge(Database &db, const QString &path, const MergeOptions &options = {});

private:
    /// Takes out of the bundle being written what a return bundle for @p returnFor does not bring.
    static Status keepOnlyWhatReturns(Database &db, const QString &returnFor);
    /// Refuses a return bundle for someone other than MergeOptions::employee.
    static Status meantForThisPC(const BundleManifest &manifest, const QString &shown, const MergeOptions &options);
    /// One table to merge: its rows come from @p source (an attached bundle's table, or a
    /// temporary table on a server), with these @p columns.
    struct MergedTable
    {
        QString table;
        QString source;
        QStringList columns;
    };
    /// A database file of its own in @p dir, for the steps a server database takes through a file.
    static Result<std::unique_ptr<Database>> scratchDatabase(const QTemporaryDir &dir, const QString &name);
    /// All of BundleCheck's checks on the private copy attached as "bundle"; @p shown names the
    /// user's file. The history's digest is checked too, unless the caller takes the @p chains
    /// to check them itself (merge: SignedHistory::record checks them as it keeps them).
    static Result<BundleManifest> inspectAttached(Database &db, const QString &shown, HistoryChains *chains = nullptr);
    /// The attached copy's file, schema and manifest: what must hold before any of its rows is read.
    static Result<BundleManifest> inspectFile(Database &db, const QString &shown);
    /// Every row, the content against @p manifest's hash and signature, and the history (its
    /// chains gathered into @p history), with @p now as the latest possible time. @p stop, once
    /// set, ends the checks before the next one (Error::Code::Stopped).
    static Status inspectContent(Database &db, const QString &shown, const BundleManifest &manifest, HistoryChains &history,
                                 qint64 now, const std::atomic<bool> *stop = nullptr);
    /// Copies the chosen cases into a scratch file first and writes the bundle from that: for a
    /// server database or a file opened read-only, which cannot have a new file attached to write.
    static Result<BundleManifest> writeThroughCopy(Database &db, const QString &path, const BundleSelection &selection);
    static Result<ImportStats> mergeIntoServer(Database &db, const QString &path, const MergeOptions &options);
    /// Whether @p manifest's sender may be imported into @p db (an error saying why not), and
    /// whether it is a new workstation the options trust (the merge then records it).
    /// Names a known sender as it was trusted (@p manifest's workstation).
    static Result<bool> senderIsNew(Database &db, BundleManifest &manifest, const QString &shown, const MergeOptions &options);
    /// Checks and merges the private copy attached as "bundle"; @p shown names the user's file.
    /// @p copy: the private copy's path, which the checks open on a thread of their own.
    static Result<ImportStats> mergeAttached(Database &db, const QString &shown, const QString &copy, const MergeOptions &options,
                                             ImportSteps &steps);
    /// Adds new records, lets newer versions of known ones win, keeps both histories; in the
    /// caller's transaction, which rolls back when @p steps says stop. @p rowsCopied runs once
    /// the rows are in, before anything is derived from them; its error ends the merge.
    static Status mergeRows(Database &db, const QList<MergedTable> &tables, ImportStats &stats, ImportSteps &steps,
                            const std::function<Status()> &rowsCopied = {});
};

} // namespace rd
