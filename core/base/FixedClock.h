#pragma once

#include "base/Clock.h"

namespace rd {

/// A clock that stands still until told to move; for tests and demo data.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace rd
