#pragma once

#include "Cart.h"
#include "Pickup.h"
#include "Result.h"
#include "ReturnRecord.h"

#include <QList>
#include <QSqlDatabase>

// What is still open between the store and one customer, for the customer view: pickups waiting
// (awaiting stock, ready, partly handed over), returns in progress (recorded, refund pending) and
// saved carts (with articles, not handed to the till yet). Read from the cache in three queries.
struct CustomerOpenItems {
    QList<Pickup> pickups;       // soonest deadline first, those without one last
    QList<ReturnRecord> returns; // newest first
    QList<Cart> carts;           // most recently changed first

    bool isEmpty() const { return pickups.isEmpty() && returns.isEmpty() && carts.isEmpty(); }
    static bool isWaiting(const Pickup& pickup);
    static bool isInProgress(const ReturnRecord& record);
    static bool isSaved(const Cart& cart);

    static Result<CustomerOpenItems> load(QSqlDatabase db, const QString& customerId);
};
