#pragma once

#include "Cart.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// Reads and writes rows of the carts table as the core Cart, inside the caller's write transaction:
// each write takes a change sequence number so the carts feed delivers it, and a removal leaves a
// tombstone there. Prices in the lines are stored as the server set them.
class CartTable {
public:
    explicit CartTable(QSqlDatabase db);

    Result<std::optional<Cart>> find(const QString& id) const;
    Result<std::optional<Cart>> findByHandoffCode(const QString& code) const;
    // The customer's most recently changed cart of origin online.
    Result<std::optional<Cart>> latestOnlineCart(const QString& customerId) const;
    Result<bool> handoffCodeTaken(const QString& code) const;

    // Inserts or replaces the cart as given (version and updated_at included).
    Status write(const Cart& cart);
    // Deletes the cart; the carts feed reports it in deleted.
    Status remove(const QString& id, const QDateTime& now);

private:
    Result<std::optional<Cart>> findWhere(const QString& condition, const QString& value) const;

    QSqlDatabase m_db;
};
