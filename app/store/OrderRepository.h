#pragma once

#include "Order.h"
#include "OrderRow.h"
#include "Result.h"
#include "SaleFacts.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Orders of every channel as the orders feed delivers them; lines, payment and totals are kept as
// JSON text and come back decoded. Writers open no transaction: the feed applier groups a page and
// its cursor in one. A row is replaced only by one of the same or a newer version.
class OrderRepository {
public:
    explicit OrderRepository(QSqlDatabase db);

    Status upsert(const QList<Order>& orders);
    // The same with the column texts worked out before (OrderRow::of).
    Status upsert(const QList<OrderRow>& rows);
    Status remove(const QStringList& ids);

    std::optional<Order> find(const QString& id) const;
    // The order a customer or a receipt names, with its lines.
    std::optional<Order> findByOrderNo(const QString& orderNo) const;
    // The customer's orders, newest first, with their lines.
    Result<QList<Order>> forCustomer(const QString& customerId, int limit = 200) const;
    // The same orders without their lines (pieces summed by SQLite): for the figures and the
    // timeline, fast enough for thousands of orders.
    Result<QList<OrderFacts>> factsForCustomer(const QString& customerId, int limit = 200) const;

private:
    Result<QList<Order>> select(const QString& condition, const QString& value, int limit) const;

    QSqlDatabase m_db;
};
