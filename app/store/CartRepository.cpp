#include "CartRepository.h"

#include "CacheSql.h"
#include "CartJson.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"id, customer_id, store_id, origin, lines_json, handoff_code, version, updated_at"_s;

Result<Cart> readCart(const QSqlQuery& q) {
    Cart c;
    c.id = q.value(0).toString();
    c.customerId = q.value(1).toString();
    c.storeId = q.value(2).toString();
    c.origin = q.value(3).toString();
    c.handoffCode = q.value(5).toString();
    c.version = q.value(6).toLongLong();
    c.updatedAt = CacheSql::time(q.value(7));
    const Result<QJsonArray> lines = CacheSql::jsonArray(q.value(4), u"cart lines"_s);
    Result<QList<CartLine>> decoded =
        lines ? CartJson::linesFromJson(lines.value()) : Result<QList<CartLine>>(lines.error());
    if (!decoded)
        return makeError(ErrorCode::kStoreQuery, u"cached cart %1 cannot be decoded"_s.arg(c.id));
    c.lines = std::move(decoded).value();
    return c;
}

Result<QList<Cart>> readAll(QSqlQuery& query) {
    return CacheSql::readAll<Cart>(query, u"reading carts"_s, readCart);
}

} // namespace

CartRepository::CartRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status CartRepository::upsert(const QList<Cart>& carts) {
    if (carts.isEmpty())
        return {};
    SqliteStatement insert(
        m_db, u"INSERT INTO carts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, "
              u"store_id = excluded.store_id, origin = excluded.origin, lines_json = excluded.lines_json, "
              u"handoff_code = excluded.handoff_code, version = excluded.version, "
              u"updated_at = excluded.updated_at WHERE excluded.version >= carts.version"_s.arg(kColumns));
    if (Status s = insert.prepared(); !s)
        return s;
    for (const Cart& c : carts) {
        insert.bindText(0, c.id);
        insert.bindTextOrNull(1, c.customerId);
        insert.bindTextOrNull(2, c.storeId);
        insert.bindText(3, c.origin);
        insert.bindText(4, CacheSql::json(CartJson::linesToJson(c.lines)));
        insert.bindTextOrNull(5, c.handoffCode);
        insert.bindInteger(6, c.version);
        insert.bindTextOrNull(7, CacheSql::timeText(c.updatedAt));
        if (Status s = insert.run(u"writing cart", c.id); !s)
            return s;
    }
    return {};
}

Status CartRepository::remove(const QStringList& ids) {
    return CacheSql::removeEach(m_db, u"DELETE FROM carts WHERE id = ?"_s, ids, u"removing a cart"_s);
}

std::optional<Cart> CartRepository::find(const QString& id) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM carts WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    Result<QList<Cart>> carts = readAll(query);
    if (!carts || carts->isEmpty())
        return std::nullopt;
    return carts.value().first();
}

Result<QList<Cart>> CartRepository::forCustomer(const QString& customerId, int limit) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = CacheSql::prepare(
            query, u"SELECT %1 FROM carts WHERE customer_id = ? ORDER BY updated_at DESC, id LIMIT ?"_s.arg(
                       kColumns));
        !s)
        return s.error();
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return readAll(query);
}

Result<std::optional<Cart>> CartRepository::onlineCart(const QString& customerId) const {
    const Result<QList<Cart>> carts = forCustomer(customerId);
    if (!carts)
        return carts.error();
    for (const Cart& cart : carts.value()) {
        if (cart.origin == u"online")
            return std::optional<Cart>(cart);
    }
    return std::optional<Cart>();
}

Result<std::optional<Cart>> CartRepository::storeCart(const QString& customerId,
                                                      const QString& storeId) const {
    const Result<QList<Cart>> carts = forCustomer(customerId);
    if (!carts)
        return carts.error();
    for (const Cart& cart : carts.value()) {
        if (cart.origin == u"store" && (cart.storeId.isEmpty() || cart.storeId == storeId))
            return std::optional<Cart>(cart);
    }
    return std::optional<Cart>();
}
