#include "WorkstationTrust.h"

#include "Database.h"
#include "TextRules.h"
#include "Transaction.h"
#include "WorkstationKey.h"

#include <QSqlQuery>

namespace rd {

Result<QList<TrustedWorkstation>> WorkstationTrust::list()
{
    return m_db.selectAll(QStringLiteral("SELECT name, public_key, first_seen, trusted_by, trusted_at, revoked_at, revoked_by "
                                         "FROM trusted_workstation ORDER BY trusted_at DESC, name"),
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
    auto other = m_db.scalar(QStringLiteral("SELECT count(*) FROM trusted_workstation WHERE name = ? AND revoked_at IS NULL"), {name});
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
    if (r.value()->numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("No trusted workstation has the key %1.").arg(WorkstationKey::fingerprintOf(publicKey))};
    return {};
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
