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

// The rows the writing thread binds: folding the index text and encoding UTF-8 happen here, on the
// decoding thread when decode() ran.
Result<QList<CustomerRow>> decodeRows(const FeedPage& page) {
    const Result<QList<Customer>> customers = decodeItems(page);
    if (!customers)
        return customers.error();
    QList<CustomerRow> rows;
    rows.reserve(customers->size());
    for (const Customer& customer : customers.value())
        rows.append(CustomerRow::of(customer));
    return rows;
}

} // namespace

CustomerFeedApplier::CustomerFeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_repository(db) {}

void CustomerFeedApplier::decode(FeedPage& page) const {
    if (Result<QList<CustomerRow>> rows = decodeRows(page))
        keepDecoded(page, std::move(rows).value());
}

Status CustomerFeedApplier::apply(const FeedPage& page) {
    const Result<QList<CustomerRow>> rows = rowsOf<QList<CustomerRow>>(page, &decodeRows);
    if (!rows)
        return rows.error();
    if (Status upserted = m_repository.upsert(rows.value()); !upserted)
        return upserted;
    // The server's consents must not hide a change made here that has not reached it yet.
    QSet<QString> ids;
    for (const CustomerRow& row : rows.value())
        ids.insert(row.id);
    if (Status overlaid = WaitingConsents::overlay(m_db, ids); !overlaid)
        return overlaid;
    return m_repository.remove(page.deleted);
}
