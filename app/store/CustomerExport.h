#pragma once

#include "Database.h"
#include "Result.h"

#include <QJsonObject>

// Everything this device holds about one customer as one JSON document (right of access, Art. 15
// GDPR, for what is cached here): profile with consents and their history, notes, orders with their channel,
// returns, pickups (without the store's pickup-code hash), service contacts and carts. Audited before
// anything leaves: an export that cannot be recorded does not happen. The content is never logged.
class CustomerExport {
public:
    explicit CustomerExport(Database& database);

    // detail goes into the audit entry (e.g. {"via": "app", "approver_staff_id": …}); local.customer_unknown
    // when the customer is not cached.
    Result<QJsonObject> run(const QString& customerId, const QJsonObject& detail,
                            const QString& staffId = {});

private:
    Status audit(const QString& customerId, const QJsonObject& counts, const QJsonObject& detail,
                 const QString& staffId);

    Database& m_database;
};
