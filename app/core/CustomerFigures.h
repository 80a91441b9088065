#pragma once

#include "Money.h"
#include "Order.h"
#include "ReturnRecord.h"
#include "SaleFacts.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One customer's figures for one sales channel, or for all channels together.
//
// Definitions (the counter and the server test agree on these):
// - Only orders in EUR count; orders in other currencies (foreign marketplaces) are left out and
//   counted in CustomerFigures::otherCurrencyOrders, because the cache has no exchange rates.
// - Cancelled orders do not count at all. Rejected returns do not count.
// - revenue = gross total of the orders − refund amounts of their returns. A return counts against
//   the channel of the order it returns, whatever channel took it back (a webshop parcel returned
//   in a store lowers webshop revenue), and against the order's period.
// - orders = number of counted orders; averageOrderValue = revenue / orders, rounded half away
//   from zero to the cent (zero when there are no orders).
// - returnRate = returned pieces / bought pieces of the counted orders (0 when nothing was bought).
// - lastPurchase = the latest placedAt of a counted order.
// - The 12-month window holds the orders placed at or after now − 12 calendar months (UTC).
struct ChannelFigures {
    QString channel; // API channel ("webshop", "marketplace:zalando"); empty for the total
    Money revenue = Money::eur(0);
    Money refunded = Money::eur(0);
    int orders = 0;
    int piecesBought = 0;
    int piecesReturned = 0;
    QDateTime lastPurchase;

    Money averageOrderValue() const;
    // Returned share of the bought pieces in 1/10000 (1234 = 12.34 %), rounded half up.
    int returnRateBasisPoints() const;

    bool operator==(const ChannelFigures&) const = default;
};

// Figures of one customer per channel and in total, computed from cached orders and returns.
class CustomerFigures {
public:
    // since invalid: all time. Returns whose order is not among the orders are ignored.
    static CustomerFigures compute(const QList<OrderFacts>& orders, const QList<ReturnFacts>& returns,
                                   const QDateTime& since = {});
    static CustomerFigures compute(const QList<Order>& orders, const QList<ReturnRecord>& returns,
                                   const QDateTime& since = {});
    // The start of the "last 12 months" window ending at now.
    static QDateTime twelveMonthsBefore(const QDateTime& now);

    const QList<ChannelFigures>& channels() const { return m_channels; } // highest revenue first
    const ChannelFigures& total() const { return m_total; }
    const ChannelFigures* channel(const QString& channel) const;
    int otherCurrencyOrders() const { return m_otherCurrencyOrders; }

private:
    QList<ChannelFigures> m_channels;
    ChannelFigures m_total;
    int m_otherCurrencyOrders = 0;
};
