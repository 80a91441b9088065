#include "OrderRow.h"

#include "CacheSql.h"
#include "OrderJson.h"
#include "SaleFacts.h"

OrderRow OrderRow::of(Order order) {
    OrderRow row;
    row.linesJson = OrderJson::linesText(order.lines);
    row.paymentJson = OrderJson::paymentText(order.payment);
    row.totalsJson = OrderJson::totalsText(order.totals);
    row.placedAt = CacheSql::timeText(order.placedAt);
    row.deliveredAt = CacheSql::timeText(order.deliveredAt);
    row.updatedAt = CacheSql::timeText(order.updatedAt);
    row.pieces = OrderFacts::of(order).pieces;
    row.order = std::move(order);
    return row;
}

Result<OrderRow> OrderRow::fromJson(const QJsonObject& object) {
    Result<Order> order = OrderJson::fromJson(object);
    if (!order)
        return order.error();
    return of(std::move(order).value());
}
