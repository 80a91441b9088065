#pragma once

#include "Clock.h"

// A clock that stands still until a test moves it: expiry and backoff run without sleeping.
class MockClock final : public Clock {
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start)) {}

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& utc) { m_now = utc.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
