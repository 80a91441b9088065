#include "StockLevelJson.h"

#include "JsonFieldReader.h"

using namespace Qt::StringLiterals;

QJsonObject StockLevelJson::toJson(const StockLevel& s) {
    return QJsonObject{
        {u"id"_s, s.id},
        {u"sku"_s, s.sku},
        {u"location"_s, s.location},
        {u"quantity"_s, s.quantity},
        {u"version"_s, s.version},
        {u"updated_at"_s, JsonOut::timestamp(s.updatedAt)},
    };
}

Result<StockLevel> StockLevelJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"stock"_s);
    StockLevel s;
    s.id = r.id();
    s.sku = r.nonEmptyString(u"sku");
    s.location = r.nonEmptyString(u"location");
    s.quantity = int(qMin<qint64>(r.integer(u"quantity", 0), std::numeric_limits<int>::max()));
    s.version = r.integer(u"version", 1);
    s.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return s;
}
