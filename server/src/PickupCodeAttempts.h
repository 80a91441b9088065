#pragma once

#include "CommandAnswer.h"
#include "Result.h"

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
    static constexpr int kWrongCodesPerBlock = 5;
    static constexpr qint64 kFirstBlockSecs = 15 * 60;
    static constexpr qint64 kMaxBlockSecs = 24 * 3600;

    struct State {
        int wrongCodes = 0;     // since the last block began or the last right code
        int blocks = 0;         // since the last right code
        QDateTime blockedUntil; // invalid when no block was started
    };

    explicit PickupCodeAttempts(QSqlDatabase db);

    Result<State> load(const QString& pickupId) const;
    // The end of the block, or an invalid time when a code may be tried at now.
    Result<QDateTime> blockedUntil(const QString& pickupId, const QDateTime& now) const;
    // Counts a wrong code (not during a block); the state afterwards.
    Result<State> recordWrong(const QString& pickupId, const QDateTime& now);
    Status reset(const QString& pickupId);

    // The length of the n-th block (n from 1).
    static qint64 blockSecs(int blockNumber);
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
