#pragma once

#include "ReceiptDocument.h"

#include <QCoreApplication>
#include <QDateTime>

// The handover receipt of a Click & Collect order: what was handed over to whom, how the person was
// checked (the kind of check, never a document number), what is still waiting, and a QR code of
// the order number for the till or a later return.
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
        QString staffName;
        QDateTime atUtc;
        bool offline = false;
    };

    static ReceiptDocument build(const Input& input);
};
