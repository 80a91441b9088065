#pragma once

#include "CartConflicts.h"
#include "CartPage.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class AvailabilityPanel;
class CacheWriter;
class ProductSearchPanel;
class Session;

// The cart desk behind its page: reads the customer's carts, their articles and what still waits
// for the server from the cache; makes each change through CartChanges (cache and outbox in one
// transaction, offline as online); and resolves a 412 through CartConflicts after the associate has
// compared both versions (CartMergeDialog).
//
// Without a customer the page says how to open a cart: a store associate builds a cart for someone,
// and a cart nobody can find again from the customer view would be lost on this device.
class CartDesk : public QObject {
    Q_OBJECT

public:
    // Asked when the associate wants to resolve a conflict; nothing = cancelled.
    using MergeChooser =
        std::function<std::optional<CartConflicts::Resolution>(const CartConflicts::Conflict&)>;

    CartDesk(QSqlDatabase db, QWidget* parentWidget);
    ~CartDesk() override;

    CartPage* page() const { return m_page; }
    void setSession(Session* session);
    void setOnline(std::function<bool()> online) { m_online = std::move(online); }
    void setMergeChooser(MergeChooser chooser) { m_chooser = std::move(chooser); }
    QString customerId() const { return m_customerId; }
    bool isOnline() const { return m_online && m_online(); }
    QString staffId() const;
    // The panels in the page's right-hand column: find an article, where the selected one is available.
    ProductSearchPanel* searchPanel() const { return m_searchPanel; }
    AvailabilityPanel* availabilityPanel() const { return m_availability; }
    const std::optional<Cart>& shownCart() const { return m_shown; }

    // Opens the customer's carts (the online one first, if there is one); false when not cached.
    bool openCustomer(const QString& customerId);
    // Opens the cart's customer with this cart shown; false when the cart is not cached.
    bool openCart(const QString& cartId);
    void clear();
    // Reads everything again (after a sync, a push or a discard on the sync screen).
    void refresh();
    void show(CartPage::Which which);

    bool scan(const QString& code);
    // One piece of a product chosen in the product search (ProductSearchPanel::productChosen).
    bool addProduct(const Product& product);
    // The SKU by value: callers pass one from the lines model, which the change reloads.
    bool setQuantity(QString sku, int quantity);
    bool removeLine(QString sku);
    bool undoRemoval();
    // The banner's action: fetch the customer's version, compare and choose, or go to the sync screen.
    bool resolveConflict();
    bool resolve(CartConflicts::Resolution resolution);

Q_SIGNALS:
    void localChangeMade();
    void syncRequested();
    void syncScreenRequested();

private:
    struct Removed {
        QString cartId;
        CartLine line;
        int position = 0;
    };
    Database* writer();
    bool changed(const Result<CartChanges::Changed>& result, const QString& message,
                 const QString& scanned = {});
    void showConflict(const std::optional<Cart>& cart);

    QSqlDatabase m_db;
    QString m_storeId;
    std::unique_ptr<CacheWriter> m_writer;
    CartPage* m_page;
    ProductSearchPanel* m_searchPanel;
    AvailabilityPanel* m_availability;
    QPointer<Session> m_session;
    std::function<bool()> m_online;
    MergeChooser m_chooser;
    QString m_customerId;
    CartPage::Which m_which = CartPage::Which::Online;
    std::optional<Cart> m_onlineCart;
    std::optional<Cart> m_storeCart;
    std::optional<Cart> m_shown;
    std::optional<CartConflicts::Conflict> m_conflict;
    std::optional<Removed> m_removed;
    qint64 m_syncAskedForRow = 0;
};
