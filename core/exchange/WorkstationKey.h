#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rd {

/**
 * This workstation's Ed25519 key pair (libsodium), which signs the bundles it exports so that an
 * archive can tell which PC sent what, and notice any change made after signing. The secret half
 * is a file of its own in the user's data folder, readable by the user only, never inside a
 * database: a copy of the database or of a bundle never carries it.
 */
class WorkstationKey
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationKey)

public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    /// The key kept in @p folder; made there (owner-only) when there is none yet. A key file
    /// that cannot be read as one is an error, never replaced: a new key is a new workstation.
    static Result<WorkstationKey> loadOrCreate(const QString &folder);
    /// The folder of this user's key: the program's data folder.
    static QString defaultFolder();
    /// The key file's name in its folder.
    static QString fileName();

    QByteArray publicKey() const { return m_public; }
    QString fingerprint() const { return fingerprintOf(m_public); }
    /// The detached signature of @p message.
    QByteArray sign(const QByteArray &message) const;

    /// Whether @p signature is @p publicKey's signature of @p message.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    /// Short enough to read aloud and compare by phone: the first 16 bytes of the SHA-256 of the
    /// public key, as eight groups of four hexadecimal digits.
    static QString fingerprintOf(const QByteArray &publicKey);

private:
    static Result<WorkstationKey> fromSeed(const QByteArray &seed);

    QByteArray m_public;
    QByteArray m_secret; ///< libsodium's secret key: the seed followed by the public key
};

} // namespace rd
