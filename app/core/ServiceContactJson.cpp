#include "ServiceContactJson.h"

#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

QJsonObject ServiceContactJson::toJson(const ServiceContact& c) {
    return QJsonObject{
        {u"id"_s, c.id},
        {u"customer_id"_s, c.customerId},
        {u"channel"_s, c.channel},
        {u"subject"_s, c.subject},
        {u"at"_s, JsonOut::timestamp(c.at)},
        {u"version"_s, c.version},
        {u"updated_at"_s, JsonOut::timestamp(c.updatedAt)},
    };
}

Result<ServiceContact> ServiceContactJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"service contact"_s);
    ServiceContact c;
    c.id = r.id();
    c.customerId = r.nonEmptyString(u"customer_id");
    c.channel = r.enumValue(u"channel", {u"phone", u"email", u"chat", u"store", u"letter", u"social"});
    c.subject = r.string(u"subject");
    c.at = r.timestamp(u"at");
    c.version = r.integer(u"version", 1);
    c.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return c;
}
