#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

// What the throttle remembers about one person's wrong PINs.
struct SignInThrottleState {
    int failures = 0;         // wrong PINs since the last lock or success
    int lockouts = 0;         // locks since the last success; makes the next lock longer
    QDateTime lockedUntilUtc; // invalid when not locked
};

// How many failures in a row lock, and for how long: the first lock, doubled with each further one
// since the last success, up to the maximum. Pure; SignInThrottle (PINs, on the device) and the
// server's PickupCodeAttempts (pickup codes) count with it.
struct LockoutPolicy {
    int failuresPerLock;
    qint64 firstLockSecs;
    qint64 maxLockSecs;

    // The length of the n-th lock (n from 1).
    qint64 lockSecs(int lockoutNumber) const;
    // The state after one more failure at now; while a lock runs nothing more is counted.
    SignInThrottleState afterFailure(SignInThrottleState state, const QDateTime& now) const;
};

// Where the throttle keeps its state, so a restart does not hand out five fresh attempts.
class SignInThrottleStore {
public:
    virtual ~SignInThrottleStore() = default;
    virtual SignInThrottleState load(const QString& staffId) const = 0;
    virtual Status save(const QString& staffId, const SignInThrottleState& state) = 0;
};

// Five wrong PINs lock that person for 30 s, then 1, 2, 4, 8 min, at most 15 min; a success resets.
// Per person, not per device: someone guessing a colleague's PIN must not lock everybody out.
class SignInThrottle {
public:
    static constexpr int kFailuresPerLock = 5;
    static constexpr qint64 kFirstLockSecs = 30;
    static constexpr qint64 kMaxLockSecs = 15 * 60;
    static constexpr LockoutPolicy kPolicy{kFailuresPerLock, kFirstLockSecs, kMaxLockSecs};

    SignInThrottle(const Clock& clock, SignInThrottleStore& store);

    // The end of the current lock, or an invalid time when staffId may try now.
    QDateTime lockedUntil(const QString& staffId) const;
    // Counts a wrong PIN; returns the end of the lock it started, or an invalid time.
    QDateTime recordFailure(const QString& staffId);
    void recordSuccess(const QString& staffId);
    // Wrong PINs left before the next lock.
    int attemptsLeft(const QString& staffId) const;

    // The length of the n-th lock (n from 1).
    static qint64 lockSecs(int lockoutNumber);

private:
    const Clock& m_clock;
    SignInThrottleStore& m_store;
};
