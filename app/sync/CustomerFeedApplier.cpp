#include "CustomerFeedApplier.h"

#include "CustomerJson.h"
#include "CustomerPageDecoder.h"
#include "WaitingConsents.h"

namespace {

Result<QList<Customer>> decodeItems(const FeedPage& page) {
    if (page.document)
        return CustomerPageDecoder::decode(*page.document);
    const QJsonArray& items = page.items;
    QList<Customer> customers;
    customers.reserve(items.size());
    for (const QJsonValue& item : items) {
        Result<Customer> decoded = CustomerJson::fromJson(item.toObject());
        if (!decoded)
            return decoded.error();
        customers.append(std::move(decoded).value());
    }
    return customers;
}

} // namespace

CustomerFeedApplier::CustomerFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_repository(db) {}

void CustomerFeedApplier::decode(FeedPage& page) const {
    if (Result<QList<Customer>> customers = decodeItems(page))
        keepDecoded(page, std::move(customers).value());
}

Status CustomerFeedApplier::apply(const FeedPage& page) {
    const Result<QList<Customer>> customers = rowsOf<QList<Customer>>(page, &decodeItems);
    if (!customers)
        return customers.error();
    if (Status upserted = m_repository.upsert(customers.value()); !upserted)
        return upserted;
    // The server's consents must not hide a change made here that has not reached it yet.
    QSet<QString> ids;
    for (const Customer& customer : customers.value())
        ids.insert(customer.id);
    if (Status overlaid = WaitingConsents::overlay(m_db, ids); !overlaid)
        return overlaid;
    return m_repository.remove(page.deleted);
}
