#pragma once

#include "ReturnDecision.h"
#include "ReturnRequest.h"

#include <QCoreApplication>

// The returns desk's words for reasons, conditions, dispositions, refund methods and approval rules.
class ReturnTexts {
    Q_DECLARE_TR_FUNCTIONS(ReturnTexts)

public:
    static QString reason(ReturnReason reason);
    // The reason with what "other" means, e.g. "Other reason: gift, already owned"; text may be empty.
    static QString reason(ReturnReason reason, const QString& text);
    static QString condition(ItemCondition condition);
    static QString disposition(ReturnDisposition disposition);
    static QString refundMethod(RefundMethod method);
    static QString approvalRule(ApprovalRule rule);
    static QString paymentMethod(const QString& method);
};
