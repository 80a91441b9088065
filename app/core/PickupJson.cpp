#include "PickupJson.h"

#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace {

PickupLine readLine(JsonFieldReader& r) {
    PickupLine line;
    line.lineId = r.nonEmptyString(u"line_id");
    line.quantity = int(qMin<qint64>(r.integer(u"quantity", 1), std::numeric_limits<int>::max()));
    if (!r.isNullOrAbsent(u"unavailable")) {
        r.withObject(u"unavailable", [&line](JsonFieldReader& unavailable) {
            line.unavailableQuantity =
                int(qMin<qint64>(unavailable.integer(u"quantity", 1), std::numeric_limits<int>::max()));
            line.unavailableReason =
                unavailable.enumValue(u"reason", {u"not_found", u"damaged", u"stock_incorrect"});
        });
    }
    return line;
}

AuthorisedPerson readPerson(JsonFieldReader& r) {
    return AuthorisedPerson{r.nonEmptyString(u"name")};
}

PickupNotification readNotification(JsonFieldReader& r) {
    PickupNotification n;
    n.channel = r.enumValue(u"channel", {u"email", u"sms"});
    n.templateName = r.enumValue(u"template", {u"ready", u"reminder"});
    n.sentAt = r.timestamp(u"sent_at");
    n.staffId = r.nullableString(u"staff_id");
    return n;
}

Handover readHandover(JsonFieldReader& r) {
    Handover h;
    h.at = r.timestamp(u"at");
    h.staffId = r.nonEmptyString(u"staff_id");
    r.withObject(u"recipient", [&h](JsonFieldReader& recipient) {
        h.recipient.type = recipient.enumValue(u"type", {u"customer", u"authorised_person"});
        h.recipient.name = recipient.string(u"name");
    });
    r.withObject(u"identity_check", [&h](JsonFieldReader& check) {
        h.identityCheck.method =
            check.enumValue(u"method", {u"pickup_code", u"identity_document", u"known_customer"});
        h.identityCheck.documentType = check.nullableEnum(
            u"document_type", {u"id_card", u"passport", u"driving_licence", u"residence_permit"});
    });
    r.forEachObject(u"lines", [&h](JsonFieldReader& item) { h.lines.append(readLine(item)); });
    if (!r.isNullOrAbsent(u"refused_lines"))
        r.forEachObject(u"refused_lines",
                        [&h](JsonFieldReader& item) { h.refusedLines.append(readLine(item)); });
    return h;
}

QJsonObject lineToJson(const PickupLine& line) {
    QJsonObject object{{u"line_id"_s, line.lineId}, {u"quantity"_s, line.quantity}};
    // Only a line with pieces the store could not provide has it; the others stay as they always were.
    if (line.unavailableQuantity > 0)
        object.insert(u"unavailable"_s, QJsonObject{{u"quantity"_s, line.unavailableQuantity},
                                                    {u"reason"_s, line.unavailableReason}});
    return object;
}

// Decodes a stored list with the same rules as the feed, under the field name it has in a Pickup.
template <typename T, typename ReadFn>
Result<QList<T>> listFromJson(const QJsonArray& array, const QString& key, ReadFn read) {
    JsonFieldReader r(QJsonObject{{key, array}}, u"pickup"_s);
    QList<T> items;
    r.forEachObject(key, [&](JsonFieldReader& item) { items.append(read(item)); });
    if (!r.ok())
        return r.error();
    return items;
}

} // namespace

QJsonArray PickupJson::linesToJson(const QList<PickupLine>& lines) {
    QJsonArray array;
    for (const PickupLine& line : lines)
        array.append(lineToJson(line));
    return array;
}

Result<QList<PickupLine>> PickupJson::linesFromJson(const QJsonArray& array) {
    return listFromJson<PickupLine>(array, u"lines"_s, readLine);
}

QJsonArray PickupJson::authorisedPersonsToJson(const QList<AuthorisedPerson>& persons) {
    QJsonArray array;
    for (const AuthorisedPerson& person : persons)
        array.append(QJsonObject{{u"name"_s, person.name}});
    return array;
}

