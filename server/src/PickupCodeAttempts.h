#pragma once

#include "CommandAnswer.h"
#include "Result.h"
#include "SignInThrottle.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Wrong pickup codes per pickup (issue #8), so a code cannot be guessed through the API: five wrong
// codes block code handovers of that pickup for 15 min, the next five for 30 min, and so on up to a
// day; a right code resets. Handovers checked by identity document are not affected. Kept in
// pickup_code_attempts and written inside the command's transaction (answers that count a wrong code
// are committed although refused, see CommandAnswer::keepEffects).
class PickupCodeAttempts {
public:
    // Counted as the device counts wrong PINs (LockoutPolicy), with longer blocks.
    static constexpr LockoutPolicy kPolicy{5, 15 * 60, 24 * 3600};

    // failures: wrong codes since the last block began or the last right code; lockouts: blocks
    // since the last right code; lockedUntilUtc: the end of the last block (invalid: none started).
    using State = SignInThrottleState;

    explicit PickupCodeAttempts(QSqlDatabase db);

    Result<State> load(const QString& pickupId) const;
    // The end of the block, or an invalid time when a code may be tried at now.
    Result<QDateTime> blockedUntil(const QString& pickupId, const QDateTime& now) const;
    // Counts a wrong code (not during a block); the state afterwards.
    Result<State> recordWrong(const QString& pickupId, const QDateTime& now);
    Status reset(const QString& pickupId);

    // 423 pickup_code_blocked with blocked_until and Retry-After; its effects are kept.
    static CommandAnswer blockedAnswer(const QDateTime& until, const QDateTime& now);
    // 422 pickup_code_invalid with attempts_left; its effects (the count) are kept.
    static CommandAnswer invalidAnswer(int attemptsLeft);
    // The answer to a refused code as the counts stand now (inside the command's transaction):
    // blocked or invalid.
    CommandAnswer answerAfterRefusal(const QString& pickupId, const QDateTime& now) const;

private:
    Status save(const QString& pickupId, const State& state, const QDateTime& now);

    QSqlDatabase m_db;
};
