#pragma once

<<<<<<< HEAD
#include "Database.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

// Removes one customer from this device at a person's request (right to erasure), with its audit
// entry in the same transaction: there is no erasure without a trace, and no trace without the
// erasure. The search index still holds old text until CustomerRepository::purgeErasedText() runs
// (theke-ctl runs it at once; the app leaves it to the sync thread, since it is bulk work).
class CustomerErasure {
public:
    explicit CustomerErasure(Database& database);

    // store.query with a clear detail when the customer is not cached.
    Status erase(const QString& customerId, const QString& staffId, const QJsonObject& detail,
                 const QDateTime& atUtc);

private:
    Database& m_database;
=======
#include "Result.h"

#include <QSqlDatabase>

// What else the cache holds about a customer, removed when the customer is erased (a tombstone in
// the customers feed, or `theke-ctl erase`): their pickups (with authorised persons and handover
// recipients), the returns of their orders, carts and service contacts. Orders stay, because
// other customers' returns and stock need nothing from them, but lose their link to the person.
// Notes and consents are CustomerRepository's own. Runs inside the caller's transaction.
class CustomerErasure {
public:
    explicit CustomerErasure(QSqlDatabase db);

    Status removeLinkedRows(const QString& customerId);

private:
    QSqlDatabase m_db;
>>>>>>> client-cache
};
