#pragma once

#include "Order.h"
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
    // products, earlier returns and this store comes from the cache.
    ReturnableOrder fromOrder(const Order& order);

private:
    QSqlDatabase m_db;
    QString m_storeId;
};
