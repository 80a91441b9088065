#include "OrderJson.h"

#include "JsonFieldReader.h"
#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace {

int count(JsonFieldReader& r, QStringView key, qint64 minimum) {
    return int(qMin<qint64>(r.integer(key, minimum), std::numeric_limits<int>::max()));
}

OrderLine readLine(JsonFieldReader& r) {
    OrderLine line;
    line.lineId = r.nonEmptyString(u"line_id");
    line.sku = r.string(u"sku");
    line.name = r.string(u"name");
    line.quantity = count(r, u"quantity", 1);
    line.unitPrice = r.money(u"unit_price");
    line.total = r.money(u"total");
    line.returnedQuantity = count(r, u"returned_quantity", 0);
    if (r.ok() && line.returnedQuantity > line.quantity)
        r.fail(u"returned_quantity", u"exceeds the quantity");
    return line;
}

Payment readPayment(JsonFieldReader& r) {
    Payment payment;
    payment.method =
        r.enumValue(u"method", {u"card", u"paypal", u"klarna", u"invoice", u"direct_debit", u"gift_card",
                                u"voucher", u"cash", u"marketplace", u"pending_online", u"pending_till"});
    payment.cardBrand = r.nullableString(u"card_brand");
    payment.providerReference = r.nullableString(u"provider_reference");
    return payment;
}

Totals readTotals(JsonFieldReader& r) {
    Totals totals;
    totals.net = r.money(u"net");
    totals.vat = r.money(u"vat");
    totals.gross = r.money(u"gross");
    totals.shipping = r.money(u"shipping");
    return totals;
}

} // namespace

QJsonArray OrderJson::linesToJson(const QList<OrderLine>& lines) {
    QJsonArray array;
    for (const OrderLine& line : lines) {
        array.append(QJsonObject{
            {u"line_id"_s, line.lineId},
            {u"sku"_s, line.sku},
            {u"name"_s, line.name},
            {u"quantity"_s, line.quantity},
            {u"unit_price"_s, line.unitPrice.toJson()},
            {u"total"_s, line.total.toJson()},
            {u"returned_quantity"_s, line.returnedQuantity},
        });
    }
    return array;
}

Result<QList<OrderLine>> OrderJson::linesFromJson(const QJsonArray& array) {
    JsonFieldReader r(QJsonObject{{u"lines"_s, array}}, u"order"_s);
    QList<OrderLine> lines;
    r.forEachObject(u"lines", [&lines](JsonFieldReader& item) { lines.append(readLine(item)); });
    if (!r.ok())
        return r.error();
    return lines;
}

QJsonObject OrderJson::paymentToJson(const Payment& p) {
    return QJsonObject{{u"method"_s, p.method},
                       {u"card_brand"_s, JsonOut::stringOrNull(p.cardBrand)},
                       {u"provider_reference"_s, JsonOut::stringOrNull(p.providerReference)}};
}

Result<Payment> OrderJson::paymentFromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"order payment"_s);
    Payment payment = readPayment(r);
    if (!r.ok())
        return r.error();
    return payment;
}

QJsonObject OrderJson::totalsToJson(const Totals& t) {
    return QJsonObject{{u"net"_s, t.net.toJson()},
                       {u"vat"_s, t.vat.toJson()},
                       {u"gross"_s, t.gross.toJson()},
                       {u"shipping"_s, t.shipping.toJson()}};
}

Result<Totals> OrderJson::totalsFromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"order totals"_s);
    Totals totals = readTotals(r);
    if (!r.ok())
        return r.error();
    return totals;
}

QString OrderJson::linesText(const QList<OrderLine>& lines) {
    JsonWriter w;
    w.beginArray();
    for (const OrderLine& line : lines) {
        w.beginObject()
            .key(u"line_id")
            .value(line.lineId)
            .key(u"sku")
            .value(line.sku)
            .key(u"name")
            .value(line.name)
            .key(u"quantity")
            .value(line.quantity)
            .key(u"unit_price")
            .money(line.unitPrice)
            .key(u"total")
            .money(line.total)
            .key(u"returned_quantity")
            .value(line.returnedQuantity)
            .endObject();
    }
    w.endArray();
    return w.text();
}

QString OrderJson::paymentText(const Payment& p) {
    JsonWriter w;
    w.beginObject()
        .key(u"method")
        .value(p.method)
        .key(u"card_brand")
        .stringOrNull(p.cardBrand)
        .key(u"provider_reference")
        .stringOrNull(p.providerReference)
        .endObject();
    return w.text();
}

QString OrderJson::totalsText(const Totals& t) {
    JsonWriter w;
    w.beginObject()
        .key(u"net")
        .money(t.net)
        .key(u"vat")
        .money(t.vat)
        .key(u"gross")
        .money(t.gross)
        .key(u"shipping")
        .money(t.shipping)
        .endObject();
    return w.text();
}

QJsonObject OrderJson::toJson(const Order& o) {
    return QJsonObject{
        {u"id"_s, o.id},
        {u"order_no"_s, o.orderNo},
        {u"channel"_s, o.channel},
        {u"customer_id"_s, JsonOut::stringOrNull(o.customerId)},
        {u"store_id"_s, JsonOut::stringOrNull(o.storeId)},
        {u"placed_at"_s, JsonOut::timestamp(o.placedAt)},
        {u"lines"_s, linesToJson(o.lines)},
        {u"payment"_s, paymentToJson(o.payment)},
        {u"totals"_s, totalsToJson(o.totals)},
        {u"fulfilment"_s, o.fulfilment},
        {u"delivered_at"_s, JsonOut::timestamp(o.deliveredAt)},
        {u"state"_s, o.state},
        {u"version"_s, o.version},
        {u"updated_at"_s, JsonOut::timestamp(o.updatedAt)},
    };
}

Result<Order> OrderJson::fromJson(const QJsonObject& object) {
    JsonFieldReader r(object, u"order"_s);
    Order o;
    o.id = r.id();
    o.orderNo = r.nonEmptyString(u"order_no");
    o.channel = r.channel(u"channel");
    o.customerId = r.nullableString(u"customer_id");
    o.storeId = r.nullableString(u"store_id");
    o.placedAt = r.timestamp(u"placed_at");
    r.forEachObject(
        u"lines", [&o](JsonFieldReader& item) { o.lines.append(readLine(item)); }, 1);
    r.withObject(u"payment", [&o](JsonFieldReader& p) { o.payment = readPayment(p); });
    r.withObject(u"totals", [&o](JsonFieldReader& t) { o.totals = readTotals(t); });
    o.fulfilment = r.enumValue(u"fulfilment", {u"delivery", u"pickup"});
    o.deliveredAt = r.nullableTimestamp(u"delivered_at");
    o.state = r.enumValue(u"state", {u"placed", u"paid", u"shipped", u"delivered", u"ready_for_pickup",
                                     u"collected", u"completed", u"cancelled"});
    o.version = r.integer(u"version", 1);
    o.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return r.error();
    return o;
}
