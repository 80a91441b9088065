#include "CartJson.h"

#include "JsonFieldReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

CartLine readLine(JsonFieldReader& r) {
    CartLine line;
    line.sku = r.nonEmptyString(u"sku");
    line.name = r.string(u"name");
    line.quantity = int(qMin<qint64>(r.integer(u"quantity", 1), std::numeric_limits<int>::max()));
    line.unitPrice = r.money(u"unit_price");
    return line;
}

} // namespace

QJsonArray CartJson::linesToJson(const QList<CartLine>& lines) {
    QJsonArray array;
    for (const CartLine& line : lines) {
        array.append(QJsonObject{{u"sku"_s, line.sku},
                                 {u"name"_s, line.name},
                                 {u"quantity"_s, line.quantity},
                                 {u"unit_price"_s, line.unitPrice.toJson()}});
    }
    return array;
}

Result<QList<CartLine>> CartJson::linesFromJson(const QJsonArray& array) {
    JsonFieldReader r(QJsonObject{{u"lines"_s, array}}, u"cart"_s);
    QList<CartLine> lines;
    r.forEachObject(u"lines", [&lines](JsonFieldReader& item) { lines.append(readLine(item)); });
    if (!r.ok())
        return r.error();
    return lines;
}

QJsonObject CartJson::toJson(const Cart& c) {
    return QJsonObject{
        {u"id"_s, c.id},
        {u"customer_id"_s, JsonOut::stringOrNull(c.customerId)},
        {u"store_id"_s, JsonOut::stringOrNull(c.storeId)},
        {u"origin"_s, c.origin},
        {u"lines"_s, linesToJson(c.lines)},
        {u"handoff_code"_s, JsonOut::stringOrNull(c.handoffCode)},
        {u"version"_s, c.version},
        {u"updated_at"_s, JsonOut::timestamp(c.updatedAt)},
    };
}

Result<Cart> CartJson::fromJson(const QJsonObject& object) {
    static const QRegularExpression handoffPattern(u"^[0-9A-Z]{6,12}$"_s);
    JsonFieldReader r(object, u"cart"_s);
    Cart c;
    c.id = r.id();
    c.customerId = r.nullableString(u"customer_id");
    c.storeId = r.nullableString(u"store_id");
    c.origin = r.enumValue(u"origin", {u"online", u"store"});
    r.forEachObject(u"lines", [&c](JsonFieldReader& item) { c.lines.append(readLine(item)); });
    c.handoffCode = r.nullableString(u"handoff_code");
    if (r.ok() && !c.handoffCode.isEmpty() && !handoffPattern.match(c.handoffCode).hasMatch())
        r.fail(u"handoff_code", u"is not 6 to 12 digits or capital letters");
    c.version = r.integer(u"version", 1);
    c.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return c;
}
