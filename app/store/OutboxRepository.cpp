#include "OutboxRepository.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "theke.store")

namespace {

const auto kColumns =
    u"id, idempotency_key, entity, entity_id, command, method, path, payload, if_match, staff_id, "
    u"local_ref, state, attempts, next_attempt_utc, last_error_code, last_error_detail, server_status, "
    u"server_body, created_utc, updated_utc"_s;

// Always the same format, so comparing the stored text compares the times.
QString stored(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

OutboxEntry readEntry(const QSqlQuery& q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.entity = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.command = q.value(4).toString();
    e.method = q.value(5).toString().toLatin1();
    e.path = q.value(6).toString();
    e.payload = q.value(7).toString().toUtf8();
    if (!q.isNull(8))
        e.ifMatch = q.value(8).toLongLong();
    e.staffId = q.value(9).toString();
    e.localRef = q.value(10).toString();
    e.state = q.value(11).toString();
    e.attempts = q.value(12).toInt();
    e.nextAttemptUtc = fromStored(q.value(13));
    e.lastErrorCode = q.value(14).toString();
    e.lastErrorDetail = q.value(15).toString();
    e.serverStatus = q.value(16).toInt();
    e.serverBody = q.value(17).toString().toUtf8();
    e.createdUtc = fromStored(q.value(18));
    e.updatedUtc = fromStored(q.value(19));
    return e;
}

QString stateList(const QList<QStringView>& states) {
    QStringList quoted;
    for (QStringView state : states)
        quoted.append(u'\'' + state.toString() + u'\''); // constants of this file, never input
    return quoted.join(u", "_s);
}

Error wrongState(qint64 id, const QString& state, const QString& action) {
    return makeError(OutboxError::kWrongState,
                     u"outbox row %1 is %2 and cannot be %3"_s.arg(id).arg(state, action));
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QString OutboxRepository::now() const {
    return stored(m_clock.nowUtc());
}

Result<OutboxEntry> OutboxRepository::enqueue(const OutboxCommand& c) {
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString created = now();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO outbox (idempotency_key, entity, entity_id, command, method, path, payload, "
                   u"if_match, staff_id, local_ref, state, attempts, created_utc, updated_utc) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)"_s);
    insert.addBindValue(key);
    insert.addBindValue(c.entity);
    insert.addBindValue(c.entityId);
    insert.addBindValue(c.command);
    insert.addBindValue(QString::fromLatin1(c.method));
    insert.addBindValue(c.path);
    insert.addBindValue(QString::fromUtf8(c.payload));
    insert.addBindValue(c.ifMatch ? QVariant(*c.ifMatch) : QVariant());
    insert.addBindValue(textOrNull(c.staffId));
    insert.addBindValue(textOrNull(c.localRef));
    insert.addBindValue(created);
    insert.addBindValue(created);
    if (!insert.exec())
        return sqlError(insert.lastError(), u"writing an outbox row"_s);
    const qint64 id = insert.lastInsertId().toLongLong();
    qCDebug(lcOutbox) << "enqueued outbox row" << id << c.command;
    std::optional<OutboxEntry> entry = find(id);
    if (!entry)
        return makeError(ErrorCode::kStoreQuery, u"outbox row %1 vanished after writing"_s.arg(id));
    return *entry;
}

Result<QList<OutboxEntry>> OutboxRepository::ready(int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns +
                  u" FROM outbox AS o WHERE o.state IN ('pending', 'failed') "
                  u"AND (o.next_attempt_utc IS NULL OR o.next_attempt_utc <= ?) "
                  u"AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.entity = o.entity "
                  u"AND e.entity_id = o.entity_id AND e.id < o.id "
                  u"AND e.state IN ('pending', 'sending', 'failed', 'conflict')) "
                  u"ORDER BY o.id LIMIT ?"_s);
    query.addBindValue(now());
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError(), u"finding outbox rows to send"_s);
    QList<OutboxEntry> rows;
    while (query.next())
        rows.append(readEntry(query));
    return rows;
}

std::optional<OutboxEntry> OutboxRepository::find(qint64 id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

Result<QList<OutboxEntry>> OutboxRepository::list(const QStringList& states, int limit) const {
    QString sql = u"SELECT "_s + kColumns + u" FROM outbox"_s;
    if (!states.isEmpty()) {
        QStringList marks(states.size(), u"?"_s);
        sql += u" WHERE state IN ("_s + marks.join(u", "_s) + u')';
    }
    sql += u" ORDER BY id LIMIT ?"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString& state : states)
        query.addBindValue(state);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError(), u"listing the outbox"_s);
    QList<OutboxEntry> rows;
    while (query.next())
        rows.append(readEntry(query));
    return rows;
}

