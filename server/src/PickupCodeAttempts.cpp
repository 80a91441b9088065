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

qint64 PickupCodeAttempts::blockSecs(int blockNumber) {
    qint64 secs = kFirstBlockSecs;
    for (int i = 1; i < blockNumber && secs < kMaxBlockSecs; ++i)
        secs *= 2;
    return std::min(secs, kMaxBlockSecs);
}

Result<PickupCodeAttempts::State> PickupCodeAttempts::load(const QString& pickupId) const {
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT wrong_codes, blocks, blocked_until FROM pickup_code_attempts WHERE pickup_id = ?"_s);
    query.addBindValue(pickupId);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read pickup code attempts");
    State state;
    if (query.next()) {
        state.wrongCodes = query.value(0).toInt();
        state.blocks = query.value(1).toInt();
        if (!query.value(2).isNull())
            state.blockedUntil = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return state;
}

Result<QDateTime> PickupCodeAttempts::blockedUntil(const QString& pickupId, const QDateTime& now) const {
    const Result<State> state = load(pickupId);
    if (!state)
        return state.error();
    if (state->blockedUntil.isValid() && state->blockedUntil > now)
        return state->blockedUntil;
    return QDateTime();
}

Result<PickupCodeAttempts::State> PickupCodeAttempts::recordWrong(const QString& pickupId,
                                                                  const QDateTime& now) {
    Result<State> loaded = load(pickupId);
    if (!loaded)
        return loaded.error();
    State state = loaded.value();
    if (state.blockedUntil.isValid() && state.blockedUntil > now)
        return state; // the caller should have refused before checking; nothing more to count
    ++state.wrongCodes;
    if (state.wrongCodes >= kWrongCodesPerBlock) {
        ++state.blocks;
        state.wrongCodes = 0;
        state.blockedUntil = now.addSecs(blockSecs(state.blocks));
        qCInfo(lcServer) << "pickup" << pickupId << "code handovers blocked for" << blockSecs(state.blocks)
                         << "s";
    }
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
    const QVariant until = state.blockedUntil.isValid()
                               ? QVariant(CommandSupport::timestamp(state.blockedUntil))
                               : QVariant(QMetaType::fromType<QString>());
    // Update first, insert when there was no row: portable, and the write transaction serialises it.
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE pickup_code_attempts SET wrong_codes = ?, blocks = ?, blocked_until = ?, "
                   "updated_at = ? WHERE pickup_id = ?"_s);
    update.addBindValue(state.wrongCodes);
    update.addBindValue(state.blocks);
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
    insert.addBindValue(state.wrongCodes);
    insert.addBindValue(state.blocks);
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
    if (state->blockedUntil.isValid() && state->blockedUntil > now)
        return blockedAnswer(state->blockedUntil, now);
    return invalidAnswer(kWrongCodesPerBlock - state->wrongCodes);
}
