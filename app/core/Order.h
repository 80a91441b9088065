#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One line of an order; returnedQuantity counts returns in every channel.
struct OrderLine {
    QString lineId; // stable within the order
    QString sku;
    QString name; // the article name at the time of the order
    int quantity = 0;
    Money unitPrice;
    Money total;
    int returnedQuantity = 0;

    int quantityLeft() const { return quantity - returnedQuantity; }
    bool operator==(const OrderLine&) const = default;
};

// How an order was paid; never card numbers.
struct Payment {
    // card, paypal, klarna, invoice, direct_debit, gift_card, voucher, cash, marketplace; pending_online,
    // pending_till for an order placed at the counter and not paid yet
    QString method;
    QString cardBrand;         // for card, else empty
    QString providerReference; // for refunds to the original payment; may be empty

    bool operator==(const Payment&) const = default;
};

struct Totals {
    Money net;
    Money vat;
    Money gross;
    Money shipping;

    bool operator==(const Totals&) const = default;
};

// An order from any channel, from the orders feed.
struct Order {
    QString id;
    QString orderNo;    // what the customer sees, e.g. "W-2025-0048213"
    QString channel;    // webshop, app, store, phone, marketplace:<name>
    QString customerId; // empty for guest orders (and after the customer was erased here)
    QString storeId;    // selling or pickup store; empty otherwise
    QDateTime placedAt;
    QList<OrderLine> lines;
    Payment payment;
    Totals totals;
    QString fulfilment;    // delivery, pickup
    QDateTime deliveredAt; // starts the withdrawal period; invalid until delivered
    QString state; // placed, paid, shipped, delivered, ready_for_pickup, collected, completed, cancelled
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const Order&) const = default;
};