Result<QList<OutboxEntry>> OutboxRepository::forEntity(const QString& entity, const QString& entityId) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    if (!query.exec())
        return sqlError(query.lastError(), u"reading the outbox rows of an entity"_s);
    QList<OutboxEntry> rows;
    while (query.next())
        rows.append(readEntry(query));
    return rows;
}

Result<QStringList> OutboxRepository::withStandingRows(const QString& entity, QStringList ids) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Every state but done, discarded and quarantined; outbox_state keeps the scan to those rows.
    query.prepare(u"SELECT DISTINCT entity_id FROM outbox "
                  u"WHERE state IN ('pending', 'sending', 'failed', 'conflict') AND entity = ?"_s);
    query.addBindValue(entity);
    if (!query.exec())
        return sqlError(query.lastError(), u"finding the entities with waiting outbox rows"_s);
    QSet<QString> standing;
    while (query.next())
        standing.insert(query.value(0).toString());
    ids.removeIf([&standing](const QString& id) { return !standing.contains(id); });
    return ids;
}

Result<OutboxCounts> OutboxRepository::counts() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT state, count(*) FROM outbox GROUP BY state"_s))
        return sqlError(query.lastError(), u"counting the outbox"_s);
    OutboxCounts counts;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        if (state == OutboxState::kPending || state == OutboxState::kSending)
            counts.pending += n;
        else if (state == OutboxState::kFailed) {
            counts.pending += n;
            counts.failed += n;
        } else if (state == OutboxState::kConflict)
            counts.conflicts += n;
        else if (state == OutboxState::kQuarantined)
            counts.quarantined += n;
        else if (state == OutboxState::kDone)
            counts.done += n;
        else if (state == OutboxState::kDiscarded)
            counts.discarded += n;
    }
    return counts;
}

Result<int> OutboxRepository::resetInterrupted() {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET state = 'pending', next_attempt_utc = NULL, updated_utc = ? "
                  u"WHERE state = 'sending'"_s);
    query.addBindValue(now());
    if (!query.exec())
        return sqlError(query.lastError(), u"resetting interrupted sends"_s);
    const int n = query.numRowsAffected();
    if (n > 0)
        qCInfo(lcOutbox) << "outbox rows interrupted while sending, will resend:" << n;
    return n;
}

Status OutboxRepository::markSending(qint64 id) {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_utc = ? "
                  u"WHERE id = ? AND state IN ('pending', 'failed')"_s);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), u"marking outbox row %1 as sending"_s.arg(id));
    if (query.numRowsAffected() != 1) {
        const std::optional<OutboxEntry> row = find(id);
        if (!row)
            return makeError(OutboxError::kNotFound, u"no outbox row %1"_s.arg(id));
        return wrongState(id, row->state, u"sent"_s);
    }
    return {};
}

