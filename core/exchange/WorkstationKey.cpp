#include "exchange/WorkstationKey.h"

#include "base/ExportFile.h"
#include "base/OwnerOnly.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

namespace rd {

namespace {

// "RD-ED25519-SEED <base64 of the 32-byte seed>": the seed alone makes the whole key pair.
const QByteArray kTag = QByteArrayLiteral("RD-ED25519-SEED ");
constexpr qint64 kMaxFileBytes = 1024;

bool sodiumReady() { return sodium_init() >= 0; } // idempotent and thread-safe

} // namespace

QString WorkstationKey::defaultFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

QString WorkstationKey::fileName() { return QStringLiteral("workstation.key"); }

Result<WorkstationKey> WorkstationKey::fromSeed(const QByteArray &seed)
{
    // (only from loadOrCreate, which has started libsodium)
    WorkstationKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    if (seed.size() != crypto_sign_SEEDBYTES ||
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
                                 reinterpret_cast<unsigned char *>(key.m_secret.data()),
                                 reinterpret_cast<const unsigned char *>(seed.constData())) != 0)
        return Error{Error::Code::Storage, tr("The workstation's key could not be made.")};
    return key;
}

Result<WorkstationKey> WorkstationKey::loadOrCreate(const QString &folder)
{
    if (!sodiumReady())
        return Error{Error::Code::Storage, tr("The cryptography library could not be started.")};
    const QString path = QDir(folder).filePath(fileName());
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (info.isSymLink() || !info.isFile())
            return Error{Error::Code::Foreign, tr("The workstation key %1 is not a plain file. Move it away and start again.").arg(shown)};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Storage, tr("Could not read the workstation key %1: %2").arg(shown, file.errorString())};
        const QByteArray text = file.read(kMaxFileBytes + 1).trimmed();
        const QByteArray seed = QByteArray::fromBase64(text.mid(kTag.size()), QByteArray::AbortOnBase64DecodingErrors);
        if (text.size() > kMaxFileBytes || !text.startsWith(kTag) || seed.size() != crypto_sign_SEEDBYTES)
            return Error{Error::Code::Foreign,
                         tr("The workstation key %1 is damaged. Restore it from a backup; a new key makes this PC a new "
                            "workstation that the team lead must trust again.")
                             .arg(shown)};
        restrictToOwner(path); // a key made readable for others by hand is taken back
        return fromSeed(seed);
    }
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Storage, tr("Could not make the folder %1 for the workstation key.").arg(QDir::toNativeSeparators(folder))};
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    // Written whole or not at all, owner-only from the first byte (as every export is).
    if (auto s = ExportFile::write(path, QString(), kTag + seed.toBase64() + '\n'); !s)
        return s.error();
    auto key = fromSeed(seed);
    sodium_memzero(seed.data(), size_t(seed.size()));
    return key;
}

QByteArray WorkstationKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

bool WorkstationKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString WorkstationKey::fingerprintOf(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace rd
