#pragma once

#include "DemoOrderBuilder.h"

#include <QByteArray>

// Makes the demo Click & Collect pickups: every store gets pickups in every PickupState, and ready ones
// past their deadline (overdue) too, each with its webshop or app order (fulfilment pickup). The
// k-th pickup goes to store k % 5 in state group (k / 5) % 7, so 35 pickups cover everything.
// Pickup codes are six characters; the feed carries only their PBKDF2 hash.
class DemoPickupBuilder {
public:
    static constexpr int kGroups = 7; // the six PickupStates plus overdue (ready, deadline passed)
    static constexpr int kCodeIterations = 10000; // the contract's minimum: codes are hashed in bulk
    static inline const QStringList kColumns{QStringLiteral("id"),
                                             QStringLiteral("order_no"),
                                             QStringLiteral("customer_id"),
                                             QStringLiteral("store_id"),
                                             QStringLiteral("state"),
                                             QStringLiteral("lines"),
                                             QStringLiteral("shelf"),
                                             QStringLiteral("deadline"),
                                             QStringLiteral("pickup_code_hash"),
                                             QStringLiteral("authorised_persons"),
                                             QStringLiteral("notifications"),
                                             QStringLiteral("handovers"),
                                             QStringLiteral("version"),
                                             QStringLiteral("updated_at"),
                                             QStringLiteral("seq")};

    struct Pickup {
        QString id;
        QString code; // plain, for demo_pickup_codes only
        QByteArray salt;
        std::vector<QVariant> row; // kColumns; pickup_code_hash and seq filled in later
    };

    DemoPickupBuilder(DemoOrderBuilder& orders, std::mt19937_64& random, qint64 nowMs);

    // The k-th pickup, for customer; its order row is appended to orders.
    Pickup make(int k, const DemoOrderBuilder::Customer& customer,
                std::vector<std::vector<QVariant>>& orders);

    // Fills in pickup_code_hash of every pickup, on every core (the hashes are slow on purpose).
    // False when OpenSSL failed.
    static bool hashCodes(std::vector<Pickup>& pickups);
    static constexpr int kHashColumn = 8;

private:
    quint64 below(quint64 bound) { return m_random() % bound; }
    std::string notification(const QString& storeId, const char* templateName, qint64 sentMs);

    DemoOrderBuilder& m_orders;
    std::mt19937_64& m_random;
    qint64 m_nowMs;
    quint64 m_counter = 0;
};