Status OutboxRepository::setOutcome(qint64 id, QStringView state, const Error& error, const QByteArray& body,
                                    const QDateTime& nextAttemptUtc, const QList<QStringView>& fromStates) {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET state = ?, next_attempt_utc = ?, last_error_code = ?, "
                  u"last_error_detail = ?, server_status = ?, server_body = ?, updated_utc = ? "
                  u"WHERE id = ? AND state IN ("_s +
                  stateList(fromStates) + u')');
    query.addBindValue(state.toString());
    query.addBindValue(nextAttemptUtc.isValid() ? QVariant(stored(nextAttemptUtc)) : QVariant());
    query.addBindValue(textOrNull(error.code));
    query.addBindValue(textOrNull(error.detail));
    query.addBindValue(error.httpStatus > 0 ? QVariant(error.httpStatus) : QVariant());
    // Cut at a character boundary: the column is text.
    query.addBindValue(body.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(body.left(kMaxServerBody))));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), u"updating outbox row %1"_s.arg(id));
    if (query.numRowsAffected() != 1) {
        const std::optional<OutboxEntry> row = find(id);
        if (!row)
            return makeError(OutboxError::kNotFound, u"no outbox row %1"_s.arg(id));
        return wrongState(id, row->state, u"set to "_s + state.toString());
    }
    return {};
}

Status OutboxRepository::markDone(qint64 id, int httpStatus, const QByteArray& body) {
    return setOutcome(id, OutboxState::kDone, Error{{}, {}, httpStatus}, body, {}, {OutboxState::kSending});
}

Status OutboxRepository::markFailed(qint64 id, const Error& error, const QDateTime& nextAttemptUtc) {
    // A failure body is a problem document at most; kept for the Sync screen.
    return setOutcome(id, OutboxState::kFailed, error, {}, nextAttemptUtc, {OutboxState::kSending});
}

Status OutboxRepository::markConflict(qint64 id, const Error& error, const QByteArray& body) {
    return setOutcome(id, OutboxState::kConflict, error, body, {}, {OutboxState::kSending});
}

Status OutboxRepository::markQuarantined(qint64 id, const Error& error, const QByteArray& body) {
    return setOutcome(id, OutboxState::kQuarantined, error, body, {}, {OutboxState::kSending});
}

Status OutboxRepository::markPending(qint64 id) {
    return setOutcome(id, OutboxState::kPending, {}, {}, {}, {OutboxState::kSending});
}

Status OutboxRepository::retry(qint64 id) {
    return setOutcome(id, OutboxState::kPending, {}, {}, {},
                      {OutboxState::kFailed, OutboxState::kConflict, OutboxState::kQuarantined});
}

Result<QString> OutboxRepository::renewKey(qint64 id) {
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET idempotency_key = ?, updated_utc = ? "
                  u"WHERE id = ? AND state IN ('conflict', 'quarantined')"_s);
    query.addBindValue(key);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), u"renewing the key of outbox row %1"_s.arg(id));
    if (query.numRowsAffected() != 1) {
        const std::optional<OutboxEntry> row = find(id);
        if (!row)
            return makeError(OutboxError::kNotFound, u"no outbox row %1"_s.arg(id));
        return wrongState(id, row->state, u"given a new key"_s);
    }
    return key;
}

Status OutboxRepository::discard(qint64 id, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return makeError(OutboxError::kReasonRequired, u"discarding needs a reason"_s);
    const Error why{u"outbox.discarded"_s, reason.trimmed().left(500), 0};
    return setOutcome(
        id, OutboxState::kDiscarded, why, {}, {},
        {OutboxState::kPending, OutboxState::kFailed, OutboxState::kConflict, OutboxState::kQuarantined});
}

Status OutboxRepository::rebaseIfMatch(const QString& entity, const QString& entityId, qint64 afterId,
                                       qint64 from, qint64 to) {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET if_match = ?, updated_utc = ? WHERE entity = ? AND entity_id = ? "
                  u"AND id > ? AND if_match = ? AND state IN ('pending', 'failed', 'conflict')"_s);
    query.addBindValue(to);
    query.addBindValue(now());
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(afterId);
    query.addBindValue(from);
    if (!query.exec())
        return sqlError(query.lastError(), u"rebasing outbox rows"_s);
    return {};
}
