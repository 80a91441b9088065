#include "CustomerExport.h"

#include "AuditLog.h"
#include "CartJson.h"
#include "CartRepository.h"
#include "ConsentEventJson.h"
#include "ConsentEventRepository.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "NoteRepository.h"
#include "OrderJson.h"
#include "OrderRepository.h"
#include "OutboxEntry.h"
#include "PickupJson.h"
#include "PickupRepository.h"
#include "ReturnJson.h"
#include "ReturnRepository.h"
#include "ServiceContactJson.h"
#include "ServiceContactRepository.h"
#include "SettingsRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Enough for any real customer; the repositories want a bound.
constexpr int kAll = 1000000;

QJsonValue isoOrNull(const QDateTime& utc) {
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject noteJson(const Note& note) {
    return {{u"id"_s, note.id.isEmpty() ? QJsonValue() : QJsonValue(note.id)},
            {u"text"_s, note.text},
            {u"author_staff_id"_s, note.authorStaffId},
            {u"created_at"_s, isoOrNull(note.createdAt)},
            {u"pending"_s, note.pending}};
}

} // namespace

CustomerExport::CustomerExport(Database& database)
    : m_database(database) {}

Status CustomerExport::audit(const QString& customerId, const QJsonObject& counts, const QJsonObject& detail,
                             const QString& staffId) {
    AuditEntry entry;
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.deviceId = SettingsRepository(m_database.sql()).value(SettingKey::kDeviceId.toString());
    entry.staffId = staffId;
    entry.action = AuditAction::kCustomerExport.toString();
    entry.subjectType = u"customer"_s;
    entry.subjectId = customerId;
    QJsonObject all = counts;
    for (auto it = detail.begin(); it != detail.end(); ++it)
        all.insert(it.key(), it.value());
    entry.detail = all;
    const Result<qint64> appended = AuditLog(m_database.sql()).append(entry);
    if (!appended)
        return appended.error();
    return {};
}

Result<QJsonObject> CustomerExport::run(const QString& id, const QJsonObject& detail,
                                        const QString& staffId) {
    QSqlDatabase db = m_database.sql();

    const std::optional<Customer> customer = CustomerRepository(db).find(id);
    if (!customer)
        return makeError(OutboxError::kCustomerUnknown,
                         u"customer %1 is not in this device's cache"_s.arg(id));

    QJsonArray notes;
    const Result<QList<Note>> cachedNotes = NoteRepository(db).forCustomer(id, kAll);
    if (!cachedNotes)
        return cachedNotes.error();
    for (const Note& note : cachedNotes.value())
        notes.append(noteJson(note));

    QJsonArray orders;
    QJsonArray pickups;
    const Result<QList<Order>> cachedOrders = OrderRepository(db).forCustomer(id, kAll);
    if (!cachedOrders)
        return cachedOrders.error();
    PickupRepository pickupRepository(db);
    for (const Order& order : cachedOrders.value()) {
        orders.append(OrderJson::toJson(order));
        const Result<QList<Pickup>> forOrder = pickupRepository.forOrderNo(order.orderNo);
        if (!forOrder)
            return forOrder.error();
        for (const Pickup& pickup : forOrder.value()) {
            QJsonObject json = PickupJson::toJson(pickup);
            json.remove(u"pickup_code_hash"_s); // a secret of the store, not data about the customer
            pickups.append(json);
        }
    }

    QJsonArray returns;
    const Result<QList<ReturnRecord>> cachedReturns = ReturnRepository(db).forCustomer(id, kAll);
    if (!cachedReturns)
        return cachedReturns.error();
    for (const ReturnRecord& record : cachedReturns.value())
        returns.append(ReturnJson::toJson(record));

    QJsonArray contacts;
    const Result<QList<ServiceContact>> cachedContacts = ServiceContactRepository(db).forCustomer(id, kAll);
    if (!cachedContacts)
        return cachedContacts.error();
    for (const ServiceContact& contact : cachedContacts.value())
        contacts.append(ServiceContactJson::toJson(contact));

    QJsonArray carts;
    const Result<QList<Cart>> cachedCarts = CartRepository(db).forCustomer(id, kAll);
    if (!cachedCarts)
        return cachedCarts.error();
    for (const Cart& cart : cachedCarts.value())
        carts.append(CartJson::toJson(cart));

    // Every change of a consent the device knows, oldest first; one made here and not yet on the server
    // says so.
    QJsonArray consentHistory;
    const Result<QList<ConsentEvent>> cachedConsents = ConsentEventRepository(db).forCustomer(id, kAll);
    if (!cachedConsents)
        return cachedConsents.error();
    for (const ConsentEvent& event : cachedConsents.value()) {
        QJsonObject change = ConsentEventJson::toJson(event);
        change.insert(u"pending"_s, event.pending);
        consentHistory.append(change);
    }

    const QJsonObject counts{{u"notes"_s, notes.size()},
                             {u"orders"_s, orders.size()},
                             {u"returns"_s, returns.size()},
                             {u"pickups"_s, pickups.size()},
                             {u"contacts"_s, contacts.size()},
                             {u"carts"_s, carts.size()},
                             {u"consent_changes"_s, consentHistory.size()}};
    // Audited before anything leaves the device: an export that cannot be recorded does not happen.
    if (Status audited = audit(id, counts, detail, staffId); !audited)
        return audited.error();

    return QJsonObject{
        {u"exported_at"_s, isoOrNull(QDateTime::currentDateTimeUtc())},
        {u"source"_s, u"device cache"_s},
        {u"profile"_s, CustomerJson::toJson(customer.value())},
        {u"consent_history"_s, consentHistory},
        {u"notes"_s, notes},
        {u"orders"_s, orders},
        {u"returns"_s, returns},
        {u"pickups"_s, pickups},
        {u"contacts"_s, contacts},
        {u"carts"_s, carts},
    };
}
