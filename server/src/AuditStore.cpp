#include "AuditStore.h"

#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxDetailBytes = 2048;

Error invalid(int index, const QString& what) {
    return makeError(u"invalid_value", u"entries[%1]: %2"_s.arg(index).arg(what), 422);
}

// Text of at most max characters (A-Z a-z 0-9 . _ : @ -); optional ones may be absent or null.
bool isToken(const QJsonValue& value, qsizetype max, bool optional) {
    static const QRegularExpression kToken(u"^[A-Za-z0-9._:@-]+$"_s);
    if (optional && (value.isUndefined() || value.isNull()))
        return true;
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= max &&
           kToken.match(value.toString()).hasMatch();
}

// Any id the feeds hand out (opaque, at most max characters, no control characters), or null.
bool isText(const QJsonValue& value, qsizetype max) {
    static const QRegularExpression kControl(u"[\\x00-\\x1f\\x7f]"_s);
    if (value.isUndefined() || value.isNull())
        return true;
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= max &&
           !kControl.match(value.toString()).hasMatch();
}

Result<AuditStore::Entry> parseEntry(const QJsonValue& value, int index) {
    if (!value.isObject())
        return invalid(index, u"an entry must be an object"_s);
    const QJsonObject o = value.toObject();
    if (!isToken(o.value(u"id"), 64, false))
        return invalid(index, u"id must be 1 to 64 characters of A-Z a-z 0-9 . _ : @ -"_s);
    const QJsonValue localId = o.value(u"local_id");
    if (!localId.isDouble() || localId.toDouble() < 1 || localId.toDouble() != double(localId.toInteger()))
        return invalid(index, u"local_id must be a positive integer"_s);
    const QDateTime at = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC)
        return invalid(index, u"at must be a UTC time such as 2025-03-14T09:30:00.000Z"_s);
    if (!isToken(o.value(u"action"), 64, false))
        return invalid(index, u"action must be 1 to 64 characters of A-Z a-z 0-9 . _ : @ -"_s);
    if (!isToken(o.value(u"staff_id"), 64, true))
        return invalid(index, u"staff_id must be null or a staff id"_s);
    if (!isToken(o.value(u"subject_type"), 64, true))
        return invalid(index, u"subject_type must be null or 1 to 64 characters of A-Z a-z 0-9 . _ : @ -"_s);
    if (!isText(o.value(u"subject_id"), 100))
        return invalid(index, u"subject_id must be null or 1 to 100 characters without control characters"_s);
    const QJsonValue detail = o.value(u"detail");
    if (!detail.isObject())
        return invalid(index, u"detail must be an object"_s);
    if (QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact).size() > kMaxDetailBytes)
        return invalid(index, u"detail must be at most %1 bytes"_s.arg(kMaxDetailBytes));
    AuditStore::Entry entry;
    entry.entryId = o.value(u"id").toString();
    entry.localId = localId.toInteger();
    entry.at = at;
    entry.action = o.value(u"action").toString();
    entry.staffId = o.value(u"staff_id").toString();
    entry.subjectType = o.value(u"subject_type").toString();
    entry.subjectId = o.value(u"subject_id").toString();
    entry.detail = detail.toObject();
    return entry;
}

QVariant orNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QJsonValue textOrNull(const QVariant& value) {
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

} // namespace

AuditStore::AuditStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<AuditStore::Entry>> AuditStore::parseBatch(const QJsonObject& body) {
    const QJsonValue entries = body.value(u"entries");
    if (!entries.isArray())
        return makeError(u"invalid_request", u"The field 'entries' is required and must be an array."_s, 400);
    const QJsonArray list = entries.toArray();
    if (list.isEmpty() || list.size() > kMaxBatch)
        return makeError(u"invalid_value", u"Send 1 to %1 entries at a time."_s.arg(kMaxBatch), 422);
    QList<Entry> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<Entry> entry = parseEntry(list.at(i), int(i));
        if (!entry)
            return entry.error();
        parsed.append(std::move(entry).value());
    }
    return parsed;
}

Result<AuditStore::Outcome> AuditStore::insert(const QString& deviceId, const QString& storeId,
                                               const QList<Entry>& entries, const QDateTime& now) {
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO audit_entries (device_id, entry_id, local_id, store_id, staff_id, at, action, "
        u"subject_type, subject_id, detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (device_id, entry_id) DO NOTHING"_s);
    Outcome outcome;
    const QString received = now.toUTC().toString(Qt::ISODateWithMs);
    for (const Entry& entry : entries) {
        query.addBindValue(deviceId);
        query.addBindValue(entry.entryId);
        query.addBindValue(entry.localId);
        query.addBindValue(orNull(storeId));
        query.addBindValue(orNull(entry.staffId));
        query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(entry.action);
        query.addBindValue(orNull(entry.subjectType));
        query.addBindValue(orNull(entry.subjectId));
        query.addBindValue(QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)));
        query.addBindValue(received);
        if (!query.exec())
            return ServerDatabase::queryError(query.lastError(), u"store an audit entry");
        if (query.numRowsAffected() > 0)
            ++outcome.stored;
        else
            ++outcome.alreadyStored;
    }
    return outcome;
}

Result<QJsonArray> AuditStore::all() const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT device_id, entry_id, local_id, store_id, staff_id, at, action, subject_type, "
                    u"subject_id, detail, received_at FROM audit_entries ORDER BY received_at, device_id, "
                    u"local_id"_s))
        return ServerDatabase::queryError(query.lastError(), u"read audit entries");
    QJsonArray entries;
    while (query.next()) {
        entries.append(QJsonObject{
            {u"device_id"_s, query.value(0).toString()},
            {u"id"_s, query.value(1).toString()},
            {u"local_id"_s, query.value(2).toLongLong()},
            {u"store_id"_s, textOrNull(query.value(3))},
            {u"staff_id"_s, textOrNull(query.value(4))},
            {u"at"_s, query.value(5).toString()},
            {u"action"_s, query.value(6).toString()},
            {u"subject_type"_s, textOrNull(query.value(7))},
            {u"subject_id"_s, textOrNull(query.value(8))},
            {u"detail"_s, QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object()},
            {u"received_at"_s, query.value(10).toString()},
        });
    }
    return entries;
}
