#include "CartTable.h"

#include "CartJson.h"
#include "ChangeLog.h"
#include "CommandSupport.h"
#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CartTable::CartTable(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<Cart>> CartTable::findWhere(const QString& condition, const QString& value) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // condition comes from this class, never from a request.
    query.prepare(u"SELECT id, customer_id, store_id, origin, lines, handoff_code, version, updated_at "
                  "FROM carts WHERE "_s +
                  condition + u" ORDER BY updated_at DESC, seq DESC LIMIT 1"_s);
    query.addBindValue(value);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read cart");
    if (!query.next())
        return std::optional<Cart>();
    Cart cart;
    cart.id = query.value(0).toString();
    cart.customerId = query.value(1).toString();
    cart.storeId = query.value(2).toString();
    cart.origin = query.value(3).toString();
    const Result<QList<CartLine>> lines =
        CartJson::linesFromJson(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array());
    if (!lines)
        return makeError(u"internal_error", u"stored cart lines unreadable: "_s + lines.error().detail, 500);
    cart.lines = lines.value();
    cart.handoffCode = query.value(5).toString();
    cart.version = query.value(6).toLongLong();
    cart.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return std::optional<Cart>(std::move(cart));
}

Result<std::optional<Cart>> CartTable::find(const QString& id) const {
    return findWhere(u"id = ?"_s, id);
}

Result<std::optional<Cart>> CartTable::findByHandoffCode(const QString& code) const {
    return findWhere(u"handoff_code = ?"_s, code);
}

Result<std::optional<Cart>> CartTable::latestOnlineCart(const QString& customerId) const {
    return findWhere(u"origin = 'online' AND customer_id = ?"_s, customerId);
}

Result<bool> CartTable::handoffCodeTaken(const QString& code) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM carts WHERE handoff_code = ?"_s);
    query.addBindValue(code);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"look up handoff code");
    return query.next();
}

Status CartTable::write(const Cart& cart) {
    ChangeLog changes(m_db);
    const Result<qint64> seq = changes.next();
    if (!seq)
        return seq.error();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO carts (id, customer_id, store_id, origin, lines, handoff_code, version, "
                  "updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "customer_id = excluded.customer_id, store_id = excluded.store_id, "
                  "origin = excluded.origin, lines = excluded.lines, handoff_code = excluded.handoff_code, "
                  "version = excluded.version, updated_at = excluded.updated_at, seq = excluded.seq"_s);
    query.addBindValue(cart.id);
    query.addBindValue(CommandSupport::textOrNull(cart.customerId));
    query.addBindValue(CommandSupport::textOrNull(cart.storeId));
    query.addBindValue(cart.origin);
    query.addBindValue(CommandSupport::compact(CartJson::linesToJson(cart.lines)));
    query.addBindValue(CommandSupport::textOrNull(cart.handoffCode));
    query.addBindValue(cart.version);
    query.addBindValue(CommandSupport::timestamp(cart.updatedAt));
    query.addBindValue(seq.value());
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"write cart");
    return changes.removeTombstone(u"carts"_s, cart.id);
}

Status CartTable::remove(const QString& id, const QDateTime& now) {
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM carts WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"remove cart");
    if (query.numRowsAffected() == 0)
        return {};
    ChangeLog changes(m_db);
    const Result<qint64> seq = changes.next();
    if (!seq)
        return seq.error();
    return changes.addTombstone(u"carts"_s, id, seq.value(), now);
}
