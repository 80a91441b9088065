#include "CustomerFeedApplier.h"

#include "CustomerJson.h"

CustomerFeedApplier::CustomerFeedApplier(QSqlDatabase db)
    : m_repository(std::move(db)) {}

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
    return m_repository.remove(page.deleted);
}
