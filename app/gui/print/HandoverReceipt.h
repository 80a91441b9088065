#pragma once

#include "ReceiptDocument.h"

#include <QCoreApplication>
#include <QDateTime>

// The handover receipt of a Click & Collect order: what was handed over to whom, how the person was
// checked (the kind of check, never a document number), what the customer refused (and that it is
// refunded, on the return receipt), what is still waiting, and a QR code of the order number for
// the till or a later return.
class HandoverReceipt {
    Q_DECLARE_TR_FUNCTIONS(HandoverReceipt)

public:
    struct Line {
        QString name;
        int quantity = 0;
    };
    struct Input {
        QStringList storeLines;
        QString orderNo;
        QString customerName;
        QString recipientName;
        bool authorisedPerson = false;
        QString identityCheck; // already in words: "pickup code", "identity card", …
        QList<Line> handedOver;
        QList<Line> stillOpen; // a partial handover: what stays on the shelf
        QList<Line> refused;   // refused by the customer: taken back as a return
        QString refusalRefund; // in words, e.g. "59,95 € to PayPal"; when pieces were refused
        QString staffName;
        QDateTime atUtc;
        bool offline = false;
    };

    static ReceiptDocument build(const Input& input);
};
