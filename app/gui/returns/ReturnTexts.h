#pragma once

#include "ReturnDecision.h"
#include "ReturnRequest.h"

#include <QCoreApplication>

// The returns desk's words for reasons, conditions, dispositions, refund methods and approval rules.
class ReturnTexts {
    Q_DECLARE_TR_FUNCTIONS(ReturnTexts)

public:
    static QString reason(ReturnReason reason);
    static QString condition(ItemCondition condition);
    static QString disposition(ReturnDisposition disposition);
    static QString refundMethod(RefundMethod method);
    static QString approvalRule(ApprovalRule rule);
    static QString paymentMethod(const QString& method);
};
