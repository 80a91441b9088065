#pragma once

#include "ReceiptDocument.h"
#include "ReturnDecision.h"
#include "ReturnableOrder.h"

#include <QCoreApplication>
#include <QDateTime>

// The return receipt the customer takes home: what came back and why, the refund and how it is
// paid, the rules that applied and who approved. Offline, it says the refund follows the
// synchronisation. Cash is never paid out by Theke: a cash purchase gets a code for the till.
class ReturnReceipt {
    Q_DECLARE_TR_FUNCTIONS(ReturnReceipt)

public:
    struct Input {
        QStringList storeLines;
        ReturnableOrder order;
        ReturnRequest request;
        ReturnDecision decision;
        QString returnId; // the local id of the return (idempotency key); its start is the till code
        QString staffName;
        QString approverName; // empty when no approval was needed
        QDateTime atUtc;
        bool offline = false;
    };

    static ReceiptDocument build(const Input& input);
    // The short code the till types or scans to pay out a cash refund.
    static QString tillCode(const QString& returnId);
};
