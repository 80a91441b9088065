#include "CtlContext.h"
#include "DeskCommands.h"

#include "AuditLog.h"
#include "CartJson.h"
#include "CartRepository.h"
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

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// export CUSTOMER_ID: everything this device holds about one customer, as one JSON document (the
// right of access, Art. 15 GDPR, for what is cached here). Audited; the content is never logged.

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

Status audit(Database& database, const QString& customerId, const QJsonObject& counts) {
    AuditEntry entry;
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.deviceId = SettingsRepository(database.sql()).value(SettingKey::kDeviceId.toString());
    entry.action = AuditAction::kCustomerExport.toString();
    entry.subjectType = u"customer"_s;
    entry.subjectId = customerId;
    QJsonObject detail = counts;
    detail.insert(u"via"_s, u"theke-ctl"_s);
    entry.detail = detail;
    const Result<qint64> appended = AuditLog(database.sql()).append(entry);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace

int DeskCommands::exportCustomer(CtlContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"customer_id"_s, u"The customer's id"_s);
    if (!parser.parse(QStringList{u"export"_s} + context.arguments()))
        return context.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"export needs exactly one CUSTOMER_ID"_s);
    const QString id = parser.positionalArguments().first();
    Database* database = context.database();
    if (!database)
        return CtlContext::kFailed;
    QSqlDatabase db = database->sql();
    const QString failed = u"export failed"_s;

    const std::optional<Customer> customer = CustomerRepository(db).find(id);
    if (!customer)
        return context.fail(failed, makeError(OutboxError::kCustomerUnknown,
                                              u"customer %1 is not in this device's cache"_s.arg(id)));

    QJsonArray notes;
    const Result<QList<Note>> cachedNotes = NoteRepository(db).forCustomer(id, kAll);
    if (!cachedNotes)
        return context.fail(failed, cachedNotes.error());
    for (const Note& note : cachedNotes.value())
        notes.append(noteJson(note));

    QJsonArray orders;
    QJsonArray pickups;
    const Result<QList<Order>> cachedOrders = OrderRepository(db).forCustomer(id, kAll);
    if (!cachedOrders)
        return context.fail(failed, cachedOrders.error());
    PickupRepository pickupRepository(db);
    for (const Order& order : cachedOrders.value()) {
        orders.append(OrderJson::toJson(order));
        const Result<QList<Pickup>> forOrder = pickupRepository.forOrderNo(order.orderNo);
        if (!forOrder)
            return context.fail(failed, forOrder.error());
        for (const Pickup& pickup : forOrder.value()) {
            QJsonObject json = PickupJson::toJson(pickup);
            json.remove(u"pickup_code_hash"_s); // a secret of the store, not data about the customer
            pickups.append(json);
        }
    }

    QJsonArray returns;
    const Result<QList<ReturnRecord>> cachedReturns = ReturnRepository(db).forCustomer(id, kAll);
    if (!cachedReturns)
        return context.fail(failed, cachedReturns.error());
    for (const ReturnRecord& record : cachedReturns.value())
        returns.append(ReturnJson::toJson(record));

    QJsonArray contacts;
    const Result<QList<ServiceContact>> cachedContacts = ServiceContactRepository(db).forCustomer(id, kAll);
    if (!cachedContacts)
        return context.fail(failed, cachedContacts.error());
    for (const ServiceContact& contact : cachedContacts.value())
        contacts.append(ServiceContactJson::toJson(contact));

    QJsonArray carts;
    const Result<QList<Cart>> cachedCarts = CartRepository(db).forCustomer(id, kAll);
    if (!cachedCarts)
        return context.fail(failed, cachedCarts.error());
    for (const Cart& cart : cachedCarts.value())
        carts.append(CartJson::toJson(cart));

    const QJsonObject counts{{u"notes"_s, notes.size()},       {u"orders"_s, orders.size()},
                             {u"returns"_s, returns.size()},   {u"pickups"_s, pickups.size()},
                             {u"contacts"_s, contacts.size()}, {u"carts"_s, carts.size()}};
    // Audited before anything leaves the device: an export that cannot be recorded does not happen.
    if (Status audited = audit(*database, id, counts); !audited)
        return context.fail(failed, audited.error());

    context.printJson(QJsonDocument(QJsonObject{
        {u"exported_at"_s, isoOrNull(QDateTime::currentDateTimeUtc())},
        {u"source"_s, u"device cache"_s},
        {u"profile"_s, CustomerJson::toJson(customer.value())},
        {u"notes"_s, notes},
        {u"orders"_s, orders},
        {u"returns"_s, returns},
        {u"pickups"_s, pickups},
        {u"contacts"_s, contacts},
        {u"carts"_s, carts},
    }));
    return CtlContext::kOk;
}
