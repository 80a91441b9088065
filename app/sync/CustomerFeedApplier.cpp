#include "CustomerFeedApplier.h"

#include "CustomerJson.h"
#include "WaitingConsents.h"

CustomerFeedApplier::CustomerFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_repository(db) {}

Status CustomerFeedApplier::apply(const FeedPage& page) {
    QList<Customer> customers;
    customers.reserve(page.items.size());
    for (const QJsonValue& item : page.items) {
        Result<Customer> decoded = CustomerJson::fromJson(item.toObject());
        if (!decoded)
            return decoded.error();
        customers.append(std::move(decoded).value());
    }
    if (Status upserted = m_repository.upsert(customers); !upserted)
        return upserted;
    // The server's consents must not hide a change made here that has not reached it yet.
    QSet<QString> ids;
    for (const Customer& customer : customers)
        ids.insert(customer.id);
    if (Status overlaid = WaitingConsents::overlay(m_db, ids); !overlaid)
        return overlaid;
    return m_repository.remove(page.deleted);
}
