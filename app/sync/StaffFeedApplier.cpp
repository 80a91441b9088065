#include "StaffFeedApplier.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

StaffFeedApplier::StaffFeedApplier(QSqlDatabase db)
    : m_repository(std::move(db)) {}

Result<StaffMember> StaffFeedApplier::fromJson(const QJsonObject& object) {
    // Only the id goes into the error: the row carries a name and a PIN hash.
    const QString id = object.value(u"id").toString();
    auto bad = [&id](const QString& what) {
        return makeError(ErrorCode::kApiBadResponse, u"staff row %1: %2"_s.arg(id, what));
    };
    if (id.isEmpty())
        return bad(u"missing id"_s);
    StaffMember member;
    member.id = id;
    member.storeId = object.value(u"store_id").toString();
    member.displayName = object.value(u"display_name").toString();
    if (member.displayName.isEmpty())
        return bad(u"missing display_name"_s);
    const QString role = object.value(u"role").toString();
    if (role == u"manager")
        member.role = StaffMember::Role::Manager;
    else if (role == u"associate")
        member.role = StaffMember::Role::Associate;
    else
        return bad(u"unknown role"_s);
    member.badgeCode = object.value(u"badge_code").toString();
    // The descriptor is kept as the server sent it; PinHash refuses weak or unknown ones at sign-in,
    // so one odd row cannot stop the whole feed.
    const QJsonValue pinHash = object.value(u"pin_hash");
    if (pinHash.isObject())
        member.pinHash = QString::fromUtf8(QJsonDocument(pinHash.toObject()).toJson(QJsonDocument::Compact));
    else if (pinHash.isString())
        member.pinHash = pinHash.toString();
    else
        return bad(u"missing pin_hash"_s);
    member.active = object.value(u"active").toBool(true);
    member.version = object.value(u"version").toInteger(0);
    member.updatedAt = QDateTime::fromString(object.value(u"updated_at").toString(), Qt::ISODateWithMs);
    return member;
}

Status StaffFeedApplier::apply(const FeedPage& page) {
    QList<StaffMember> staff;
    staff.reserve(page.items.size());
    for (const QJsonValue& item : page.items) {
        if (!item.isObject())
            return makeError(ErrorCode::kApiBadResponse, u"staff feed item is not an object"_s);
        Result<StaffMember> decoded = fromJson(item.toObject());
        if (!decoded)
            return decoded.error();
        staff.append(std::move(decoded).value());
    }
    if (Status upserted = m_repository.upsert(staff); !upserted)
        return upserted;
    return m_repository.remove(page.deleted);
}
