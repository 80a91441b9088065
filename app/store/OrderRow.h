#pragma once

#include "Order.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

// An order as the values of its cache columns, worked out once: lines, payment and totals as JSON,
// the times as CacheSql::timeText, every text in UTF-8 (SQLite's encoding, so binding them copies
// and converts nothing). The sync's decoding thread builds them from the feed (fromJson), so the thread
// that writes the page only binds them (OrderRepository::upsert). An empty text is stored as NULL
// where the column allows it.
struct OrderRow {
    QString id; // for messages
    QByteArray idUtf8;
    QByteArray orderNo;
    QByteArray channel;
    QByteArray customerId;
    QByteArray storeId;
    QByteArray placedAt;
    QByteArray linesJson;
    QByteArray paymentJson;
    QByteArray totalsJson;
    QByteArray fulfilment;
    QByteArray deliveredAt;
    QByteArray state;
    qint64 version = 0;
    QByteArray updatedAt;
    qint64 grossCents = 0;
    QByteArray currency;
    int pieces = 0;

    static OrderRow of(const Order& order);
    // OrderJson::fromJson, failing the same way.
    static Result<OrderRow> fromJson(const QJsonObject& object);
};
