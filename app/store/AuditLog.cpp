#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const auto kColumns =
    u"id, at_utc, device_id, staff_id, action, subject_type, subject_id, detail, synced, uuid, "
    u"(SELECT code FROM audit_upload_refusals WHERE audit_id = audit_log.id)"_s;

QString iso(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QVariant orNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

AuditEntry fromRow(const QSqlQuery& query) {
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.atUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.deviceId = query.value(2).toString();
    entry.staffId = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.subjectType = query.value(5).toString();
    entry.subjectId = query.value(6).toString();
    entry.detail = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    entry.synced = query.value(8).toInt() != 0;
    entry.uuid = query.value(9).toString();
    entry.refusedCode = query.value(10).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> AuditLog::append(const AuditEntry& entry) {
    if (!entry.atUtc.isValid() || entry.action.isEmpty())
        return makeError(ErrorCode::kStoreQuery, u"an audit entry needs a time and an action"_s);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO audit_log (at_utc, device_id, staff_id, action, subject_type, subject_id, "
                  u"detail, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(iso(entry.atUtc));
    query.addBindValue(orNull(entry.deviceId));
    query.addBindValue(orNull(entry.staffId));
    query.addBindValue(entry.action);
    query.addBindValue(orNull(entry.subjectType));
    query.addBindValue(orNull(entry.subjectId));
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
    query.addBindValue(entry.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : entry.uuid);
    if (!query.exec())
        return sqlError(query.lastError(), u"appending to the audit log"_s);
    return query.lastInsertId().toLongLong();
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter) const {
    QStringList where;
    QVariantList values;
    if (!filter.action.isEmpty()) {
        where << u"action = ?"_s;
        values << filter.action;
    }
    if (!filter.staffId.isEmpty()) {
        where << u"staff_id = ?"_s;
        values << filter.staffId;
    }
    if (filter.unsentOnly)
        where << u"synced = 0"_s;
    if (filter.fromUtc.isValid()) {
        where << u"at_utc >= ?"_s;
        values << iso(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        where << u"at_utc < ?"_s;
        values << iso(filter.toUtc);
    }
    QString sql = u"SELECT %1 FROM audit_log"_s.arg(kColumns);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY at_utc DESC, id DESC LIMIT ?"_s;
    values << (filter.limit > 0 ? filter.limit : -1);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), u"reading the audit log"_s);
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(fromRow(query));
    return entries;
}

Result<QStringList> AuditLog::actions() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT DISTINCT action FROM audit_log ORDER BY action"_s))
        return sqlError(query.lastError(), u"listing audit actions"_s);
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

Result<QList<AuditEntry>> AuditLog::unsynced(int limit) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM audit_log WHERE synced = 0 AND id NOT IN (SELECT audit_id FROM "
                  u"audit_upload_refusals) ORDER BY id LIMIT ?"_s.arg(kColumns));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError(), u"reading unsent audit entries"_s);
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(fromRow(query));
    return entries;
}

Result<qint64> AuditLog::unsyncedCount() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM audit_log WHERE synced = 0"_s) || !query.next())
        return sqlError(query.lastError(), u"counting unsent audit entries"_s);
    return query.value(0).toLongLong();
}

Result<qint64> AuditLog::refusedCount() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM audit_upload_refusals r JOIN audit_log a ON a.id = r.audit_id "
                    u"WHERE a.synced = 0"_s) ||
        !query.next())
        return sqlError(query.lastError(), u"counting refused audit entries"_s);
    return query.value(0).toLongLong();
}

Status AuditLog::markRefused(qint64 id, const QString& code, int httpStatus, const QDateTime& atUtc) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO audit_upload_refusals (audit_id, code, http_status, refused_at_utc) "
                  u"VALUES (?, ?, ?, ?) ON CONFLICT (audit_id) DO NOTHING"_s);
    query.addBindValue(id);
    query.addBindValue(code);
    query.addBindValue(httpStatus);
    query.addBindValue(iso(atUtc));
    if (!query.exec())
        return sqlError(query.lastError(), u"marking audit entry %1 as refused"_s.arg(id));
    return {};
}

Status AuditLog::markSynced(const QList<qint64>& ids) {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE audit_log SET synced = 1 WHERE id = ? AND synced = 0"_s);
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query.lastError(), u"marking audit entry %1 as sent"_s.arg(id));
    }
    return {};
}
