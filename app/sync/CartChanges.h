#pragma once

#include "Cart.h"
#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"

#include <QJsonObject>

// Changes to a customer's cart at the counter, online or offline: in one transaction the cache gets
// the changed cart and the outbox a cart.put (PUT /v1/carts/{id}, the whole cart; If-Match the cached
// version, none for a new cart). The server's answer replaces the cached cart; a discard puts the
// cart back as it was, as far as no later change of the same cart still stands.
class CartChanges {
public:
    struct Changed {
        OutboxEntry entry;
        Cart cart;
        bool created = false; // a new cart was started for the customer
    };

    explicit CartChanges(Database& database, const Clock& clock = Clock::system());

    // Adds quantity pieces of the article with this EAN to the customer's store cart in this store
    // (the most recently changed one of this store; a new one when there is none).
    // local.customer_unknown, local.product_unknown, local.quantity_invalid.
    Result<Changed> addToStoreCart(const QString& customerId, const QString& ean, int quantity,
                                   const QString& staffId, const QString& storeId);

    // The server's Cart for a cart.put row: replaces the cached cart unless a later change of it is
    // still waiting, and moves the If-Match of those later rows on to the new version.
    static Status applyAnswer(QSqlDatabase db, const OutboxEntry& row, const QJsonObject& answer,
                              const Clock& clock);
    // Undoes a discarded cart.put.
    static Status undo(QSqlDatabase db, const OutboxEntry& entry, const Clock& clock);

private:
    Database& m_database;
    const Clock& m_clock;
};
