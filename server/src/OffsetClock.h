#pragma once

#include "Clock.h"

#include <atomic>

// The server's clock in --test-mode: the real time plus an offset that only moves forward, set through
// POST /v1/test/clock. Lets tests see a day pass (idempotency keys expiring) without waiting for it.
class OffsetClock final : public Clock {
public:
    explicit OffsetClock(const Clock& base);

    QDateTime nowUtc() const override;

    // Moves the clock seconds forward (seconds >= 0); returns the new total offset in seconds.
    qint64 advance(qint64 seconds);
    qint64 offsetSeconds() const { return m_offsetSeconds.load(); }

private:
    const Clock& m_base;
    std::atomic<qint64> m_offsetSeconds{0};
};
