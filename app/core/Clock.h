#pragma once

#include <QDateTime>

// Source of the current time. Tests replace it with a MockClock so expiry logic runs without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide real clock.
    static const Clock& system();
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
