#include "IdempotencyStore.h"

#include "ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Extra headers as a JSON array of [name, value] pairs.
QString headersText(const CommandAnswer& answer) {
    QJsonArray array;
    for (const auto& [name, value] : answer.headers)
        array.append(QJsonArray{QString::fromStdString(name), QString::fromStdString(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void readHeaders(const QString& text, CommandAnswer& answer) {
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& pair : array) {
        const QJsonArray nameValue = pair.toArray();
        answer.headers.emplace_back(nameValue.at(0).toString().toStdString(),
                                    nameValue.at(1).toString().toStdString());
    }
}

} // namespace

IdempotencyStore::IdempotencyStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<IdempotencyStore::Entry>>
IdempotencyStore::find(const QString& deviceId, const QString& key, const QDateTime& now) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT request_hash, status, content_type, headers, body FROM idempotency_keys "
                  "WHERE device_id = ? AND idem_key = ? AND expires_at > ?"_s);
    query.addBindValue(deviceId);
    query.addBindValue(key);
    query.addBindValue(isoUtc(now));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read idempotency key");
    if (!query.next())
        return std::optional<Entry>();
    Entry entry;
    entry.requestHash = query.value(0).toString();
    entry.answer.status = query.value(1).toInt();
    entry.answer.contentType = query.value(2).toString().toStdString();
    readHeaders(query.value(3).toString(), entry.answer);
    entry.answer.body = query.value(4).toString().toStdString();
    return std::optional<Entry>(std::move(entry));
}

Status IdempotencyStore::save(const QString& deviceId, const QString& key, const Entry& entry,
                              const QDateTime& now, const QDateTime& expiresAt) {
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO idempotency_keys (device_id, idem_key, request_hash, status, content_type, "
                  "headers, body, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (device_id, idem_key) DO UPDATE SET request_hash = excluded.request_hash, "
                  "status = excluded.status, content_type = excluded.content_type, "
                  "headers = excluded.headers, body = excluded.body, created_at = excluded.created_at, "
                  "expires_at = excluded.expires_at"_s);
    query.addBindValue(deviceId);
    query.addBindValue(key);
    query.addBindValue(entry.requestHash);
    query.addBindValue(entry.answer.status);
    query.addBindValue(QString::fromStdString(entry.answer.contentType));
    query.addBindValue(headersText(entry.answer));
    query.addBindValue(QString::fromStdString(entry.answer.body));
    query.addBindValue(isoUtc(now));
    query.addBindValue(isoUtc(expiresAt));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"store idempotency key");
    return {};
}

Result<int> IdempotencyStore::purgeExpired(const QDateTime& now) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM idempotency_keys WHERE expires_at <= ?"_s);
    query.addBindValue(isoUtc(now));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"purge idempotency keys");
    return query.numRowsAffected();
}

Result<qint64> IdempotencyStore::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM idempotency_keys"_s) || !query.next())
        return ServerDatabase::queryError(query.lastError(), u"count idempotency keys");
    return query.value(0).toLongLong();
}
