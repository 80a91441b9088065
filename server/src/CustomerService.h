#pragma once

#include "Customer.h"
#include "Result.h"

class Clock;
class ServerDatabase;

// Changes customers the way every server write must: one write transaction that bumps the version,
// takes the next change sequence number and keeps the customers feed's tombstones right.
class CustomerService {
public:
    struct Upserted {
        Customer customer;
        bool created = false;
    };

    static inline const QString kFeed = QStringLiteral("customers");

    CustomerService(ServerDatabase& database, const Clock& clock);

    // Inserts or replaces customer.id; the given version and updated_at are ignored (server-owned).
    // 409 conflict when the customer number or loyalty card belongs to another customer,
    // 422 invalid_value for an unknown preferred store.
    Result<Upserted> upsert(Customer customer);
    // 404 not_found when there is no such customer.
    Status remove(const QString& id);

private:
    ServerDatabase& m_database;
    const Clock& m_clock;
};
