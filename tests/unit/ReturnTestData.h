#pragma once

// Shared facts for the return rules tests: one webshop order delivered in Hamburg on Monday,
// 3 March 2025, 11:00 local time (10:00 UTC).
#include "ReturnPolicy.h"

#include <QDateTime>
#include <QMetaType>

inline QDateTime utc(const char* iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// Line 1: scarf, 1 × 29.95 €; line 2: jacket, 2 × 59.95 €; shipping 4.95 €; paid 154.80 €.
inline ReturnOrderFacts webshopOrder() {
    ReturnOrderFacts order;
    order.channel = QStringLiteral("webshop");
    order.placedAtUtc = utc("2025-03-01T09:00:00");
    order.deliveredAtUtc = utc("2025-03-03T10:00:00");
    order.storeTimeZone = QStringLiteral("Europe/Berlin");
    order.shippingPaid = Money::eur(495);
    order.totalPaid = Money::eur(15480);
    order.refundedBefore = Money::eur(0);
    order.lines = {ReturnOrderLine{QStringLiteral("1"), 1, 0, Money::eur(2995)},
                   ReturnOrderLine{QStringLiteral("2"), 2, 0, Money::eur(5995)}};
    return order;
}

inline ReturnRequestLine askFor(const char* lineId, int quantity,
                                ItemCondition condition = ItemCondition::AsNew,
                                ReturnReason reason = ReturnReason::DoesNotFit) {
    return ReturnRequestLine{QString::fromLatin1(lineId), quantity, reason, condition, std::nullopt};
}

inline ReturnRequest request(QList<ReturnRequestLine> lines, RefundMethod method = RefundMethod::Original) {
    return ReturnRequest{std::move(lines), method};
}

Q_DECLARE_METATYPE(ReturnOrderFacts)
Q_DECLARE_METATYPE(ReturnRequest)
Q_DECLARE_METATYPE(ReturnPolicyConfig)
