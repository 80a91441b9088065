#include "PickupTable.h"

#include "ChangeLog.h"
#include "CommandSupport.h"
#include "PickupJson.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonArray arrayOf(const QVariant& column) {
    return QJsonDocument::fromJson(column.toString().toUtf8()).array();
}

} // namespace

PickupTable::PickupTable(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<Pickup>> PickupTable::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, order_no, customer_id, store_id, state, lines, shelf, deadline, pickup_code_hash, "
        "authorised_persons, notifications, handovers, version, updated_at FROM pickups WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read pickup");
    if (!query.next())
        return std::optional<Pickup>();
    Pickup p;
    p.id = query.value(0).toString();
    p.orderNo = query.value(1).toString();
    p.customerId = query.value(2).toString();
    p.storeId = query.value(3).toString();
    const std::optional<PickupState> state = pickupStateFromWireName(query.value(4).toString());
    Result<QList<PickupLine>> lines = PickupJson::linesFromJson(arrayOf(query.value(5)));
    Result<QList<AuthorisedPerson>> persons = PickupJson::authorisedPersonsFromJson(arrayOf(query.value(9)));
    Result<QList<PickupNotification>> notifications =
        PickupJson::notificationsFromJson(arrayOf(query.value(10)));
    Result<QList<Handover>> handovers = PickupJson::handoversFromJson(arrayOf(query.value(11)));
    if (!state || !lines || !persons || !notifications || !handovers)
        return makeError(u"internal_error", u"pickup row %1 is malformed"_s.arg(p.id), 500);
    p.state = *state;
    p.lines = lines.value();
    p.shelf = query.value(6).toString();
    if (!query.value(7).isNull())
        p.deadline = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs).toUTC();
    p.pickupCodeHash = query.value(8).toString();
    p.authorisedPersons = persons.value();
    p.notifications = notifications.value();
    p.handovers = handovers.value();
    p.version = query.value(12).toLongLong();
    p.updatedAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs).toUTC();
    return std::optional<Pickup>(std::move(p));
}

Status PickupTable::update(const Pickup& p, qint64 seq) {
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE pickups SET state = ?, lines = ?, shelf = ?, deadline = ?, notifications = ?, "
                  u"handovers = ?, "
                  "version = ?, updated_at = ?, seq = ? WHERE id = ?"_s);
    query.addBindValue(pickupStateWireName(p.state));
    query.addBindValue(CommandSupport::compact(PickupJson::linesToJson(p.lines)));
    query.addBindValue(CommandSupport::textOrNull(p.shelf));
    query.addBindValue(
        CommandSupport::textOrNull(p.deadline.isValid() ? CommandSupport::timestamp(p.deadline) : QString()));
    query.addBindValue(CommandSupport::compact(PickupJson::notificationsToJson(p.notifications)));
    query.addBindValue(CommandSupport::compact(PickupJson::handoversToJson(p.handovers)));
    query.addBindValue(p.version);
    query.addBindValue(CommandSupport::timestamp(p.updatedAt));
    query.addBindValue(seq);
    query.addBindValue(p.id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"write pickup");
    return {};
}

Result<QHash<QString, QString>> PickupTable::orderSkus(const QString& orderNo) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT lines FROM orders WHERE order_no = ?"_s);
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read order lines");
    QHash<QString, QString> skus;
    if (query.next()) {
        for (const QJsonValue& line : arrayOf(query.value(0)))
            skus.insert(line[u"line_id"].toString(), line[u"sku"].toString());
    }
    return skus;
}

Status PickupTable::markOrderHandedOver(const QString& orderNo, bool complete, bool delivered,
                                        const QDateTime& now) {
    const Result<qint64> seq = ChangeLog(m_db).next();
    if (!seq)
        return seq.error();
    const QString at = CommandSupport::timestamp(now);
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE orders SET delivered_at = COALESCE(delivered_at, ?), state = ?, version = version + 1, "
        "updated_at = ?, seq = ? WHERE order_no = ?"_s);
    query.addBindValue(delivered ? QVariant(at) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(complete ? u"collected"_s : u"ready_for_pickup"_s);
    query.addBindValue(at);
    query.addBindValue(seq.value());
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"mark order handed over");
    return {};
}
