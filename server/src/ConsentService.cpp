#include "ConsentService.h"

#include "ChangeLog.h"
#include "ConsentEventLog.h"
#include "CustomerTable.h"
#include "ServerDatabase.h"

#include <QUuid>

using namespace Qt::StringLiterals;

ConsentService::ConsentService(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<ConsentService::Outcome> ConsentService::apply(Change change, const QDateTime& now) {
    CustomerTable table(m_db);
    const Result<std::optional<Customer>> found = table.find(change.customerId);
    if (!found)
        return found.error();
    if (!found.value())
        return Outcome{Outcome::Kind::NotFound, {}};
    Customer customer = *found.value();
    if (customer.version != change.expectedVersion)
        return Outcome{Outcome::Kind::Stale, std::move(customer)};

    change.consent.changedAt = now;
    bool replaced = false;
    for (Consent& consent : customer.consents) {
        if (consent.purpose == change.consent.purpose) {
            consent = change.consent;
            replaced = true;
        }
    }
    if (!replaced)
        customer.consents.append(change.consent);
    customer.version += 1;
    customer.updatedAt = now;

    const Result<qint64> seq = ChangeLog(m_db).next();
    if (!seq)
        return seq.error();
    if (Status written = table.update(customer, seq.value()); !written)
        return written.error();

    ConsentEventLog log(m_db);
    ConsentEventLog::Recorded recorded;
    recorded.event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    recorded.event.customerId = customer.id;
    recorded.event.purpose = change.consent.purpose;
    recorded.event.granted = change.consent.granted;
    recorded.event.channel = change.consent.source;
    recorded.event.at = now;
    // Given at a store's counter: that is the store of the device that recorded it.
    if (change.consent.source == u"store") {
        const Result<QString> store = log.storeOfDevice(change.deviceId);
        if (!store)
            return store.error();
        recorded.event.storeId = store.value();
    }
    recorded.staffId = change.staffId;
    recorded.deviceId = change.deviceId;
    if (Status logged = log.record(recorded, seq.value()); !logged)
        return logged.error();
    return Outcome{Outcome::Kind::Changed, std::move(customer)};
}
