#pragma once

#include "DemoCatalogGenerator.h"

#include <QStringList>
#include <QVariant>

#include <optional>
#include <random>
#include <string>
#include <vector>

// Makes the demo orders of one customer across the channels (webshop ~45 %, app ~15 %,
// marketplace:<name> ~10 %, store receipts ~30 %) and the returns of about 15 % of the delivered online
// orders, with returned_quantity on the order lines matching the returns. Rows come out as the column
// values of the orders and returns tables (seq last, to be filled in by the caller).
class DemoOrderBuilder {
public:
    struct Customer {
        QString id;
        QString firstName;
        QString lastName;
        QString preferredStoreId; // may be empty
        qint64 sinceMs = 0;
    };
    struct Line {
        const DemoCatalogGenerator::Product* product = nullptr;
        int quantity = 1;
        int returned = 0;
    };
    struct Order {
        QString id;
        QString orderNo;
        QString channel;
        QString customerId;
        QString storeId; // empty: null
        qint64 placedMs = 0;
        std::vector<Line> lines;
        std::string payment;
        QString fulfilment;
        qint64 deliveredMs = -1; // -1: null
        QString state;
        qint64 version = 1;
        qint64 updatedMs = 0;
    };

    static inline const QStringList kOrderColumns{
        QStringLiteral("id"),          QStringLiteral("order_no"),     QStringLiteral("channel"),
        QStringLiteral("customer_id"), QStringLiteral("store_id"),     QStringLiteral("placed_at"),
        QStringLiteral("lines"),       QStringLiteral("payment"),      QStringLiteral("totals"),
        QStringLiteral("fulfilment"),  QStringLiteral("delivered_at"), QStringLiteral("state"),
        QStringLiteral("version"),     QStringLiteral("updated_at"),   QStringLiteral("seq")};
    static inline const QStringList kReturnColumns{QStringLiteral("id"),
                                                   QStringLiteral("order_no"),
                                                   QStringLiteral("store_id"),
                                                   QStringLiteral("channel"),
                                                   QStringLiteral("requester_staff_id"),
                                                   QStringLiteral("lines"),
                                                   QStringLiteral("refund"),
                                                   QStringLiteral("approvals"),
                                                   QStringLiteral("state"),
                                                   QStringLiteral("created_at"),
                                                   QStringLiteral("version"),
                                                   QStringLiteral("updated_at"),
                                                   QStringLiteral("seq")};

    DemoOrderBuilder(std::mt19937_64& random, const std::vector<DemoCatalogGenerator::Product>& products,
                     qint64 nowMs);

    // The customer's order history: orders, and their returns, appended as table rows.
    void addHistory(const Customer& customer, std::vector<std::vector<QVariant>>& orders,
                    std::vector<std::vector<QVariant>>& returns);

    // A Click & Collect order (webshop or app, fulfilment pickup) for store, placed at placedMs; state and
    // delivered_at are the caller's to set. At least two pieces when pieces > 1.
    Order pickupOrder(const Customer& customer, const QString& storeId, qint64 placedMs, int minPieces);
    std::vector<QVariant> orderRow(const Order& order) const;

    QString randomStore();
    // "st-hh-0003": the n-th demo staff member of a store (DemoStaffGenerator makes at least four).
    static QString staffId(const QString& storeId, int n);
    quint64 below(quint64 bound) { return m_random() % bound; }

private:
    Order baseOrder(const Customer& customer, QChar prefix, qint64 placedMs);
    void addLines(Order& order, int minPieces);
    std::string payment(const QString& channel);
    std::optional<std::vector<QVariant>> makeReturn(Order& order, const Customer& customer);
    qint64 placedBetween(qint64 fromMs, qint64 toMs);

    std::mt19937_64& m_random;
    const std::vector<DemoCatalogGenerator::Product>& m_products;
    qint64 m_nowMs;
    QStringList m_storeIds;
    quint64 m_orderCounter = 0;
    quint64 m_returnCounter = 0;
    qint64 m_numbers[4] = {48000, 12000, 7000, 150000}; // running order numbers of W, A, M, F
};
