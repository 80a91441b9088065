#pragma once

#include "Cart.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Carts as the carts feed delivers them; lines are kept as JSON text and come back decoded.
// Writers open no transaction: the feed applier groups a page and its cursor in one. A row is
// replaced only by one of the same or a newer version.
class CartRepository {
public:
    explicit CartRepository(QSqlDatabase db);

    Status upsert(const QList<Cart>& carts);
    Status remove(const QStringList& ids);

    std::optional<Cart> find(const QString& id) const;
    // The customer's carts, most recently changed first.
    Result<QList<Cart>> forCustomer(const QString& customerId, int limit = 50) const;
    // The customer's cart from the web shop or app (origin online), the most recently changed one.
    Result<std::optional<Cart>> onlineCart(const QString& customerId) const;
    // The customer's store cart in this store (origin store, of this store or of none), the most
    // recently changed one. Not the handoff code: theke-server gives every cart one at once.
    Result<std::optional<Cart>> storeCart(const QString& customerId, const QString& storeId) const;

private:
    QSqlDatabase m_db;
};
