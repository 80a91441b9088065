#pragma once

#include "Cart.h"
#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"

#include <QJsonObject>

#include <functional>

// Changes to a customer's cart at the counter, online or offline — the store cart and the customer's
// online cart alike: in one transaction the cache gets the changed cart and the outbox a cart.put
// (PUT /v1/carts/{id}, the whole cart; If-Match the cached version, none for a new cart). The server's
// answer replaces the cached cart; a discard puts the cart back as it was, as far as no later change
// of the same cart still stands. A cart whose change came back as a conflict takes no further change
// until the conflict is resolved (CartConflicts): a change on top would be built on a stale cart.
class CartChanges {
public:
    struct Changed {
        OutboxEntry entry;
        Cart cart;
        bool created = false; // a new cart was started for the customer
    };
    static constexpr int kMaxQuantity = 999; // per line, as the desk's spin box

    explicit CartChanges(Database& database, const Clock& clock = Clock::system());

    // Adds quantity pieces of the article with this EAN (or SKU) to the customer's store cart in this store
    // (the most recently changed one of this store; a new one when there is none).
    // local.customer_unknown, local.product_unknown, local.quantity_invalid.
    Result<Changed> addToStoreCart(const QString& customerId, const QString& ean, int quantity,
                                   const QString& staffId, const QString& storeId);
    // Adds quantity pieces of the article with this EAN (or SKU) to a cached cart, online or store.
    // local.cart_unknown, local.product_unknown, local.quantity_invalid, local.cart_conflict.
    Result<Changed> addToCart(const QString& cartId, const QString& eanOrSku, int quantity,
                              const QString& staffId, const QString& storeId);
    // Sets a line's quantity (1…999); 0 removes the line. local.cart_line_unknown besides the above.
    Result<Changed> setQuantity(const QString& cartId, const QString& sku, int quantity,
                                const QString& staffId, const QString& storeId);
    Result<Changed> removeLine(const QString& cartId, const QString& sku, const QString& staffId,
                               const QString& storeId);
    // Puts a removed line back at its place (undo of a removal), or its quantity if it is there again.
    Result<Changed> restoreLine(const QString& cartId, const CartLine& line, int position,
                                const QString& staffId, const QString& storeId);

    // Writes cart (changed from previous; none for a new cart) to the cache and queues its cart.put,
    // in the caller's transaction. The store that made the change is named in the request.
    static Result<OutboxEntry> put(QSqlDatabase db, const Clock& clock, const std::optional<Cart>& previous,
                                   const Cart& cart, const QString& staffId, const QString& storeId);
    // A change still waiting whose base the cached cart has passed: the server's cart moved on (the
    // customer changed it) and the push will meet a 412. The cart takes no change until then.
    static bool isOvertaken(const OutboxEntry& row, const std::optional<Cart>& cached);
    // The cart.put rows of a cart that still stand (not done, discarded or quarantined), oldest first.
    static Result<QList<OutboxEntry>> standingRows(QSqlDatabase db, const QString& cartId);

    // The server's Cart for a cart.put row: replaces the cached cart unless a later change of it is
    // still waiting, and moves the If-Match of those later rows on to the new version.
    static Status applyAnswer(QSqlDatabase db, const OutboxEntry& row, const QJsonObject& answer,
                              const Clock& clock);
    // Undoes a discarded cart.put.
    static Status undo(QSqlDatabase db, const OutboxEntry& entry, const Clock& clock);
    // After a pull: a cart still at the version a waiting change was built on shows that change again
    // (the feed brought the server's lines without it).
    static Status overlayWaiting(QSqlDatabase db, const QStringList& cartIds);

private:
    Result<Changed> edit(const QString& cartId, const QString& staffId, const QString& storeId,
                         const std::function<Status(QSqlDatabase, Cart&)>& change);

    Database& m_database;
    const Clock& m_clock;
};
