#include "AuditJson.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Ids, codes and rule names: what X-Theke-Staff allows, at most 64 characters.
bool isShortId(const QString& text) {
    static const QRegularExpression kId(u"^[A-Za-z0-9._:@-]{1,64}$"_s);
    return kId.match(text).hasMatch();
}

// A subject id is any server id (opaque, at most 100 characters) without control characters.
bool isSubjectId(const QString& text) {
    static const QRegularExpression kControl(u"[\\x00-\\x1f\\x7f]"_s);
    return !text.isEmpty() && text.size() <= 100 && !kControl.match(text).hasMatch();
}

QJsonValue idOrNull(const QString& text) {
    return isShortId(text) ? QJsonValue(text) : QJsonValue();
}

QJsonObject allowedDetail(const QJsonObject& detail) {
    QJsonObject sent;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (!AuditJson::allowedDetailKeys().contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        if (value.isBool() || value.isDouble())
            sent.insert(it.key(), value);
        else if (value.isString() && isShortId(value.toString()))
            sent.insert(it.key(), value);
        // Empty or free text: left out.
    }
    return sent;
}

} // namespace

const QStringList& AuditJson::allowedDetailKeys() {
    static const QStringList kKeys{// sign-in, lock
                                   u"context"_s, u"locked"_s, u"role"_s, u"reason"_s,
                                   // approvals
                                   u"requester_staff_id"_s, u"approver_staff_id"_s, u"rule"_s,
                                   u"amount_cents"_s,
                                   // outbox discards, erasures and exports
                                   u"command"_s, u"via"_s, u"notes"_s, u"orders"_s, u"returns"_s,
                                   u"pickups"_s, u"contacts"_s, u"carts"_s,
                                   // settings changes
                                   u"before"_s, u"after"_s};
    return kKeys;
}

QJsonObject AuditJson::toJson(const AuditEntry& entry) {
    return QJsonObject{
        {u"id"_s, entry.uuid},
        {u"local_id"_s, entry.id},
        {u"at"_s, entry.atUtc.toUTC().toString(Qt::ISODateWithMs)},
        {u"staff_id"_s, idOrNull(entry.staffId)},
        {u"action"_s, entry.action},
        {u"subject_type"_s, idOrNull(entry.subjectType)},
        {u"subject_id"_s, isSubjectId(entry.subjectId) ? QJsonValue(entry.subjectId) : QJsonValue()},
        {u"detail"_s, allowedDetail(entry.detail)},
    };
}

QJsonObject AuditJson::batch(const QList<AuditEntry>& entries) {
    QJsonArray list;
    for (const AuditEntry& entry : entries)
        list.append(toJson(entry));
    return QJsonObject{{u"entries"_s, list}};
}