Result<QList<AuthorisedPerson>> PickupJson::authorisedPersonsFromJson(const QJsonArray& array) {
    return listFromJson<AuthorisedPerson>(array, u"authorised_persons"_s, readPerson);
}

QJsonArray PickupJson::notificationsToJson(const QList<PickupNotification>& notifications) {
    QJsonArray array;
    for (const PickupNotification& n : notifications) {
        array.append(QJsonObject{{u"channel"_s, n.channel},
                                 {u"template"_s, n.templateName},
                                 {u"sent_at"_s, JsonOut::timestamp(n.sentAt)},
                                 {u"staff_id"_s, JsonOut::stringOrNull(n.staffId)}});
    }
    return array;
}

Result<QList<PickupNotification>> PickupJson::notificationsFromJson(const QJsonArray& array) {
    return listFromJson<PickupNotification>(array, u"notifications"_s, readNotification);
}

QJsonArray PickupJson::handoversToJson(const QList<Handover>& handovers) {
    QJsonArray array;
    for (const Handover& h : handovers) {
        QJsonObject object{
            {u"at"_s, JsonOut::timestamp(h.at)},
            {u"staff_id"_s, h.staffId},
            {u"recipient"_s, QJsonObject{{u"type"_s, h.recipient.type}, {u"name"_s, h.recipient.name}}},
            {u"identity_check"_s,
             QJsonObject{{u"method"_s, h.identityCheck.method},
                         {u"document_type"_s, JsonOut::stringOrNull(h.identityCheck.documentType)}}},
            {u"lines"_s, linesToJson(h.lines)},
        };
        // Only a handover with refused pieces has them; the others stay as they always were.
        if (!h.refusedLines.isEmpty())
            object.insert(u"refused_lines"_s, linesToJson(h.refusedLines));
        array.append(object);
    }
    return array;
}

Result<QList<Handover>> PickupJson::handoversFromJson(const QJsonArray& array) {
    return listFromJson<Handover>(array, u"handovers"_s, readHandover);
}

QJsonObject PickupJson::toJson(const Pickup& p) {
    return QJsonObject{
        {u"id"_s, p.id},
        {u"order_no"_s, p.orderNo},
        {u"customer_id"_s, JsonOut::stringOrNull(p.customerId)},
        {u"store_id"_s, p.storeId},
        {u"state"_s, pickupStateWireName(p.state)},
        {u"lines"_s, linesToJson(p.lines)},
        {u"shelf"_s, JsonOut::stringOrNull(p.shelf)},
        {u"deadline"_s, JsonOut::timestamp(p.deadline)},
        {u"pickup_code_hash"_s, JsonOut::secretHash(p.pickupCodeHash)},
        {u"authorised_persons"_s, authorisedPersonsToJson(p.authorisedPersons)},
        {u"notifications"_s, notificationsToJson(p.notifications)},
        {u"handovers"_s, handoversToJson(p.handovers)},
        {u"version"_s, p.version},
        {u"updated_at"_s, JsonOut::timestamp(p.updatedAt)},
    };
}

Result<Pickup> PickupJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"pickup"_s);
    Pickup p;
    p.id = r.id();
    p.orderNo = r.nonEmptyString(u"order_no");
    p.customerId = r.nullableString(u"customer_id");
    p.storeId = r.nonEmptyString(u"store_id");
    const QString state = r.string(u"state");
    if (const std::optional<PickupState> known = pickupStateFromWireName(state))
        p.state = *known;
    else
        r.fail(u"state", u"has an unknown value");
    r.forEachObject(u"lines", [&p](JsonFieldReader& item) { p.lines.append(readLine(item)); });
    p.shelf = r.nullableString(u"shelf");
    p.deadline = r.nullableTimestamp(u"deadline");
    p.pickupCodeHash = r.secretHash(u"pickup_code_hash");
    r.forEachObject(u"authorised_persons",
                    [&p](JsonFieldReader& item) { p.authorisedPersons.append(readPerson(item)); });
    r.forEachObject(u"notifications",
                    [&p](JsonFieldReader& item) { p.notifications.append(readNotification(item)); });
    r.forEachObject(u"handovers", [&p](JsonFieldReader& item) { p.handovers.append(readHandover(item)); });
    p.version = r.integer(u"version", 1);
    p.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return p;
}
