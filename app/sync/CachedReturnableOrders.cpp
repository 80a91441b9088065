#include "CachedReturnableOrders.h"

#include "CustomerRepository.h"
#include "OrderRepository.h"
#include "PickupRepository.h"
#include "ProductRepository.h"
#include "RefusedAtPickup.h"
#include "ReturnRepository.h"
#include "StoreRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kDefaultTimeZone = u"Europe/Berlin"_s;

} // namespace

CachedReturnableOrders::CachedReturnableOrders(QSqlDatabase db, QString storeId)
    : m_db(std::move(db))
    , m_storeId(std::move(storeId)) {}

Result<ReturnableOrder> CachedReturnableOrders::find(const QString& orderNo) {
    const std::optional<Order> order = OrderRepository(m_db).findByOrderNo(orderNo);
    if (!order)
        return makeError(ErrorCode::kApiNotFound, u"order not in the cache"_s, 404);
    return fromOrder(*order);
}

ReturnableOrder CachedReturnableOrders::fromOrder(const Order& order,
                                                  const QList<ReturnRecord>& serverReturns) {
    const QString& orderNo = order.orderNo;
    ReturnableOrder result;
    result.orderId = order.id;
    result.orderNo = order.orderNo;
    result.customerId = order.customerId;
    if (!order.customerId.isEmpty()) {
        if (const std::optional<Customer> customer = CustomerRepository(m_db).find(order.customerId))
            result.customerName = customer->displayName();
    }
    result.paymentMethod = order.payment.method;

    ReturnOrderFacts& facts = result.facts;
    facts.channel = order.channel;
    facts.placedAtUtc = order.placedAt;
    // A store receipt is handed over at the till: its periods count from the sale.
    facts.deliveredAtUtc =
        order.deliveredAt.isValid() || order.channel != u"store" ? order.deliveredAt : order.placedAt;
    const std::optional<StoreRecord> store = StoreRepository(m_db).find(m_storeId);
    facts.storeTimeZone = store && !store->timeZone.isEmpty() ? store->timeZone : kDefaultTimeZone;
    facts.shippingPaid = order.totals.shipping;
    facts.totalPaid = order.totals.gross;
    facts.refundedBefore = Money::zero(order.totals.gross.currency);
    QList<ReturnLine> returnedLines;
    QList<ReturnRecord> earlierReturns = serverReturns;
    if (const Result<QList<ReturnRecord>> cached = ReturnRepository(m_db).forOrderNo(orderNo)) {
        for (const ReturnRecord& own : cached.value()) {
            const bool known = std::any_of(serverReturns.cbegin(), serverReturns.cend(),
                                           [&own](const ReturnRecord& r) { return r.id == own.id; });
            if (!known)
                earlierReturns.append(own);
        }
    }
    for (const ReturnRecord& earlier : std::as_const(earlierReturns)) {
        if (earlier.state == u"rejected" || earlier.orderNo != orderNo)
            continue;
        returnedLines.append(earlier.lines);
        if (earlier.refund.amount.sameCurrency(facts.refundedBefore))
            facts.refundedBefore += earlier.refund.amount;
    }
    QList<Handover> handovers;
    if (const Result<QList<Pickup>> pickups = PickupRepository(m_db).forOrderNo(orderNo)) {
        for (const Pickup& pickup : pickups.value())
            handovers.append(pickup.handovers);
    }
    const QHash<QString, int> refusedAtPickup = RefusedAtPickup::notTakenBack(handovers, returnedLines);

    ProductRepository products(m_db);
    for (const OrderLine& line : order.lines) {
        ReturnOrderLine returnLine;
        returnLine.lineId = line.lineId;
        returnLine.quantity = line.quantity;
        returnLine.returnedQuantity = line.returnedQuantity;
        returnLine.unitPrice = line.unitPrice;
        returnLine.refusedAtPickup = refusedAtPickup.value(line.lineId);
        if (const std::optional<Product> product = products.findBySku(line.sku)) {
            returnLine.returnable = product->returnable;
            returnLine.nonReturnableReason = nonReturnableReasonFromWireName(product->nonReturnableReason)
                                                 .value_or(NonReturnableReason::None);
        }
        facts.lines.append(returnLine);
        result.lineNames.insert(line.lineId, line.name);
        result.lineSkus.insert(line.lineId, line.sku);
    }
    return result;
}
