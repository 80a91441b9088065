#pragma once

#include "Result.h"

#include <QSqlDatabase>

// What else the cache holds about a customer, removed when the customer is erased (a tombstone in
// the customers feed, or `theke-ctl erase`): their pickups (with authorised persons and handover
// recipients), the returns of their orders, carts, service contacts and consent history. Orders stay, because
// other customers' returns and stock need nothing from them, but lose their link to the person.
// Notes and consents are CustomerRepository's own. Runs inside the caller's transaction.
class CustomerErasure {
public:
    explicit CustomerErasure(QSqlDatabase db);

    Status removeLinkedRows(const QString& customerId);

private:
    QSqlDatabase m_db;
};
