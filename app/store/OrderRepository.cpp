#include "OrderRepository.h"

#include "CacheSql.h"
#include "OrderJson.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"id, order_no, channel, customer_id, store_id, placed_at, lines_json, payment_json, "
                      u"totals_json, fulfilment, delivered_at, state, version, updated_at"_s;

Result<Order> readOrder(const QSqlQuery& q) {
    Order o;
    o.id = q.value(0).toString();
    o.orderNo = q.value(1).toString();
    o.channel = q.value(2).toString();
    o.customerId = q.value(3).toString();
    o.storeId = q.value(4).toString();
    o.placedAt = CacheSql::time(q.value(5));
    const Result<QJsonArray> lines = CacheSql::jsonArray(q.value(6), u"order lines"_s);
    const Result<QJsonObject> payment = CacheSql::jsonObject(q.value(7), u"order payment"_s);
    const Result<QJsonObject> totals = CacheSql::jsonObject(q.value(8), u"order totals"_s);
    if (!lines || !payment || !totals)
        return !lines ? lines.error() : !payment ? payment.error() : totals.error();
    Result<QList<OrderLine>> decodedLines = OrderJson::linesFromJson(lines.value());
    Result<Payment> decodedPayment = OrderJson::paymentFromJson(payment.value());
    Result<Totals> decodedTotals = OrderJson::totalsFromJson(totals.value());
    if (!decodedLines || !decodedPayment || !decodedTotals)
        return makeError(ErrorCode::kStoreQuery, u"cached order %1 cannot be decoded"_s.arg(o.id));
    o.lines = std::move(decodedLines).value();
    o.payment = std::move(decodedPayment).value();
    o.totals = std::move(decodedTotals).value();
    o.fulfilment = q.value(9).toString();
    o.deliveredAt = CacheSql::time(q.value(10));
    o.state = q.value(11).toString();
    o.version = q.value(12).toLongLong();
    o.updatedAt = CacheSql::time(q.value(13));
    return o;
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status OrderRepository::upsert(const QList<Order>& orders) {
    QList<OrderRow> rows;
    rows.reserve(orders.size());
    for (const Order& order : orders)
        rows.append(OrderRow::of(order));
    return upsert(rows);
}

Status OrderRepository::upsert(const QList<OrderRow>& rows) {
    if (rows.isEmpty())
        return {};
    SqliteStatement insert(
        m_db,
        u"INSERT INTO orders (%1, gross_cents, currency, pieces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        u"?, ?, ?, ?, ?) "
        u"ON CONFLICT (id) DO UPDATE SET order_no = excluded.order_no, channel = excluded.channel, "
        u"customer_id = excluded.customer_id, store_id = excluded.store_id, placed_at = excluded.placed_at, "
        u"lines_json = excluded.lines_json, payment_json = excluded.payment_json, "
        u"totals_json = excluded.totals_json, fulfilment = excluded.fulfilment, "
        u"delivered_at = excluded.delivered_at, state = excluded.state, version = excluded.version, "
        u"updated_at = excluded.updated_at, gross_cents = excluded.gross_cents, currency = "
        u"excluded.currency, pieces = excluded.pieces "
        u"WHERE excluded.version >= orders.version"_s.arg(kColumns));
    if (Status s = insert.prepared(); !s)
        return s;
    for (const OrderRow& row : rows) {
        insert.bindUtf8(0, row.idUtf8);
        insert.bindUtf8(1, row.orderNo);
        insert.bindUtf8(2, row.channel);
        insert.bindUtf8OrNull(3, row.customerId);
        insert.bindUtf8OrNull(4, row.storeId);
        insert.bindUtf8OrNull(5, row.placedAt);
        insert.bindUtf8(6, row.linesJson);
        insert.bindUtf8(7, row.paymentJson);
        insert.bindUtf8(8, row.totalsJson);
        insert.bindUtf8(9, row.fulfilment);
        insert.bindUtf8OrNull(10, row.deliveredAt);
        insert.bindUtf8(11, row.state);
        insert.bindInteger(12, row.version);
        insert.bindUtf8OrNull(13, row.updatedAt);
        insert.bindInteger(14, row.grossCents);
        insert.bindUtf8(15, row.currency);
        insert.bindInteger(16, row.pieces);
        if (Status s = insert.run(u"writing order", row.id); !s)
            return s;
    }
    return {};
}

Status OrderRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM orders WHERE id = ?"_s, ids, u"removing an order"_s);
}

Result<QList<Order>> OrderRepository::select(const QString& condition, const QString& value,
                                             int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query,
            u"SELECT %1 FROM orders WHERE %2 ORDER BY placed_at DESC, id LIMIT ?"_s.arg(kColumns, condition));
        !s)
        return s.error();
    query.addBindValue(value);
    query.addBindValue(limit);
    return CacheSql::readAll<Order>(query, u"reading orders"_s, readOrder);
}

std::optional<Order> OrderRepository::find(const QString& id) const {
    Result<QList<Order>> orders = select(u"id = ?"_s, id, 1);
    if (!orders || orders->isEmpty())
        return std::nullopt;
    return orders.value().first();
}

std::optional<Order> OrderRepository::findByOrderNo(const QString& orderNo) const {
    Result<QList<Order>> orders = select(u"order_no = ?"_s, orderNo, 1);
    if (!orders || orders->isEmpty())
        return std::nullopt;
    return orders.value().first();
}

Result<QList<Order>> OrderRepository::forCustomer(const QString& customerId, int limit) const {
    return select(u"customer_id = ?"_s, customerId, limit);
}

Result<QList<OrderFacts>> OrderRepository::factsForCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT id, order_no, channel, state, gross_cents, currency, %1, "
                   u"COALESCE(pieces, (SELECT SUM(json_extract(value, '$.quantity')) FROM "
                   u"json_each(lines_json)), 0) "
                   u"FROM orders WHERE customer_id = ? ORDER BY placed_at DESC, id LIMIT ?"_s.arg(
                       CacheSql::epochMsExpression(u"placed_at"_s)));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    if (Status s = CacheSql::exec(query, u"reading order facts"_s); !s)
        return s.error();
    QList<OrderFacts> facts;
    while (query.next())
        facts.append(OrderFacts{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), CacheSql::timeFromEpochMs(query.value(6)),
            Money{query.value(4).toLongLong(), query.value(5).toString()}, query.value(7).toInt()});
    return facts;
}
