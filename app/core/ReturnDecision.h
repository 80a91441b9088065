#pragma once

#include "Money.h"
#include "ReturnExplanation.h"
#include "ReturnRequest.h"
#include "ReturnWindow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rules a manager's approval can lift: the API's Approval.rule enum (openapi.yaml). The rules
// engine uses all but NoReceipt (it always has the order).
enum class ApprovalRule {
    Goodwill,
    OutsideWindow,
    NotReturnableArticle,
    MarketplaceOrder,
    AmountLimit,
    NoReceipt
};

QString approvalRuleWireName(ApprovalRule rule);
std::optional<ApprovalRule> approvalRuleFromWireName(const QString& name);

enum class LineVerdict { Allowed, NeedsApproval, Refused };

struct ReturnLineDecision {
    QString lineId;
    int quantityAsked = 0;
    int quantityReturnable = 0; // left on the line now: bought − returned in any channel
    LineVerdict verdict = LineVerdict::Refused;
    QList<ApprovalRule> approvals; // what this line needs, when NeedsApproval
    QString refusalCode;           // the explanation code saying why, when Refused
    Money value;                   // what the pieces asked for cost (pro rata after order discounts)
    Money refund;                  // what is refunded for them; zero when refused
};

// What the rules decide about one return request, with the reasons in plain words.
struct ReturnDecision {
    ReturnWindowState window;
    QList<ReturnLineDecision> lines; // in the order of the request
    Money goodsRefund;               // sum of the lines' refunds
    Money shippingRefund;            // outbound shipping, when the whole order is withdrawn
    Money total;                     // goods + shipping, never more than is left of the payment
    RefundMethod refundMethod = RefundMethod::Original;
    QList<ApprovalRule> approvals; // every rule a manager must approve, each once, in enum order
    QList<ReturnExplanation> explanations;

    bool hasRefusals() const;
    bool needsApproval() const { return !approvals.isEmpty(); }
    // Nothing refused: the return can go ahead (after the approvals, if any).
    bool canProceed() const { return !lines.isEmpty() && !hasRefusals(); }
    QStringList approvalRuleNames() const;
    QStringList texts() const; // the explanations' texts, for the screen and the receipt
    const ReturnLineDecision* line(const QString& lineId) const;
};
