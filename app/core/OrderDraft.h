#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// An order the associate puts together at the counter for POST /v1/orders (endless aisle): what the
// customer wants, delivered home or collected in a store, paid online or at the till. The server
// prices it; the draft holds no prices. check() finds what the server would refuse for sure, so the
// associate hears it before anything is sent.
struct OrderDraft {
    enum class Fulfilment { Delivery, Pickup };
    enum class Payment { Online, Till };

    struct Line {
        QString sku;
        int quantity = 1;

        bool operator==(const Line&) const = default;
    };
    struct Address {
        QString street;
        QString postcode;
        QString city;
        QString country = QStringLiteral("DE");

        bool operator==(const Address&) const = default;
    };

    static constexpr int kMaxQuantity = 999;
    static constexpr int kMaxLines = 100;

    QString customerId;
    QString cartId; // the cart the lines came from, closed with the order; empty: none
    QList<Line> lines;
    Fulfilment fulfilment = Fulfilment::Delivery;
    std::optional<Address> deliveryAddress; // delivery only; none: the customer's address on file
    QString pickupStoreId;                  // pickup only
    bool reserve = true; // pickup: take the pieces from that store's stock now, not from the warehouse
    Payment payment = Payment::Till;

    // "Reserve in another store for pickup": one article, collected and paid at storeId.
    static OrderDraft reservation(const QString& customerId, const QString& sku, int quantity,
                                  const QString& storeId);

    // local.customer_unknown (no customer), local.order_empty, local.quantity_invalid,
    // local.store_required (pickup without a store), local.address_incomplete.
    Status check() const;
    // The request body of POST /v1/orders.
    QJsonObject toRequestJson() const;

    bool operator==(const OrderDraft&) const = default;
};
