#pragma once

#include "Clock.h"
#include "OutboxEntry.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The one owner of the outbox table: writes commands, hands out the rows that may be sent, and moves
// them through their states. Opens no transactions: enqueue() runs in the caller's, together with
// the cache row the command changes.
//
// Order rule: rows go out in id order per (entity, entity_id). A row is ready only when no earlier
// row of the same entity is pending, sending, failed or in conflict — a conflicting change blocks the
// later ones, which were built on top of it, until a person retries or discards it. Quarantined
// (the server refused it for good), done and discarded rows do not block.
class OutboxRepository {
public:
    static constexpr qsizetype kMaxServerBody = 16 * 1024; // stored answer; enough for a problem or a row

    explicit OutboxRepository(QSqlDatabase db, const Clock& clock = Clock::system());

    // Writes a pending row with a fresh UUID v4 idempotency key.
    Result<OutboxEntry> enqueue(const OutboxCommand& command);

    // Rows that may be sent now (see the order rule), oldest first.
    Result<QList<OutboxEntry>> ready(int limit) const;
    std::optional<OutboxEntry> find(qint64 id) const;
    // Oldest first; every state when states is empty.
    Result<QList<OutboxEntry>> list(const QStringList& states = {}, int limit = 1000) const;
    Result<OutboxCounts> counts() const;
    // Every row of one entity, oldest first.
    Result<QList<OutboxEntry>> forEntity(const QString& entity, const QString& entityId) const;
    // Those of ids (of entity) that have a row still standing (pending, sending, failed or in
    // conflict), in their order: one query for a whole feed page instead of forEntity() per row,
    // whose rows are mostly none.
    Result<QStringList> withStandingRows(const QString& entity, QStringList ids) const;

    // Rows left 'sending' by a crash or a killed process go back to 'pending'; sending them again is
    // safe because the server answers a known idempotency key with its first answer.
    Result<int> resetInterrupted();

    // Before the request goes out; counts the attempt. Only from pending or failed.
    Status markSending(qint64 id);
    Status markDone(qint64 id, int httpStatus, const QByteArray& body);
    Status markFailed(qint64 id, const Error& error, const QDateTime& nextAttemptUtc);
    Status markConflict(qint64 id, const Error& error, const QByteArray& body);
    Status markQuarantined(qint64 id, const Error& error, const QByteArray& body);
    // Back to pending without a verdict (the device must enroll again first).
    Status markPending(qint64 id);

    // A person asks to try a failed, conflicting or quarantined row again, at once.
    Status retry(qint64 id);
    // A new idempotency key for a conflicting or quarantined row about to be retried. The server keeps
    // its refusal as the first answer to the old key and would only replay it; a refusal had no
    // effect, so the new key cannot double anything. Never for failed rows (their fate is unknown).
    Result<QString> renewKey(qint64 id);
    // A person drops a row that is not done or being sent; the reason is kept with it.
    Status discard(qint64 id, const QString& reason);
    // The server accepted a change based on version `from` and answered `to`: later waiting rows of
    // the same entity that were built on `from` by this device are now based on `to`.
    Status rebaseIfMatch(const QString& entity, const QString& entityId, qint64 afterId, qint64 from,
                         qint64 to);

private:
    Status setOutcome(qint64 id, QStringView state, const Error& error, const QByteArray& body,
                      const QDateTime& nextAttemptUtc, const QList<QStringView>& fromStates);
    QString now() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};
