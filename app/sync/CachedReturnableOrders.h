#pragma once

#include "Order.h"
#include "ReturnRecord.h"
#include "ReturnableOrderSource.h"

#include <QSqlDatabase>

// Finds orders for the returns desk in the cache, so returns work offline: the order with its
// lines and returned quantities, whether each article is returnable (from the products), what was
// refunded before (from the returns), the pieces refused at its pickup handovers and not taken back
// yet (from the pickups and returns) and the store's time zone (from the stores).
class CachedReturnableOrders final : public ReturnableOrderSource {
public:
    // storeId: this device's store, whose calendar counts the return periods.
    CachedReturnableOrders(QSqlDatabase db, QString storeId);

    Result<ReturnableOrder> find(const QString& orderNo) override;
    // The same for an order from elsewhere (the server's look-up): what the cache knows about its
    // products and this store comes from the cache; its earlier returns are the cache's and
    // serverReturns (the look-up's, from every store; they win over a cached copy of the same return).
    ReturnableOrder fromOrder(const Order& order, const QList<ReturnRecord>& serverReturns = {});

private:
    QSqlDatabase m_db;
    QString m_storeId;
};
