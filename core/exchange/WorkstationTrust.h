#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

class Database;

/// A workstation an archive has heard of, by its public key.
struct TrustedWorkstation
{
    QString name;        ///< as its first trusted bundle named it (the PC's host name)
    QByteArray publicKey;
    QString fingerprint; ///< WorkstationKey::fingerprintOf(publicKey)
    qint64 firstSeen = 0;
    QString trustedBy;
    qint64 trustedAt = 0;
    std::optional<qint64> revokedAt;
    QString revokedBy;
    int bundles = 0;                   ///< signed bundles of its imported here
    std::optional<qint64> lastImport;  ///< when the newest of them was imported
};

/**
 * The workstations whose signed bundles an archive (or team database) accepts. A bundle is
 * imported only when its key is trusted here and not revoked; a key is trusted by a person (the
 * team lead, in the UI or with `recoverydesk trust`), never by the bundle itself.
 */
class WorkstationTrust
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationTrust)

public:
    enum class Standing {
        Trusted,  ///< known and not revoked
        Unknown,  ///< never trusted here
        Revoked,  ///< trusted once, revoked since
        OtherKey, ///< a trusted workstation of this name signs with another key
    };

    explicit WorkstationTrust(Database &db) : m_db(db) {}

    /// Every workstation known here, newest trust first.
    Result<QList<TrustedWorkstation>> list();
    /// What this archive says about a bundle from @p name signed with @p publicKey.
    Result<Standing> standingOf(const QString &name, const QByteArray &publicKey);
    /// Trusts @p publicKey as workstation @p name, by this database's user, now. Refused for a
    /// revoked key (it may have been stolen) and for a name trusted with another key (revoke
    /// that one first: the PC was replaced, or someone claims its name).
    Status trust(const QString &name, const QByteArray &publicKey);
    /// Revokes @p publicKey: its bundles are refused from now on (what was imported stays).
    Status revoke(const QByteArray &publicKey);
    /// The name @p publicKey was trusted under here (empty if never): a bundle's own claim of
    /// its name is only a claim, the key is what the archive knows it by.
    Result<QString> knownName(const QByteArray &publicKey);

    /// Why a bundle of @p name signed with @p publicKey in standing @p standing is refused, in words.
    static QString refusal(Standing standing, const QString &name, const QByteArray &publicKey);

private:
    Database &m_db;
};

} // namespace rd
