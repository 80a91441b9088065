#include "ConsentEventJson.h"

#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

QJsonObject ConsentEventJson::toJson(const ConsentEvent& e) {
    return QJsonObject{
        {u"id"_s, e.id},
        {u"customer_id"_s, e.customerId},
        {u"purpose"_s, e.purpose},
        {u"granted"_s, e.granted},
        {u"channel"_s, e.channel},
        {u"store_id"_s, JsonOut::stringOrNull(e.storeId)},
        {u"changed_at"_s, JsonOut::timestamp(e.at)},
        // Rows never change on the server: always version 1, updated when made.
        {u"version"_s, 1},
        {u"updated_at"_s, JsonOut::timestamp(e.at)},
    };
}

Result<ConsentEvent> ConsentEventJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"consent event"_s);
    ConsentEvent e;
    e.id = r.id();
    e.customerId = r.nonEmptyString(u"customer_id");
    e.purpose = r.enumValue(u"purpose", {u"email", u"sms", u"phone", u"personalised_offers"});
    e.granted = r.boolean(u"granted");
    e.channel = r.channel(u"channel");
    e.storeId = r.nullableString(u"store_id");
    e.at = r.timestamp(u"changed_at");
    if (!r.ok())
        return r.error();
    return e;
}
