#include "IdleLock.h"

#include <QTimer>

namespace {
// Coarse on purpose: locking a second late does no harm, waking the CPU often does.
constexpr int kPollIntervalMs = 1000;
} // namespace

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_lastActivity(clock.nowUtc()) {
    m_timer->setInterval(kPollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::poll);
}

void IdleLock::setTimeoutMs(qint64 ms) {
    m_timeoutMs = ms;
}

void IdleLock::setArmed(bool armed) {
    m_armed = armed;
    m_lastActivity = m_clock.nowUtc();
    if (armed)
        m_timer->start();
    else
        m_timer->stop();
}

void IdleLock::activity() {
    m_lastActivity = m_clock.nowUtc();
}

qint64 IdleLock::idleMs() const {
    return m_lastActivity.msecsTo(m_clock.nowUtc());
}

void IdleLock::poll() {
    if (!m_armed || m_timeoutMs <= 0 || idleMs() < m_timeoutMs)
        return;
    // Disarm first: the owner locks the window and arms again after the next sign-in.
    setArmed(false);
    Q_EMIT idleTimeout();
}
