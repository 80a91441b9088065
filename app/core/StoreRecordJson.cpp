#include "StoreRecordJson.h"

#include "JsonFieldReader.h"
#include "ReturnPolicyJson.h"

using namespace Qt::StringLiterals;

QJsonObject StoreRecordJson::toJson(const StoreRecord& s) {
    return QJsonObject{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"time_zone"_s, s.timeZone},
        {u"address"_s, QJsonObject{{u"street"_s, s.street},
                                   {u"postcode"_s, s.postcode},
                                   {u"city"_s, s.city},
                                   {u"country"_s, s.country}}},
        {u"phone"_s, s.phone},
        {u"return_policy"_s, ReturnPolicyJson::toJson(s.returnPolicy)},
        {u"version"_s, s.version},
        {u"updated_at"_s, JsonOut::timestamp(s.updatedAt)},
    };
}

Result<StoreRecord> StoreRecordJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"store"_s);
    StoreRecord s;
    s.id = r.id();
    s.name = r.string(u"name");
    s.timeZone = r.nonEmptyString(u"time_zone");
    if (!r.isNullOrAbsent(u"address")) {
        r.withObject(u"address", [&s](JsonFieldReader& a) {
            s.street = a.string(u"street");
            s.postcode = a.string(u"postcode");
            s.city = a.string(u"city");
            s.country = a.string(u"country");
        });
    }
    s.phone = r.nullableString(u"phone");
    // A server before return policies sends none: the defaults apply.
    if (!r.isNullOrAbsent(u"return_policy")) {
        const Result<ReturnPolicyConfig> policy = ReturnPolicyJson::fromJson(r.object(u"return_policy"));
        if (policy)
            s.returnPolicy = policy.value();
        else
            r.fail(u"return_policy", policy.error().detail);
    }
    s.version = r.integer(u"version", 1);
    s.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return s;
}
