#pragma once
// The order both pickup desk tests hand over: a scarf (29,95 €) and two jackets (89,90 € each) for
// customer c-1, paid by PayPal, ordered in the web shop five days ago for pickup in Hamburg.

#include "Order.h"

#include <QDateTime>

namespace PickupDeskExamples {

inline Order order(const QString& orderNo) {
    using namespace Qt::StringLiterals;
    Order o;
    o.id = u"o-"_s + orderNo;
    o.orderNo = orderNo;
    o.channel = u"webshop"_s;
    o.customerId = u"c-1"_s;
    o.storeId = u"hh-moenckebergstrasse"_s;
    o.placedAt = QDateTime::currentDateTimeUtc().addDays(-5);
    o.lines = {OrderLine{u"1"_s, u"SCF-0815-ONE-GREY"_s, u"Schal „Föhr“ grau"_s, 1, Money::eur(2995),
                         Money::eur(2995), 0},
               OrderLine{u"2"_s, u"JKT-4711-M-NAVY"_s, u"Steppjacke „Elbe“ navy, M"_s, 2, Money::eur(8990),
                         Money::eur(17980), 0}};
    o.payment.method = u"paypal"_s;
    o.totals = {Money::eur(17621), Money::eur(3354), Money::eur(20975), Money::eur(0)};
    o.fulfilment = u"pickup"_s;
    o.state = u"ready_for_pickup"_s;
    o.version = 1;
    o.updatedAt = o.placedAt;
    return o;
}

} // namespace PickupDeskExamples
