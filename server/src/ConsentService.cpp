#include "ConsentService.h"

#include "ChangeLog.h"
#include "CustomerTable.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

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

    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO consent_changes (seq, customer_id, purpose, granted, source, staff_id, "
                  "device_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(seq.value());
    query.addBindValue(customer.id);
    query.addBindValue(change.consent.purpose);
    query.addBindValue(change.consent.granted ? 1 : 0);
    query.addBindValue(change.consent.source);
    query.addBindValue(change.staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(change.staffId));
    query.addBindValue(change.deviceId);
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"record consent change");
    return Outcome{Outcome::Kind::Changed, std::move(customer)};
}
