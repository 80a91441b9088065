#include "PickupRepository.h"

#include "CacheSql.h"
#include "PickupJson.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns =
    u"id, order_no, customer_id, store_id, state, lines_json, shelf, deadline, pickup_code_hash, "
    u"authorised_persons_json, notifications_json, handovers_json, version, updated_at"_s;

template <typename T>
bool decodeList(const QVariant& stored, Result<QList<T>> (*decode)(const QJsonArray&), QList<T>& out) {
    const Result<QJsonArray> array = CacheSql::jsonArray(stored, u"pickup list"_s);
    if (!array)
        return false;
    Result<QList<T>> items = decode(array.value());
    if (!items)
        return false;
    out = std::move(items).value();
    return true;
}

Result<Pickup> readPickup(const QSqlQuery& q) {
    Pickup p;
    p.id = q.value(0).toString();
    p.orderNo = q.value(1).toString();
    p.customerId = q.value(2).toString();
    p.storeId = q.value(3).toString();
    const std::optional<PickupState> state = pickupStateFromWireName(q.value(4).toString());
    p.shelf = q.value(6).toString();
    p.deadline = CacheSql::time(q.value(7));
    p.pickupCodeHash = q.value(8).toString();
    p.version = q.value(12).toLongLong();
    p.updatedAt = CacheSql::time(q.value(13));
    if (!state || !decodeList(q.value(5), &PickupJson::linesFromJson, p.lines) ||
        !decodeList(q.value(9), &PickupJson::authorisedPersonsFromJson, p.authorisedPersons) ||
        !decodeList(q.value(10), &PickupJson::notificationsFromJson, p.notifications) ||
        !decodeList(q.value(11), &PickupJson::handoversFromJson, p.handovers))
        return makeError(ErrorCode::kStoreQuery, u"cached pickup %1 cannot be decoded"_s.arg(p.id));
    p.state = *state;
    return p;
}

Result<QList<Pickup>> readAll(QSqlQuery& query) {
    return CacheSql::readAll<Pickup>(query, u"reading pickups"_s, readPickup);
}

} // namespace

PickupRepository::PickupRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status PickupRepository::upsert(const QList<Pickup>& pickups) {
    if (pickups.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (Status s = CacheSql::prepare(
            query,
            u"INSERT INTO pickups (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (id) DO UPDATE SET order_no = excluded.order_no, customer_id = "
            u"excluded.customer_id, "
            u"store_id = excluded.store_id, state = excluded.state, lines_json = excluded.lines_json, "
            u"shelf = excluded.shelf, deadline = excluded.deadline, pickup_code_hash = "
            u"excluded.pickup_code_hash, "
            u"authorised_persons_json = excluded.authorised_persons_json, "
            u"notifications_json = excluded.notifications_json, handovers_json = excluded.handovers_json, "
            u"version = excluded.version, updated_at = excluded.updated_at "
            u"WHERE excluded.version >= pickups.version"_s.arg(kColumns));
        !s)
        return s;
    for (const Pickup& p : pickups) {
        const QVariant values[] = {p.id,
                                   CacheSql::text(p.orderNo),
                                   CacheSql::textOrNull(p.customerId),
                                   CacheSql::text(p.storeId),
                                   pickupStateWireName(p.state),
                                   CacheSql::json(PickupJson::linesToJson(p.lines)),
                                   CacheSql::textOrNull(p.shelf),
                                   CacheSql::timeOrNull(p.deadline),
                                   CacheSql::text(p.pickupCodeHash),
                                   CacheSql::json(PickupJson::authorisedPersonsToJson(p.authorisedPersons)),
                                   CacheSql::json(PickupJson::notificationsToJson(p.notifications)),
                                   CacheSql::json(PickupJson::handoversToJson(p.handovers)),
                                   p.version,
                                   CacheSql::timeOrNull(p.updatedAt)};
        for (int i = 0; i < int(std::size(values)); ++i)
            query.bindValue(i, values[i]);
        if (Status s = CacheSql::exec(query, u"writing pickup %1"_s.arg(p.id)); !s)
            return s;
    }
    return {};
}

Status PickupRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM pickups WHERE id = ?"_s, ids, u"removing a pickup"_s);
}

std::optional<Pickup> PickupRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM pickups WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    Result<QList<Pickup>> pickups = readAll(query);
    if (!pickups || pickups->isEmpty())
        return std::nullopt;
    return pickups.value().first();
}

Result<QList<Pickup>> PickupRepository::forOrderNo(const QString& orderNo) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT %1 FROM pickups WHERE order_no = ? ORDER BY id"_s.arg(kColumns));
        !s)
        return s.error();
    query.addBindValue(orderNo);
    return readAll(query);
}

Result<QList<Pickup>> PickupRepository::forCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT %1 FROM pickups WHERE customer_id = ? ORDER BY updated_at DESC, id LIMIT ?"_s.arg(
                       kColumns));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return readAll(query);
}

Result<QList<Pickup>> PickupRepository::forStore(const QString& storeId, const QList<PickupState>& states,
                                                 int limit) const {
    // Only placeholders are generated here; the states themselves are bound.
    QStringList placeholders(states.size(), u"?"_s);
    const QString stateFilter =
        states.isEmpty() ? QString() : u" AND state IN (%1)"_s.arg(placeholders.join(u", "_s));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT %1 FROM pickups WHERE store_id = ?%2 "
                   u"ORDER BY deadline IS NULL, deadline, order_no LIMIT ?"_s.arg(kColumns, stateFilter));
        !s)
        return s.error();
    query.addBindValue(storeId);
    for (PickupState state : states)
        query.addBindValue(pickupStateWireName(state));
    query.addBindValue(limit);
    return readAll(query);
}
