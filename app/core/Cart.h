#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct CartLine {
    QString sku;
    QString name;
    int quantity = 0;
    Money unitPrice;

    bool operator==(const CartLine&) const = default;
};

// A customer's cart, started online or at the counter, from the carts feed.
struct Cart {
    QString id;
    QString customerId; // empty for an anonymous cart
    QString storeId;    // the store that last worked on it; may be empty
    QString origin;     // online, store
    QList<CartLine> lines;
    QString handoffCode; // empty until handed off
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const Cart&) const = default;
};
