#pragma once

#include "SignInThrottle.h"

#include <QSqlDatabase>

// Keeps the sign-in throttle's per-person state in the cache (table sign_in_attempts).
class SignInAttemptRepository final : public SignInThrottleStore {
public:
    explicit SignInAttemptRepository(QSqlDatabase db);

    SignInThrottleState load(const QString& staffId) const override;
    Status save(const QString& staffId, const SignInThrottleState& state) override;

private:
    QSqlDatabase m_db;
};
