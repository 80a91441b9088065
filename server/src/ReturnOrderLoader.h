#pragma once

#include "Result.h"
#include "ReturnRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

// Builds what the shared return rules (ReturnPolicy) judge from the server's tables: the order row
// with its lines' returned_quantity, the products' returnable flags, every earlier refund of the
// order from the returns table and the pieces refused at its pickup handovers. Read inside the return
// command's write transaction, so the facts cannot change before the return is booked.
class ReturnOrderLoader {
public:
    struct Order {
        QString id;
        QString orderNo;
        QJsonArray lines;             // as stored, to write the new returned_quantity back
        QHash<QString, QString> skus; // line id → SKU
        ReturnOrderFacts facts;
    };

    explicit ReturnOrderLoader(QSqlDatabase db);

    // nullopt when there is no order with this number. timeZone is the store's (days count there).
    Result<std::optional<Order>> load(const QString& orderNo, const QString& timeZone) const;

private:
    Result<Money> refundedBefore(const QString& orderNo, const QString& currency) const;
    Status addProductFacts(ReturnOrderLine& line, const QString& sku) const;
    // Pieces refused at the order's pickup handovers and not taken back by a return yet.
    Status addRefusedAtPickup(ReturnOrderFacts& facts, const QString& orderNo) const;

    QSqlDatabase m_db;
};
