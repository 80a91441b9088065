#pragma once

#include "Database.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

// Removes one customer from this device at a person's request (right to erasure), with its audit
// entry in the same transaction: there is no erasure without a trace, and no trace without the
// erasure. The search index still holds old text until CustomerRepository::purgeErasedText() runs
// (theke-ctl runs it at once; the app leaves it to the sync thread, since it is bulk work).
class CustomerEraser {
public:
    explicit CustomerEraser(Database& database);

    // store.query with a clear detail when the customer is not cached.
    Status erase(const QString& customerId, const QString& staffId, const QJsonObject& detail,
                 const QDateTime& atUtc);

private:
    Database& m_database;
};
