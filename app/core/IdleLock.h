#pragma once

#include "Clock.h"

#include <QObject>

class QTimer;

// Decides when a shared counter PC has been left alone long enough to lock. Activity (keys, mouse)
// is fed in by the GUI; time comes from a Clock, so tests move a MockClock and call poll().
class IdleLock : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kDefaultTimeoutMs = 3 * 60 * 1000;

    explicit IdleLock(const Clock& clock, QObject* parent = nullptr);

    void setTimeoutMs(qint64 ms); // 0 or less: never locks
    qint64 timeoutMs() const { return m_timeoutMs; }
    // Armed only while someone is signed in and the window is not locked yet.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

    // Someone touched the keyboard or mouse.
    void activity();
    // Checks the time; emits idleTimeout() once when the timeout has passed. A timer calls it.
    void poll();
    qint64 idleMs() const;

Q_SIGNALS:
    void idleTimeout();

private:
    const Clock& m_clock;
    QTimer* m_timer;
    QDateTime m_lastActivity;
    qint64 m_timeoutMs = kDefaultTimeoutMs;
    bool m_armed = false;
};
