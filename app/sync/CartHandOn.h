#pragma once

#include "Cart.h"
#include "Error.h"
#include "Order.h"
#include "OrderDraft.h"
#include "Profile.h"

#include <QFutureWatcher>
#include <QObject>

// Hands a cart on from the counter, where the associate's part of the sale ends:
//   handToTill          the cart gets a short code (shown with its QR code) the till loads it by;
//   handToOnlineAccount the lines go into the customer's online cart, the store cart is closed;
//   placeOrder          an order for delivery or pickup (endless aisle; OrderDraft::reservation is
//                       "reserve in another store for pickup").
// Each needs the server's answer at once, so nothing is queued in the outbox:
//   * offline (no connection, a timeout) → local.needs_network, and nothing changed anywhere;
//   * a cart with changes the server has not taken yet (outbox rows pending, sending, failed or in
//     conflict) → local.cart_changes_pending: the server would hand on an older cart, and a queued
//     change would bring a closed cart back. Sync (or resolve the conflict) first.
// The server's answer goes into the cache at once: the cart with its code; the online cart, and the
// handed-on cart removed; the new order, and its cart removed. A refusal keeps the server's code
// ("cart_empty", "insufficient_stock", "version_mismatch" …) for ErrorMessages::describe.
// A retry of the same hand-on (same cart, version and target) or of the same failed order sends the
// same Idempotency-Key, so a lost answer never hands on or orders twice.
// The async calls run on a pool thread with their own cache connection and libcurl; finished()
// comes back on the object's thread. The *Now functions do the same on the calling thread (theke-ctl,
// tests). No widgets.
class CartHandOn : public QObject {
    Q_OBJECT

public:
    enum class Kind { Till, OnlineAccount, Order };

    struct Outcome {
        Kind kind = Kind::Till;
        QString cartId; // the cart handed on; for an order the draft's cart (may be empty)
        Cart cart;      // Till: the cart with its handoffCode; OnlineAccount: the customer's online cart
        Order order;    // Order: as the server placed it (number, prices, totals)
        Error error;    // empty code on success

        bool ok() const { return error.code.isEmpty(); }
        // What the QR code next to the till code holds: "THEKE-CART:<code>".
        QString tillQrPayload() const;
    };

    explicit CartHandOn(Profile profile, QObject* parent = nullptr);
    ~CartHandOn() override; // waits for a running call

    // One call at a time; one made while another runs finishes at once with local.busy.
    bool isBusy() const;
    void handToTill(const QString& cartId, const QString& staffId);
    void handToOnlineAccount(const QString& cartId, const QString& staffId);
    void placeOrder(const OrderDraft& draft, const QString& staffId);

    static Outcome handToTillNow(const Profile& profile, const QString& cartId, const QString& staffId);
    static Outcome handToOnlineAccountNow(const Profile& profile, const QString& cartId,
                                          const QString& staffId);
    // idempotencyKey: empty for a new order; the key of an earlier failed attempt to retry it.
    static Outcome placeOrderNow(const Profile& profile, const OrderDraft& draft, const QString& staffId,
                                 const QString& idempotencyKey = {});

    static constexpr QStringView kQrPrefix = u"THEKE-CART:";

Q_SIGNALS:
    void finished(const CartHandOn::Outcome& outcome);

private:
    static Outcome handOff(const Profile& profile, Kind kind, const QString& cartId, const QString& staffId);
    void start(Kind kind, const std::function<Outcome()>& work);

    Profile m_profile;
    QFutureWatcher<Outcome>* m_watcher;
    OrderDraft m_lastFailedDraft; // with its key, so a retry after a lost answer is replayed
    QString m_lastFailedKey;
};

Q_DECLARE_METATYPE(CartHandOn::Outcome)
