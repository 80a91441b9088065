#pragma once

#include "Money.h"
#include "Order.h"
#include "ReturnRecord.h"

#include <QDateTime>
#include <QString>

// What the customer's figures and timeline need of an order: no lines, only how many pieces.
// The cache reads these with one small query per customer, without decoding every order's JSON.
struct OrderFacts {
    QString id;
    QString orderNo;
    QString channel;
    QString state;
    QDateTime placedAt;
    Money gross;
    int pieces = 0;

    static OrderFacts of(const Order& order) {
        int pieces = 0;
        for (const OrderLine& line : order.lines)
            pieces += line.quantity;
        return {order.id,       order.orderNo,      order.channel, order.state,
                order.placedAt, order.totals.gross, pieces};
    }
    bool operator==(const OrderFacts&) const = default;
};

// What the figures and the timeline need of a return.
struct ReturnFacts {
    QString id;
    QString orderNo;
    QString channel; // where it was taken back
    QString state;
    QDateTime createdAt;
    Money refund;
    int pieces = 0;

    static ReturnFacts of(const ReturnRecord& r) {
        int pieces = 0;
        for (const ReturnLine& line : r.lines)
            pieces += line.quantity;
        return {r.id, r.orderNo, r.channel, r.state, r.createdAt, r.refund.amount, pieces};
    }
    bool operator==(const ReturnFacts&) const = default;
};
