#pragma once

#include "Order.h"
#include "Result.h"

#include <QJsonObject>

// An order with the texts of its cache columns (lines, payment and totals as JSON, the times,
// the pieces) worked out once. The sync's fetch thread builds them from the feed (fromJson), so the
// thread that writes the page only binds them (OrderRepository::upsert).
struct OrderRow {
    Order order;
    QString linesJson;
    QString paymentJson;
    QString totalsJson;
    QString placedAt; // CacheSql::timeText; null when the time is not set
    QString deliveredAt;
    QString updatedAt;
    int pieces = 0;

    static OrderRow of(Order order);
    // OrderJson::fromJson, failing the same way.
    static Result<OrderRow> fromJson(const QJsonObject& object);
};
