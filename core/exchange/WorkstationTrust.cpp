#include "exchange/WorkstationTrust.h"

#include "storage/Database.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"
#include "exchange/WorkstationKey.h"

#include <QDateTime>
#include <QSqlQuery>

namespace rd {

Result<QList<TrustedWorkstation>> WorkstationTrust::list()
{
    return m_db.selectAll(QStringLiteral("SELECT w.name, w.public_key, w.first_seen, w.trusted_by, w.trusted_at, w.revoked_at, "
                                         "w.revoked_by, coalesce(b.bundles, 0), b.last_import FROM trusted_workstation w "
                                         "LEFT JOIN (SELECT public_key, count(*) AS bundles, max(imported_at) AS last_import "
                                         "FROM signed_bundle GROUP BY public_key) b ON b.public_key = w.public_key "
                                         "ORDER BY w.trusted_at DESC, w.name"),
                          {}, [](const QSqlQuery &q) {
                              TrustedWorkstation w;
                              w.name = q.value(0).toString();
                              w.publicKey = QByteArray::fromBase64(q.value(1).toString().toLatin1());
                              w.fingerprint = WorkstationKey::fingerprintOf(w.publicKey);
                              w.firstSeen = q.value(2).toLongLong();
                              w.trustedBy = q.value(3).toString();
                              w.trustedAt = q.value(4).toLongLong();
                              if (!q.value(5).isNull())
                                  w.revokedAt = q.value(5).toLongLong();
                              w.revokedBy = q.value(6).toString();
                              w.bundles = q.value(7).toInt();
                              if (!q.value(8).isNull())
                                  w.lastImport = q.value(8).toLongLong();
                              return w;
                          });
}

Result<WorkstationTrust::Standing> WorkstationTrust::standingOf(const QString &name, const QByteArray &publicKey)
{
    auto revoked = m_db.scalar(QStringLiteral("SELECT revoked_at IS NOT NULL FROM trusted_workstation WHERE public_key = ?"),
                               {QString::fromLatin1(publicKey.toBase64())});
    if (!revoked)
        return revoked.error();
    if (revoked->isValid())
        return revoked->toBool() ? Standing::Revoked : Standing::Trusted;
    // Host names are the same in any case: "PC-ANNA" is not a new workstation beside "pc-anna".
    auto other = m_db.scalar(QStringLiteral("SELECT count(*) FROM trusted_workstation WHERE lower(name) = lower(?) AND revoked_at IS NULL"),
                             {name});
    if (!other)
        return other.error();
    return other->toInt() > 0 ? Standing::OtherKey : Standing::Unknown;
}

Status WorkstationTrust::trust(const QString &name, const QByteArray &publicKey)
{
    if (publicKey.size() != WorkstationKey::kPublicKeyBytes)
        return Error{Error::Code::InvalidInput, tr("That is not a workstation's public key.")};
    if (auto s = TextRules::checkRequired(tr("The workstation's name"), name, TextRules::Lines::Single); !s)
        return s;
    return Transaction::run(m_db, [&]() -> Status {
        auto standing = standingOf(name, publicKey);
        if (!standing)
            return standing.error();
        if (standing.value() == Standing::Trusted)
            return {};
        // A revoked key is never trusted again; a name known with another key keeps that key
        // until it is revoked (README: a replaced PC).
        if (standing.value() == Standing::Revoked || standing.value() == Standing::OtherKey)
            return Error{Error::Code::Refused, refusal(standing.value(), name, publicKey)};
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("INSERT INTO trusted_workstation (public_key, name, first_seen, trusted_by, trusted_at) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {QString::fromLatin1(publicKey.toBase64()), name, now, m_db.actor(), now});
        return r ? Status() : Status(r.error());
    });
}

Status WorkstationTrust::revoke(const QByteArray &publicKey)
{
    auto r = m_db.exec(QStringLiteral("UPDATE trusted_workstation SET revoked_at = ?, revoked_by = ? "
                                      "WHERE public_key = ? AND revoked_at IS NULL"),
                       {m_db.clock().nowMs(), m_db.actor(), QString::fromLatin1(publicKey.toBase64())});
    if (!r)
        return r.error();
    if (r.value()->numRowsAffected() > 0)
        return {};
    auto earlier = m_db.selectAll(QStringLiteral("SELECT revoked_by, revoked_at FROM trusted_workstation WHERE public_key = ?"),
                                  {QString::fromLatin1(publicKey.toBase64())},
                                  [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toLongLong()); });
    if (!earlier)
        return earlier.error();
    if (!earlier->isEmpty())
        return Error{Error::Code::Refused, tr("The key %1 was revoked already, by %2 on %3.")
                                               .arg(WorkstationKey::fingerprintOf(publicKey), earlier->first().first,
                                                    QDateTime::fromMSecsSinceEpoch(earlier->first().second).toString(Qt::ISODate))};
    return Error{Error::Code::NotFound, tr("No trusted workstation has the key %1.").arg(WorkstationKey::fingerprintOf(publicKey))};
}

Result<QString> WorkstationTrust::knownName(const QByteArray &publicKey)
{
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM trusted_workstation WHERE public_key = ?"),
                            {QString::fromLatin1(publicKey.toBase64())});
    if (!name)
        return name.error();
    return name->toString();
}

QString WorkstationTrust::refusal(Standing standing, const QString &name, const QByteArray &publicKey)
{
    const QString fingerprint = WorkstationKey::fingerprintOf(publicKey);
    switch (standing) {
    case Standing::Trusted: return {};
    case Standing::Unknown:
        return tr("it comes from the workstation \"%1\" (key %2), which this archive does not know yet. Check the key with "
                  "that PC's Settings, then trust it")
            .arg(name, fingerprint);
    case Standing::Revoked:
        return tr("it is signed with the key %1 of \"%2\", which was revoked here").arg(fingerprint, name);
    case Standing::OtherKey:
        return tr("the workstation \"%1\" is known here with another key; this bundle is signed with %2. If that PC was "
                  "replaced or reinstalled, revoke its old key and trust the new one")
            .arg(name, fingerprint);
    }
    return {};
}

} // namespace rd
