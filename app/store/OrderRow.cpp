#include "OrderRow.h"

#include "CacheSql.h"
#include "OrderJson.h"
#include "SaleFacts.h"

OrderRow OrderRow::of(const Order& o) {
    OrderRow row;
    row.id = o.id;
    row.idUtf8 = o.id.toUtf8();
    row.orderNo = o.orderNo.toUtf8();
    row.channel = o.channel.toUtf8();
    row.customerId = o.customerId.toUtf8();
    row.storeId = o.storeId.toUtf8();
    row.placedAt = CacheSql::timeText(o.placedAt).toUtf8();
    row.linesJson = OrderJson::linesText(o.lines).toUtf8();
    row.paymentJson = OrderJson::paymentText(o.payment).toUtf8();
    row.totalsJson = OrderJson::totalsText(o.totals).toUtf8();
    row.fulfilment = o.fulfilment.toUtf8();
    row.deliveredAt = CacheSql::timeText(o.deliveredAt).toUtf8();
    row.state = o.state.toUtf8();
    row.version = o.version;
    row.updatedAt = CacheSql::timeText(o.updatedAt).toUtf8();
    row.grossCents = o.totals.gross.cents;
    row.currency = o.totals.gross.currency.toUtf8();
    row.pieces = OrderFacts::of(o).pieces;
    return row;
}

Result<OrderRow> OrderRow::fromJson(const QJsonObject& object) {
    const Result<Order> order = OrderJson::fromJson(object);
    if (!order)
        return order.error();
    return of(order.value());
}
