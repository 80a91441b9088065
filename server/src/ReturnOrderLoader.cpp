#include "ReturnOrderLoader.h"

#include "PickupJson.h"
#include "RefusedAtPickup.h"
#include "ReturnJson.h"
#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QVariant& column) {
    if (column.isNull() || column.toString().isEmpty())
        return {};
    return QDateTime::fromString(column.toString(), Qt::ISODateWithMs).toUTC();
}

Money moneyOf(const QJsonValue& value) {
    return Money::fromJson(value).value_or(Money{});
}

} // namespace

ReturnOrderLoader::ReturnOrderLoader(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<ReturnOrderLoader::Order>> ReturnOrderLoader::load(const QString& orderNo,
                                                                        const QString& timeZone) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, channel, placed_at, delivered_at, lines, totals FROM orders WHERE order_no = ?"_s);
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read order");
    if (!query.next())
        return std::optional<Order>();
    Order order;
    order.id = query.value(0).toString();
    order.orderNo = orderNo;
    ReturnOrderFacts& facts = order.facts;
    facts.channel = query.value(1).toString();
    facts.placedAtUtc = utc(query.value(2));
    facts.deliveredAtUtc = utc(query.value(3));
    // A sale in the store is handed over when it is paid.
    if (facts.channel == u"store" && !facts.deliveredAtUtc.isValid())
        facts.deliveredAtUtc = facts.placedAtUtc;
    facts.storeTimeZone = timeZone;
    order.lines = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
    const QJsonObject totals = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    facts.totalPaid = moneyOf(totals.value(u"gross"));
    facts.shippingPaid = moneyOf(totals.value(u"shipping"));
    query.finish();

    for (const QJsonValue& value : std::as_const(order.lines)) {
        const QJsonObject stored = value.toObject();
        ReturnOrderLine line;
        line.lineId = stored.value(u"line_id").toString();
        line.quantity = stored.value(u"quantity").toInt();
        line.returnedQuantity = stored.value(u"returned_quantity").toInt();
        line.unitPrice = moneyOf(stored.value(u"unit_price"));
        const QString sku = stored.value(u"sku").toString();
        order.skus.insert(line.lineId, sku);
        if (const Status added = addProductFacts(line, sku); !added)
            return added.error();
        facts.lines.append(line);
    }
    const Result<Money> refunded = refundedBefore(orderNo, facts.totalPaid.currency);
    if (!refunded)
        return refunded.error();
    facts.refundedBefore = refunded.value();
    if (const Status refused = addRefusedAtPickup(facts, orderNo); !refused)
        return refused.error();
    return std::optional<Order>(std::move(order));
}

Status ReturnOrderLoader::addProductFacts(ReturnOrderLine& line, const QString& sku) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT returnable, non_returnable_reason FROM products WHERE sku = ?"_s);
    query.addBindValue(sku);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read product");
    // An article no longer in the assortment keeps the default: returnable.
    if (query.next() && query.value(0).toInt() == 0) {
        line.returnable = false;
        line.nonReturnableReason =
            nonReturnableReasonFromWireName(query.value(1).toString()).value_or(NonReturnableReason::None);
    }
    return {};
}

Status ReturnOrderLoader::addRefusedAtPickup(ReturnOrderFacts& facts, const QString& orderNo) const {
    QList<Handover> handovers;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT handovers FROM pickups WHERE order_no = ?"_s);
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read pickup handovers");
    while (query.next()) {
        const Result<QList<Handover>> stored = PickupJson::handoversFromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array());
        if (stored)
            handovers.append(stored.value());
    }
    QList<ReturnLine> returned;
    query.prepare(u"SELECT lines FROM returns WHERE order_no = ? AND state <> 'rejected'"_s);
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read earlier returns");
    while (query.next()) {
        const Result<QList<ReturnLine>> lines =
            ReturnJson::linesFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array());
        if (lines)
            returned.append(lines.value());
    }
    const QHash<QString, int> open = RefusedAtPickup::notTakenBack(handovers, returned);
    for (ReturnOrderLine& line : facts.lines)
        line.refusedAtPickup = open.value(line.lineId);
    return {};
}

Result<Money> ReturnOrderLoader::refundedBefore(const QString& orderNo, const QString& currency) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT refund FROM returns WHERE order_no = ? AND state <> 'rejected'"_s);
    query.addBindValue(orderNo);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read earlier refunds");
    Money total = Money::zero(currency);
    while (query.next()) {
        const QJsonObject refund = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const std::optional<Money> amount = Money::fromJson(refund.value(u"amount"));
        if (amount && amount->sameCurrency(total))
            total += *amount;
    }
    return total;
}
