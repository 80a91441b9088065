#include "CustomerFigures.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kEur = u"EUR"_s;

void addOrder(ChannelFigures& f, const OrderFacts& order) {
    f.revenue += order.gross;
    f.orders += 1;
    f.piecesBought += order.pieces;
    if (!f.lastPurchase.isValid() || order.placedAt > f.lastPurchase)
        f.lastPurchase = order.placedAt;
}

void addReturn(ChannelFigures& f, const ReturnFacts& r) {
    f.revenue -= r.refund;
    f.refunded += r.refund;
    f.piecesReturned += r.pieces;
}

} // namespace

Money ChannelFigures::averageOrderValue() const {
    return orders == 0 ? Money::eur(0) : revenue.scaled(1, orders);
}

int ChannelFigures::returnRateBasisPoints() const {
    if (piecesBought <= 0)
        return 0;
    return int((qint64(piecesReturned) * 20000 + piecesBought) / (2 * qint64(piecesBought)));
}

QDateTime CustomerFigures::twelveMonthsBefore(const QDateTime& now) {
    return now.toUTC().addMonths(-12);
}

CustomerFigures CustomerFigures::compute(const QList<Order>& orders, const QList<ReturnRecord>& returns,
                                         const QDateTime& since) {
    QList<OrderFacts> orderFacts;
    orderFacts.reserve(orders.size());
    for (const Order& o : orders)
        orderFacts.append(OrderFacts::of(o));
    QList<ReturnFacts> returnFacts;
    returnFacts.reserve(returns.size());
    for (const ReturnRecord& r : returns)
        returnFacts.append(ReturnFacts::of(r));
    return compute(orderFacts, returnFacts, since);
}

CustomerFigures CustomerFigures::compute(const QList<OrderFacts>& orders, const QList<ReturnFacts>& returns,
                                         const QDateTime& since) {
    CustomerFigures result;
    QHash<QString, ChannelFigures> byChannel;
    QHash<QString, QString> channelOfOrder; // order no → channel, for counted orders only
    for (const OrderFacts& order : orders) {
        if (order.state == u"cancelled")
            continue;
        if (since.isValid() && order.placedAt < since)
            continue;
        if (order.gross.currency != kEur) {
            ++result.m_otherCurrencyOrders;
            continue;
        }
        ChannelFigures& f = byChannel[order.channel];
        f.channel = order.channel;
        addOrder(f, order);
        addOrder(result.m_total, order);
        channelOfOrder.insert(order.orderNo, order.channel);
    }
    for (const ReturnFacts& r : returns) {
        if (r.state == u"rejected" || r.refund.currency != kEur)
            continue;
        const auto it = channelOfOrder.constFind(r.orderNo);
        if (it == channelOfOrder.constEnd())
            continue;
        addReturn(byChannel[it.value()], r);
        addReturn(result.m_total, r);
    }
    result.m_channels = byChannel.values();
    std::sort(result.m_channels.begin(), result.m_channels.end(),
              [](const ChannelFigures& a, const ChannelFigures& b) {
                  if (a.revenue.cents != b.revenue.cents)
                      return a.revenue.cents > b.revenue.cents;
                  return a.channel < b.channel;
              });
    return result;
}

const ChannelFigures* CustomerFigures::channel(const QString& channel) const {
    for (const ChannelFigures& f : m_channels)
        if (f.channel == channel)
            return &f;
    return nullptr;
}
