#pragma once

#include "CartHandOn.h"
#include "OrderDraft.h"
#include "TillCodeDialog.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class CartDesk;
class QPushButton;
class QWidget;

// The hand-on buttons under the cart's lines: to the till (a code and its QR code), into the
// customer's online account, or as an order (delivery or pickup, CartOrderDialog). Each needs the
// server's answer at once: offline the buttons stay enabled and a click says the connection is
// needed (the associate learns why, instead of guessing at a grey button). While a call runs on
// CartHandOn's pool thread the buttons are disabled and the clicked one says what it is doing.
class CartHandOnDesk : public QObject {
    Q_OBJECT

public:
    // Asked for the order's details; nothing = cancelled.
    using OrderChooser = std::function<std::optional<OrderDraft>(const OrderDraft& base)>;
    // Asked before a reservation is placed; true = go ahead.
    using Confirmation = std::function<bool(const QString& question)>;

    CartHandOnDesk(CartDesk* desk, QSqlDatabase db);

    // The shared hand-on of this device (SyncService); none: every click says the network is needed.
    void setHandOn(CartHandOn* handOn);
    void setOrderChooser(OrderChooser chooser) { m_chooser = std::move(chooser); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    QWidget* bar() const { return m_bar; }
    QPushButton* tillButton() const { return m_till; }
    QPushButton* onlineButton() const { return m_online; }
    QPushButton* orderButton() const { return m_order; }
    // The code shown after the last hand-on to the till, while its dialog is open.
    TillCodeDialog* tillCodeDialog() const { return m_tillDialog; }

    bool handToTill();
    bool handToOnlineAccount();
    bool order();
    // "Reserve in another store" from the availability panel: one piece of sku for the open
    // customer, collected and paid at storeId (an order with pickup, OrderDraft::reservation).
    bool reserve(const QString& sku, const QString& storeId, const QString& storeName);

Q_SIGNALS:
    void handedOn(const CartHandOn::Outcome& outcome);

private:
    std::optional<Cart> startableCart();
    bool canReachServer();
    void begin(QPushButton* button, const QString& busyText);
    void onFinished(const CartHandOn::Outcome& outcome);
    void retranslate();

    CartDesk* m_desk;
    QSqlDatabase m_db;
    QPointer<CartHandOn> m_handOn;
    OrderChooser m_chooser;
    Confirmation m_confirm;
    QString m_reservedAt; // the store's name while a reservation runs
    QWidget* m_bar;
    QPushButton* m_till;
    QPushButton* m_online;
    QPushButton* m_order;
    QPointer<QPushButton> m_running;
    QPointer<TillCodeDialog> m_tillDialog;
};
