#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace rd {

/**
 * A record id: a UUID version 7 — 48 bits of milliseconds, then random bits. Unique across
 * workstations (so files merge without collisions), and roughly in time order, so new rows are
 * appended to the B-tree indexes instead of scattered through them.
 */
inline QString newId(qint64 msSinceEpoch, QRandomGenerator &random)
{
    quint32 bits[4];
    random.fillRange(bits);
    QByteArray bytes(reinterpret_cast<const char *>(bits), 16);
    const auto ms = quint64(msSinceEpoch);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xFF);
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

/// A new id for now, from the system's random source.
inline QString newId() { return newId(QDateTime::currentMSecsSinceEpoch(), *QRandomGenerator::system()); }

} // namespace rd
