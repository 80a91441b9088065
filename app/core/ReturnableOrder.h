#pragma once

#include "ReturnRequest.h"

#include <QHash>
#include <QString>

// An order as the returns desk needs it: the facts the return rules judge (ReturnOrderFacts) plus
// what the associate reads (order no., customer, what each line is, how it was paid).
struct ReturnableOrder {
    QString orderId;
    QString orderNo;
    QString customerId;
    QString customerName;
    QString paymentMethod; // the API's Payment.method: card, paypal, klarna, invoice, …
    ReturnOrderFacts facts;
    QHash<QString, QString> lineNames; // line id → article name with variant
    QHash<QString, QString> lineSkus;  // line id → SKU
    bool fromServer = false;           // found by the server's look-up, not (yet) in the cache

    bool isValid() const { return !orderNo.isEmpty() && !facts.lines.isEmpty(); }
};
