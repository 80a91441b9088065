#include "OrderDraft.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

OrderDraft OrderDraft::reservation(const QString& customerId, const QString& sku, int quantity,
                                   const QString& storeId) {
    OrderDraft draft;
    draft.customerId = customerId;
    draft.lines = {Line{sku, quantity}};
    draft.fulfilment = Fulfilment::Pickup;
    draft.pickupStoreId = storeId;
    draft.reserve = true;
    draft.payment = Payment::Till;
    return draft;
}

Status OrderDraft::check() const {
    if (customerId.trimmed().isEmpty())
        return makeError(u"local.customer_unknown", u"an order needs a customer"_s);
    if (lines.isEmpty())
        return makeError(u"local.order_empty", u"an order needs at least one line"_s);
    if (lines.size() > kMaxLines)
        return makeError(u"local.order_too_large",
                         u"%1 lines, at most %2"_s.arg(lines.size()).arg(kMaxLines));
    for (const Line& line : lines) {
        if (line.sku.trimmed().isEmpty())
            return makeError(u"local.product_unknown", u"a line has no SKU"_s);
        if (line.quantity < 1 || line.quantity > kMaxQuantity)
            return makeError(u"local.quantity_invalid",
                             u"quantity %1 is not 1 to %2"_s.arg(line.quantity).arg(kMaxQuantity));
    }
    if (fulfilment == Fulfilment::Pickup && pickupStoreId.trimmed().isEmpty())
        return makeError(u"local.store_required", u"a pickup order needs the pickup store"_s);
    if (fulfilment == Fulfilment::Delivery && deliveryAddress &&
        (deliveryAddress->street.trimmed().isEmpty() || deliveryAddress->postcode.trimmed().isEmpty() ||
         deliveryAddress->city.trimmed().isEmpty()))
        return makeError(u"local.address_incomplete", u"street, postcode and city are needed"_s);
    return {};
}

QJsonObject OrderDraft::toRequestJson() const {
    QJsonArray jsonLines;
    for (const Line& line : lines)
        jsonLines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
    QJsonObject fulfilmentJson;
    if (fulfilment == Fulfilment::Pickup) {
        fulfilmentJson = {{u"type"_s, u"pickup"_s}, {u"store_id"_s, pickupStoreId}, {u"reserve"_s, reserve}};
    } else {
        fulfilmentJson = {{u"type"_s, u"delivery"_s}};
        if (deliveryAddress)
            fulfilmentJson.insert(u"address"_s,
                                  QJsonObject{{u"street"_s, deliveryAddress->street.trimmed()},
                                              {u"postcode"_s, deliveryAddress->postcode.trimmed()},
                                              {u"city"_s, deliveryAddress->city.trimmed()},
                                              {u"country"_s, deliveryAddress->country}});
    }
    QJsonObject json{{u"customer_id"_s, customerId},
                     {u"lines"_s, jsonLines},
                     {u"fulfilment"_s, fulfilmentJson},
                     {u"payment"_s, payment == Payment::Online ? u"online"_s : u"till"_s}};
    if (!cartId.isEmpty())
        json.insert(u"cart_id"_s, cartId);
    return json;
}
