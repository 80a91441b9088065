#include "CustomerService.h"

#include "ChangeLog.h"
#include "Clock.h"
#include "ConsentEventLog.h"
#include "CustomerTable.h"
#include "NoteService.h"
#include "ServerDatabase.h"
#include "ServerLog.h"
#include "StoreDirectory.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

CustomerService::CustomerService(ServerDatabase& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

Result<CustomerService::Upserted> CustomerService::upsert(Customer customer) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun.error();

    CustomerTable table(db.value());
    // Checked inside the write transaction, so nobody can take the number between check and write;
    // explicit checks also give a clear problem instead of a driver-specific constraint message.
    for (const auto& [column, value] : {std::pair{u"customer_no"_s, customer.customerNo},
                                        std::pair{u"loyalty_card"_s, customer.loyaltyCard}}) {
        if (value.isEmpty())
            continue;
        const Result<bool> taken = table.isTaken(column, value, customer.id);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(u"conflict", u"Another customer already has this %1."_s.arg(column), 409);
    }
    if (!customer.preferredStoreId.isEmpty()) {
        const auto store = StoreDirectory(db.value()).find(customer.preferredStoreId);
        if (!store)
            return store.error();
        if (!store.value())
            return makeError(u"invalid_value", u"preferred_store_id names no known store."_s, 422);
    }

    const Result<std::optional<Customer>> existing = table.find(customer.id);
    if (!existing)
        return existing.error();
    const Result<qint64> seq = ChangeLog(db.value()).next();
    if (!seq)
        return seq.error();
    const bool created = !existing.value().has_value();
    customer.version = created ? 1 : existing.value()->version + 1;
    customer.updatedAt = m_clock.nowUtc();
    const Status written =
        created ? table.insert(customer, seq.value()) : table.update(customer, seq.value());
    if (!written)
        return written.error();
    if (Status untombed = ChangeLog(db.value()).removeTombstone(kFeed, customer.id); !untombed)
        return untombed.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcServer) << "customer" << customer.id << (created ? "created" : "updated") << "version"
                     << customer.version << "seq" << seq.value();
    return Upserted{std::move(customer), created};
}

Status CustomerService::remove(const QString& id) {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Transaction tx(db.value(), Transaction::Mode::Write);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const Result<bool> removed = CustomerTable(db.value()).remove(id);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return makeError(u"not_found", u"There is no customer with this id."_s, 404);
    ChangeLog changes(db.value());
    const Result<qint64> seq = changes.next();
    if (!seq)
        return seq.error();
    if (Status tombed = changes.addTombstone(kFeed, id, seq.value(), m_clock.nowUtc()); !tombed)
        return tombed;
    // Erasure takes the customer's notes and consent history with it, so devices drop them too.
    const Result<int> notes = NoteService(db.value()).removeForCustomer(id, m_clock.nowUtc());
    if (!notes)
        return notes.error();
    const Result<int> consents = ConsentEventLog(db.value()).removeForCustomer(id, m_clock.nowUtc());
    if (!consents)
        return consents.error();
    if (Status committed = tx.commit(); !committed)
        return committed;
    qCInfo(lcServer) << "customer" << id << "deleted with" << notes.value() << "notes and" << consents.value()
                     << "consent changes, seq" << seq.value();
    return {};
}
