#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>
#include <optional>

class QSqlQuery;

namespace rd {

class Database;

/// The entries of a bundle's manifest, by key, as they were signed (the signature aside).
using ManifestEntries = QList<QPair<QString, QString>>;

/// What one workstation's signatures cover in an archive.
struct SignerCoverage
{
    QString name;        ///< as the archive trusts it (or, if it does not, as its manifests say)
    QString fingerprint;
    bool trusted = false; ///< its key is in the archive's list of trusted workstations
    std::optional<qint64> revokedAt;
    int bundles = 0;
    qint64 firstExport = 0; ///< ms UTC: the oldest and newest of its bundles
    qint64 lastExport = 0;
    std::optional<qint64> openedFrom;  ///< the earliest period start of its bundles; none: from the first case
    std::optional<qint64> openedUntil; ///< the latest period end; none: up to each export
    qint64 chains = 0;
};

/// What verify found about the archive's history against the signatures it imported.
struct HistoryCoverage
{
    bool holds = true;
    QString brokenEventId; ///< the event named, when there is one to name
    QString problem;       ///< what does not hold, in words
    qint64 covered = 0;     ///< events at or before a signed chain head
    qint64 writtenHere = 0; ///< events this database wrote itself, which no bundle signed
    qint64 uncovered = 0;   ///< events of other workstations that no signature covers
    QString firstUncoveredId;
    QList<SignerCoverage> signers;
};

/**
 * The signed side of the history. A bundle's manifest carries, signed with its workstation's
 * key, a digest of every history chain it carries: each chain's event hashes in order, the
 * newest (the chain's head) last. An archive keeps each manifest as signed, with those chains;
 * verify then checks, with the public keys alone, that every manifest's signature holds, that
 * the chains kept are the ones signed, and that the archive's history still runs through every
 * signed head. An event changed, removed or slipped in — even with every hash recomputed — no
 * longer matches what was signed, and is named.
 */
class HistoryChains;

/// A 256-bit hash of one event's place in its chain (SignedHistory::eventHash()).
using LineHash = std::array<char, 32>;

class SignedHistory
{
    Q_DECLARE_TR_FUNCTIONS(SignedHistory)

public:
    /// The manifest entry that holds the digest of the bundle's chains.
    static QString chainsEntry();
    /// Whether no entry holds the signed text's separators: otherwise two manifests could read
    /// as the same signed text.
    static bool entriesArePlain(const ManifestEntries &entries);
    /// The text a manifest's signature covers: every entry but the signature, by key.
    static QByteArray signedText(const ManifestEntries &entries);

    /// One walked chain: its key, its workstation, how many events, the newest's hash, and every
    /// event's hash oldest first, joined by commas (as signed_chain keeps them).
    struct WalkedChain
    {
        QString chain;
        QString workstation;
        qint64 events = 0;
        QString head;
        QString hashes;
    };
    using ChainSink = std::function<Status(const WalkedChain &chain)>;

    /// Keeps the signed manifest (@p entries, @p signature) of a bundle with its @p chains, in
    /// the caller's transaction. Refused unless the chains are the ones the manifest signs;
    /// @p shown names the bundle.
    static Status record(Database &db, const ManifestEntries &entries, const QByteArray &signature, const HistoryChains &chains,
                         const QString &shown);

    /// Checks every kept manifest and the history against them. Call after HistorySeal::verify
    /// found every link intact: this finds what only a signature can show.
    static Result<HistoryCoverage> check(Database &db);

private:
    struct StoredBundle;
    /// What the kept manifests say, once their signatures are checked.
    struct Signed
    {
        QHash<QString, QString> signerOfBundle; ///< bundle id -> the name its key is trusted under
        QSet<QString> declaredWorkstations;     ///< the history ids the signers declared as their own
    };
    static QString bundleIdOf(const QByteArray &signature);
    static Status checkBundle(Database &db, const StoredBundle &bundle, HistoryCoverage &coverage, SignerCoverage &signer,
                              Signed &found);
    static Status checkHeads(Database &db, const Signed &found, HistoryCoverage &coverage);
    static Status checkCoverage(Database &db, const Signed &found, HistoryCoverage &coverage);
    /// Where the history of @p chain from @p workstation parts from the @p signedHashes: names the event.
    static Status nameDivergence(Database &db, const QString &chain, const QString &workstation, const QStringList &signedHashes,
                                 const QString &signer, HistoryCoverage &coverage);
    /// The events of one chain in link order: (id, hash).
    static Result<QList<QPair<QString, QString>>> pathOf(Database &db, const QString &chain, const QString &workstation);
    static LineHash eventHash(QByteArray &buffer, QByteArrayView chain, QByteArrayView workstation, QByteArrayView prev,
                              QByteArrayView hash);
    static QString digestOf(std::vector<LineHash> eventHashes);

    friend class HistoryChains;
};

/**
 * The sealed history chains of a table of events, gathered row by row in any order (while the
 * rows are read for another purpose, such as a bundle's content hash): their digest, and when
 * kept, each chain walked along its links. Compact: a chain's links are one byte string.
 */
class HistoryChains
{
public:
    /// Whether the chains are kept to be walked (an import keeps them), or only their digest.
    enum class Keep { DigestOnly, Chains };
    explicit HistoryChains(Keep keep) : m_keep(keep) {}

    /// One sealed event of the chain @p chain (as HistorySeal::chainOf() names it) from
    /// @p workstation, all in UTF-8.
    void add(const QByteArray &chain, const QByteArray &workstation, const QByteArray &hash, const QByteArray &prev);
    /// The digest of every event's place in its chain (SignedHistory's manifest entry): the same
    /// whatever order the events were added in.
    QString digest() const;
    /// Walks each kept chain from its first event to its newest and gives it to @p sink; an
    /// error names a chain that does not run from one first event to one newest.
    Status walk(const SignedHistory::ChainSink &sink) const;

private:
    Keep m_keep;
    std::vector<LineHash> m_events; ///< eventHash() of every event added
    QByteArray m_buffer; ///< eventHash()'s, reused
    QHash<QByteArray, QByteArray> m_links; ///< chain and workstation -> each event's hash and prev, length-prefixed
    bool m_oversized = false; ///< a hash too long to be one: the chains cannot be walked as written
    QByteArray m_key;         ///< add()'s key, built in place
};

} // namespace rd
