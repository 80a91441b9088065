#include "SignInThrottle.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcThrottle, "theke.auth")

SignInThrottle::SignInThrottle(const Clock& clock, SignInThrottleStore& store)
    : m_clock(clock)
    , m_store(store) {}

qint64 LockoutPolicy::lockSecs(int lockoutNumber) const {
    qint64 secs = firstLockSecs;
    for (int i = 1; i < lockoutNumber && secs < maxLockSecs; ++i)
        secs *= 2;
    return std::min(secs, maxLockSecs);
}

SignInThrottleState LockoutPolicy::afterFailure(SignInThrottleState state, const QDateTime& now) const {
    if (state.lockedUntilUtc.isValid() && state.lockedUntilUtc > now)
        return state; // the caller should not have asked; nothing more to count
    state.lockedUntilUtc = {};
    ++state.failures;
    if (state.failures >= failuresPerLock) {
        ++state.lockouts;
        state.failures = 0;
        state.lockedUntilUtc = now.addSecs(lockSecs(state.lockouts));
    }
    return state;
}

qint64 SignInThrottle::lockSecs(int lockoutNumber) {
    return kPolicy.lockSecs(lockoutNumber);
}

QDateTime SignInThrottle::lockedUntil(const QString& staffId) const {
    const SignInThrottleState state = m_store.load(staffId);
    if (state.lockedUntilUtc.isValid() && state.lockedUntilUtc > m_clock.nowUtc())
        return state.lockedUntilUtc;
    return {};
}

QDateTime SignInThrottle::recordFailure(const QString& staffId) {
    const SignInThrottleState before = m_store.load(staffId);
    const QDateTime now = m_clock.nowUtc();
    if (before.lockedUntilUtc.isValid() && before.lockedUntilUtc > now)
        return before.lockedUntilUtc; // the caller should not have asked; nothing more to count
    const SignInThrottleState state = kPolicy.afterFailure(before, now);
    if (state.lockouts > before.lockouts)
        qCInfo(lcThrottle) << "staff" << staffId << "locked for" << lockSecs(state.lockouts) << "s";
    if (Status saved = m_store.save(staffId, state); !saved)
        qCWarning(lcThrottle) << "cannot save the sign-in throttle:" << saved.error().code;
    return state.lockedUntilUtc;
}

void SignInThrottle::recordSuccess(const QString& staffId) {
    const SignInThrottleState state = m_store.load(staffId);
    if (state.failures == 0 && state.lockouts == 0 && !state.lockedUntilUtc.isValid())
        return;
    if (Status saved = m_store.save(staffId, SignInThrottleState{}); !saved)
        qCWarning(lcThrottle) << "cannot reset the sign-in throttle:" << saved.error().code;
}

int SignInThrottle::attemptsLeft(const QString& staffId) const {
    if (lockedUntil(staffId).isValid())
        return 0;
    return kFailuresPerLock - m_store.load(staffId).failures;
}
