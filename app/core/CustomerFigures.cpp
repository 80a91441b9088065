#include "CustomerFigures.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kEur = u"EUR"_s;

void addOrder(ChannelFigures& f, const Order& order) {
    f.revenue += order.totals.gross;
    f.orders += 1;
    for (const OrderLine& line : order.lines)
        f.piecesBought += line.quantity;
    if (!f.lastPurchase.isValid() || order.placedAt > f.lastPurchase)
        f.lastPurchase = order.placedAt;
}

void addReturn(ChannelFigures& f, const ReturnRecord& r) {
    f.revenue -= r.refund.amount;
    f.refunded += r.refund.amount;
    for (const ReturnLine& line : r.lines)
        f.piecesReturned += line.quantity;
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
    CustomerFigures result;
    QHash<QString, ChannelFigures> byChannel;
    QHash<QString, QString> channelOfOrder; // order no → channel, for counted orders only
    for (const Order& order : orders) {
        if (order.state == u"cancelled")
            continue;
        if (since.isValid() && order.placedAt < since)
            continue;
        if (order.totals.gross.currency != kEur) {
            ++result.m_otherCurrencyOrders;
            continue;
        }
        ChannelFigures& f = byChannel[order.channel];
        f.channel = order.channel;
        addOrder(f, order);
        addOrder(result.m_total, order);
        channelOfOrder.insert(order.orderNo, order.channel);
    }
    for (const ReturnRecord& r : returns) {
        if (r.state == u"rejected" || r.refund.amount.currency != kEur)
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
