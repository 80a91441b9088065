#include "PickupCodeAttempts.h"

#include "CommandSupport.h"
#include "ServerDatabase.h"
#include "ServerLog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <string>

using namespace Qt::StringLiterals;

PickupCodeAttempts::PickupCodeAttempts(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<PickupCodeAttempts::State> PickupCodeAttempts::load(const QString& pickupId) const {
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT wrong_codes, blocks, blocked_until FROM pickup_code_attempts WHERE pickup_id = ?"_s);
    query.addBindValue(pickupId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read pickup code attempts");
    State state;
    if (query.next()) {
        state.failures = query.value(0).toInt();
        state.lockouts = query.value(1).toInt();
        if (!query.value(2).isNull())
            state.lockedUntilUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Result<QDateTime> PickupCodeAttempts::blockedUntil(const QString& pickupId, const QDateTime& now) const {
    const Result<State> state = load(pickupId);
    if (!state)
        return state.error();
    if (state->lockedUntilUtc.isValid() && state->lockedUntilUtc > now)
        return state->lockedUntilUtc;
    return QDateTime();
}

Result<PickupCodeAttempts::State> PickupCodeAttempts::recordWrong(const QString& pickupId,
                                                                  const QDateTime& now) {
    Result<State> loaded = load(pickupId);
    if (!loaded)
        return loaded.error();
    const State& before = loaded.value();
    if (before.lockedUntilUtc.isValid() && before.lockedUntilUtc > now)
        return before; // the caller should have refused before checking; nothing more to count
    const State state = kPolicy.afterFailure(before, now);
    if (state.lockouts > before.lockouts)
        qCInfo(lcServer) << "pickup" << pickupId << "code handovers blocked for"
                         << kPolicy.lockSecs(state.lockouts) << "s";
    if (Status saved = save(pickupId, state, now); !saved)
        return saved.error();
    return state;
}

Status PickupCodeAttempts::reset(const QString& pickupId) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM pickup_code_attempts WHERE pickup_id = ?"_s);
    query.addBindValue(pickupId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"reset pickup code attempts");
    return {};
}

Status PickupCodeAttempts::save(const QString& pickupId, const State& state, const QDateTime& now) {
    const QVariant until = state.lockedUntilUtc.isValid()
                               ? QVariant(CommandSupport::timestamp(state.lockedUntilUtc))
                               : QVariant(QMetaType::fromType<QString>());
    // Update first, insert when there was no row: portable, and the write transaction serialises it.
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE pickup_code_attempts SET wrong_codes = ?, blocks = ?, blocked_until = ?, "
                   "updated_at = ? WHERE pickup_id = ?"_s);
    update.addBindValue(state.failures);
    update.addBindValue(state.lockouts);
    update.addBindValue(until);
    update.addBindValue(CommandSupport::timestamp(now));
    update.addBindValue(pickupId);
    if (!update.exec())
        return ServerDatabase::queryError(update.lastError(), u"save pickup code attempts");
    if (update.numRowsAffected() > 0)
        return {};
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO pickup_code_attempts (pickup_id, wrong_codes, blocks, blocked_until, "
                   "updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(pickupId);
    insert.addBindValue(state.failures);
    insert.addBindValue(state.lockouts);
    insert.addBindValue(until);
    insert.addBindValue(CommandSupport::timestamp(now));
    if (!insert.exec())
        return ServerDatabase::queryError(insert.lastError(), u"save pickup code attempts");
    return {};
}

CommandAnswer PickupCodeAttempts::blockedAnswer(const QDateTime& until, const QDateTime& now) {
    // Whole seconds, rounded up: a client that waits exactly this long finds the block over.
    const qint64 retryAfter = std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000);
    CommandAnswer answer = CommandAnswer::problem(
        423, u"pickup_code_blocked",
        u"Too many wrong pickup codes: handovers by code are blocked until %1. Check an identity "
        "document instead, or try again later."_s.arg(CommandSupport::timestamp(until)),
        QJsonObject{{u"blocked_until"_s, CommandSupport::timestamp(until)}});
    answer.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    answer.keepEffects = true;
    return answer;
}

CommandAnswer PickupCodeAttempts::invalidAnswer(int attemptsLeft) {
    CommandAnswer answer =
        CommandAnswer::problem(422, u"pickup_code_invalid", u"The pickup code does not match."_s,
                               QJsonObject{{u"attempts_left"_s, attemptsLeft}});
    answer.keepEffects = true;
    return answer;
}

CommandAnswer PickupCodeAttempts::answerAfterRefusal(const QString& pickupId, const QDateTime& now) const {
    const Result<State> state = load(pickupId);
    if (!state)
        return CommandAnswer::problem(state.error());
    if (state->lockedUntilUtc.isValid() && state->lockedUntilUtc > now)
        return blockedAnswer(state->lockedUntilUtc, now);
    return invalidAnswer(kPolicy.failuresPerLock - state->failures);
}
