#pragma once

#include "Clock.h"

#include <atomic>

// theke-server's clock: the system time, moved forward only by tests (POST /v1/test/clock, test mode
// only), so that blocks and deadlines pass without the test sleeping. Thread-safe.
class ShiftableClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    // Moves the clock forward (or back) by secs, for the rest of the process's life.
    void shift(qint64 secs) { m_offsetMs += secs * 1000; }
    qint64 offsetSecs() const { return m_offsetMs.load() / 1000; }

private:
    std::atomic<qint64> m_offsetMs{0};
};
