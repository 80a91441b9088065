#include "ReturnPolicy.h"

#include "ReturnPolicyError.h"
#include "ReturnReasonText.h"
#include "SalesChannel.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kMarketplacePrefix = u"marketplace:"_s;

QVariant money(const Money& m) {
    return QVariant::fromValue(m);
}

Status validate(const ReturnOrderFacts& order, const ReturnRequest& request,
                const ReturnPolicyConfig& config) {
    const auto invalidOrder = [](const QString& detail) {
        return makeError(ReturnPolicyError::kInvalidOrder, detail);
    };
    const auto invalidRequest = [](const QString& detail) {
        return makeError(ReturnPolicyError::kInvalidRequest, detail);
    };
    if (!SalesChannel::isValid(order.channel))
        return invalidOrder(u"unknown channel"_s);
    const QString& currency = order.totalPaid.currency;
    if (!order.shippingPaid.sameCurrency(order.totalPaid) ||
        !order.refundedBefore.sameCurrency(order.totalPaid))
        return invalidOrder(u"mixed currencies"_s);
    if (order.totalPaid.cents < 0 || order.shippingPaid.cents < 0 || order.refundedBefore.cents < 0)
        return invalidOrder(u"negative amount"_s);
    if (order.shippingPaid.cents > order.totalPaid.cents)
        return invalidOrder(u"shipping above the total"_s);
    if (config.approvalAboveAmount && config.approvalAboveAmount->currency != currency)
        return makeError(ReturnPolicyError::kInvalidConfig, u"approval limit in another currency"_s);
    QSet<QString> orderLines;
    for (const ReturnOrderLine& line : order.lines) {
        if (line.unitPrice.currency != currency || line.unitPrice.cents < 0)
            return invalidOrder(u"line %1: bad price"_s.arg(line.lineId));
        if (line.quantity < 1 || line.returnedQuantity < 0 || line.returnedQuantity > line.quantity)
            return invalidOrder(u"line %1: bad quantities"_s.arg(line.lineId));
        orderLines.insert(line.lineId);
    }
    if (request.lines.isEmpty())
        return invalidRequest(u"no lines"_s);
    QSet<QString> seen;
    for (const ReturnRequestLine& line : request.lines) {
        if (!orderLines.contains(line.lineId))
            return invalidRequest(u"line %1 is not on the order"_s.arg(line.lineId));
        if (seen.contains(line.lineId))
            return invalidRequest(u"line %1 asked for twice"_s.arg(line.lineId));
        seen.insert(line.lineId);
        if (line.quantity < 1)
            return invalidRequest(u"line %1: quantity below 1"_s.arg(line.lineId));
        if (const Status text = ReturnReasonText::check(line.lineId, line.reason, line.reasonText); !text)
            return text;
        if (line.partialRefund && line.reason == ReturnReason::RefusedAtPickup)
            return invalidRequest(u"line %1: partial refund for goods refused at pickup"_s.arg(line.lineId));
        if (line.partialRefund) {
            if (line.condition != ItemCondition::Damaged)
                return invalidRequest(
                    u"line %1: partial refund for goods that are not damaged"_s.arg(line.lineId));
            if (line.partialRefund->currency != currency || line.partialRefund->cents <= 0)
                return invalidRequest(u"line %1: bad partial refund"_s.arg(line.lineId));
        }
    }
    return {};
}

const ReturnOrderLine& orderLine(const ReturnOrderFacts& order, const QString& lineId) {
    return *std::find_if(order.lines.cbegin(), order.lines.cend(),
                         [&](const ReturnOrderLine& l) { return l.lineId == lineId; });
}

bool damagedBeforeDelivery(ReturnReason reason) {
    return reason == ReturnReason::Defective || reason == ReturnReason::DamagedInTransit ||
           reason == ReturnReason::WrongItem || reason == ReturnReason::NotAsDescribed;
}

ReturnExplanation windowExplanation(const ReturnWindowState& w, const ReturnPolicyConfig& config) {
    switch (w.phase) {
    case ReturnPhase::Withdrawal:
        if (!w.delivered)
            return ReturnExplanation::make(u"window.not_delivered"_s, {}, {});
        return ReturnExplanation::make(
            w.withdrawalExtended ? u"window.withdrawal_extended"_s : u"window.withdrawal"_s, {},
            {{u"days"_s, config.withdrawalDays},
             {u"start"_s, w.startDate},
             {u"last"_s, w.withdrawalLastDay}});
    case ReturnPhase::RetailerWindow:
        return ReturnExplanation::make(w.distanceSale ? u"window.retailer"_s : u"window.retailer_store"_s, {},
                                       {{u"days"_s, config.retailerWindowDays},
                                        {u"start"_s, w.startDate},
                                        {u"last"_s, w.retailerLastDay}});
    case ReturnPhase::Goodwill:
        return ReturnExplanation::make(u"window.goodwill"_s, {},
                                       {{u"last"_s, w.windowLastDay},
                                        {u"daysAgo"_s, static_cast<int>(w.windowLastDay.daysTo(w.today))}});
    case ReturnPhase::Expired:
        break;
    }
    if (config.goodwillDaysBeyondWindow.value_or(0) == 0)
        return ReturnExplanation::make(u"window.expired_no_goodwill"_s, {}, {{u"last"_s, w.windowLastDay}});
    return ReturnExplanation::make(
        u"window.expired"_s, {},
        {{u"last"_s, w.windowLastDay}, {u"goodwillDays"_s, *config.goodwillDaysBeyondWindow}});
}

void addOnce(QList<ApprovalRule>& rules, ApprovalRule rule) {
    if (!rules.contains(rule))
        rules << rule;
}

// What the order-wide rules settled before the lines are looked at.
struct OrderContext {
    const ReturnWindowState& window;
    QString refusal;               // explanation code refusing every line; empty when none
    QList<ApprovalRule> approvals; // needed for every line
    Money goodsPaid;               // total paid less shipping
    Money listValue;               // the goods at their unit prices
    bool discounted() const { return goodsPaid.cents < listValue.cents; }
};

struct LineOutcome {
    ReturnLineDecision decision;
    QList<ReturnExplanation> notes;
};

// Why a not returnable article may or may not come back; adds to `outcome`.
void judgeNotReturnable(const ReturnRequestLine& asked, const ReturnOrderLine& bought,
                        const OrderContext& order, LineOutcome& outcome) {
    const NonReturnableReason reason = bought.nonReturnableReason;
    const QVariantMap params{{u"line"_s, asked.lineId}, {u"reason"_s, nonReturnableReasonWireName(reason)}};
    const bool stillSealed =
        (reason == NonReturnableReason::Hygiene || reason == NonReturnableReason::SealedMedia) &&
        asked.condition == ItemCondition::Unopened;
    ReturnLineDecision& line = outcome.decision;
    if (reason == NonReturnableReason::GiftCard) {
        line.refusalCode = u"line.gift_card"_s;
        outcome.notes << ReturnExplanation::make(line.refusalCode, asked.lineId, params);
    } else if (stillSealed) {
        // §312g(2) nos. 3 and 6 BGB exclude these only once the seal is broken.
        outcome.notes << ReturnExplanation::make(u"line.sealed_unopened"_s, asked.lineId, params);
    } else if (reason == NonReturnableReason::FinalSale && order.window.phase == ReturnPhase::Withdrawal) {
        // A retailer's "final sale" is no exception §312g BGB knows.
        outcome.notes << ReturnExplanation::make(u"line.final_sale_withdrawal"_s, asked.lineId, params);
    } else {
        line.approvals << ApprovalRule::NotReturnableArticle;
        outcome.notes << ReturnExplanation::make(u"line.not_returnable"_s, asked.lineId, params);
    }
}

// Goods the customer refused at the pickup desk never reached them: no return period, no article or
// marketplace rule and no approval applies; the pieces refused at a handover are refunded in full.
LineOutcome decideRefusedAtPickup(const ReturnRequestLine& asked, const ReturnOrderLine& bought,
                                  LineOutcome outcome) {
    ReturnLineDecision& line = outcome.decision;
    if (asked.quantity > bought.refusedAtPickup) {
        line.refusalCode = u"line.not_refused_at_pickup"_s;
        outcome.notes << ReturnExplanation::make(line.refusalCode, asked.lineId,
                                                 {{u"line"_s, asked.lineId},
                                                  {u"asked"_s, asked.quantity},
                                                  {u"refused"_s, bought.refusedAtPickup}});
        return outcome;
    }
    line.refund = line.value;
    line.verdict = LineVerdict::Allowed;
    outcome.notes << ReturnExplanation::make(u"line.refused_at_pickup"_s, asked.lineId,
                                             {{u"line"_s, asked.lineId}});
    return outcome;
}

Result<LineOutcome> decideLine(const ReturnRequestLine& asked, const ReturnOrderLine& bought,
                               const OrderContext& order) {
    LineOutcome outcome;
    ReturnLineDecision& line = outcome.decision;
    const QString& currency = order.goodsPaid.currency;
    line.lineId = asked.lineId;
    line.quantityAsked = asked.quantity;
    line.quantityReturnable = bought.quantity - bought.returnedQuantity;
    line.value = bought.unitPrice * asked.quantity;
    if (order.discounted())
        line.value = line.value.scaled(std::max<qint64>(order.goodsPaid.cents, 0), order.listValue.cents);
    line.refund = Money::zero(currency);

    if (line.quantityReturnable == 0) {
        line.refusalCode = u"line.fully_returned"_s;
        outcome.notes << ReturnExplanation::make(line.refusalCode, asked.lineId,
                                                 {{u"line"_s, asked.lineId}, {u"bought"_s, bought.quantity}});
        return outcome;
    }
    if (asked.quantity > line.quantityReturnable) {
        line.refusalCode = u"line.quantity_exceeded"_s;
        outcome.notes << ReturnExplanation::make(line.refusalCode, asked.lineId,
                                                 {{u"line"_s, asked.lineId},
                                                  {u"asked"_s, asked.quantity},
                                                  {u"left"_s, line.quantityReturnable},
                                                  {u"bought"_s, bought.quantity},
                                                  {u"returned"_s, bought.returnedQuantity}});
        return outcome;
    }
    if (asked.reason == ReturnReason::RefusedAtPickup)
        return decideRefusedAtPickup(asked, bought, std::move(outcome));
    if (!order.refusal.isEmpty()) {
        line.refusalCode = order.refusal; // explained once for the whole order
        return outcome;
    }
    if (!bought.returnable) {
        judgeNotReturnable(asked, bought, order, outcome);
        if (!line.refusalCode.isEmpty())
            return outcome;
    }

    line.refund = line.value;
    if (asked.partialRefund) {
        if (asked.partialRefund->cents > line.value.cents)
            return makeError(ReturnPolicyError::kInvalidRequest,
                             u"line %1: partial refund above the value"_s.arg(asked.lineId));
        line.refund = *asked.partialRefund;
        line.approvals << ApprovalRule::Goodwill;
        outcome.notes << ReturnExplanation::make(
            u"line.damaged_partial"_s, asked.lineId,
            {{u"line"_s, asked.lineId}, {u"amount"_s, money(line.refund)}, {u"full"_s, money(line.value)}});
    } else if (asked.condition == ItemCondition::Damaged) {
        const bool onArrival = damagedBeforeDelivery(asked.reason);
        if (!onArrival)
            line.approvals << ApprovalRule::Goodwill;
        outcome.notes << ReturnExplanation::make(onArrival ? u"line.damaged_on_arrival"_s
                                                           : u"line.damaged_goodwill"_s,
                                                 asked.lineId, {{u"line"_s, asked.lineId}});
    }
    for (ApprovalRule rule : order.approvals)
        addOnce(line.approvals, rule);
    line.verdict = line.approvals.isEmpty() ? LineVerdict::Allowed : LineVerdict::NeedsApproval;
    return outcome;
}

// Whether every piece of the order has come back once this return is done.
bool wholeOrderBack(const ReturnOrderFacts& order, const ReturnDecision& decision) {
    if (decision.hasRefusals())
        return false;
    return std::all_of(order.lines.cbegin(), order.lines.cend(), [&](const ReturnOrderLine& bought) {
        const ReturnLineDecision* line = decision.line(bought.lineId);
        return bought.quantity - bought.returnedQuantity - (line ? line->quantityAsked : 0) == 0;
    });
}

// Never more than is left of the payment: trims shipping first, then the lines from the last.
// Returns whether it had to.
bool capToWhatIsLeft(ReturnDecision& decision, const ReturnOrderFacts& order) {
    const qint64 left = std::max<qint64>(order.totalPaid.cents - order.refundedBefore.cents, 0);
    qint64 requested = decision.shippingRefund.cents;
    for (const ReturnLineDecision& line : decision.lines)
        requested += line.refund.cents;
    if (requested <= left)
        return false;
    qint64 excess = requested - left;
    const qint64 fromShipping = std::min(excess, decision.shippingRefund.cents);
    decision.shippingRefund.cents -= fromShipping;
    excess -= fromShipping;
    for (auto line = decision.lines.rbegin(); line != decision.lines.rend() && excess > 0; ++line) {
        const qint64 trim = std::min(excess, line->refund.cents);
        line->refund.cents -= trim;
        excess -= trim;
    }
    return true;
}

} // namespace

Result<ReturnDecision> ReturnPolicy::evaluate(const ReturnOrderFacts& order, const ReturnRequest& request,
                                              const QDateTime& nowUtc) const {
    if (const Status valid = validate(order, request, m_config); !valid)
        return valid.error();
    Result<ReturnWindowState> window = ReturnWindow::evaluate(order, m_config, nowUtc);
    if (!window)
        return window.error();

    const QString& currency = order.totalPaid.currency;
    ReturnDecision decision;
    decision.window = window.value();
    decision.refundMethod = request.refundMethod;
    decision.goodsRefund = decision.shippingRefund = decision.total = Money::zero(currency);
    const ReturnWindowState& w = decision.window;

    // Rules about the whole order: when it comes back, and where from. Pieces refused at pickup
    // were never delivered: when nothing else comes back, periods and marketplaces do not matter.
    const auto refusedAtPickup = [](const ReturnRequestLine& l) {
        return l.reason == ReturnReason::RefusedAtPickup;
    };
    const bool onlyRefusedAtPickup =
        std::all_of(request.lines.cbegin(), request.lines.cend(), refusedAtPickup);
    OrderContext context{w, {}, {}, order.totalPaid - order.shippingPaid, Money::zero(currency)};
    for (const ReturnOrderLine& line : order.lines)
        context.listValue += line.unitPrice * line.quantity;
    if (!onlyRefusedAtPickup) {
        decision.explanations << windowExplanation(w, m_config);
        if (w.phase == ReturnPhase::Goodwill)
            context.approvals << ApprovalRule::OutsideWindow;
        else if (w.phase == ReturnPhase::Expired)
            context.refusal = decision.explanations.constLast().code;
    }
    if (order.channel.startsWith(kMarketplacePrefix) && !onlyRefusedAtPickup) {
        const QVariantMap params{{u"marketplace"_s, order.channel.mid(kMarketplacePrefix.size())}};
        // An approval is no use for a return refused anyway; a refusal is worth knowing.
        if (m_config.marketplaceInStore == MarketplaceInStore::NeedsApproval && context.refusal.isEmpty()) {
            context.approvals << ApprovalRule::MarketplaceOrder;
            decision.explanations << ReturnExplanation::make(u"marketplace.approval"_s, {}, params);
        } else if (m_config.marketplaceInStore == MarketplaceInStore::Refused) {
            decision.explanations << ReturnExplanation::make(u"marketplace.refused"_s, {}, params);
            if (context.refusal.isEmpty())
                context.refusal = u"marketplace.refused"_s;
        }
    }

    QList<QList<ReturnExplanation>> lineNotes;
    for (const ReturnRequestLine& asked : request.lines) {
        const ReturnOrderLine& bought = orderLine(order, asked.lineId);
        Result<LineOutcome> outcome = decideLine(asked, bought, context);
        if (!outcome)
            return outcome.error();
        decision.lines << outcome->decision;
        lineNotes << outcome->notes;
    }
    const bool anyTaken =
        std::any_of(decision.lines.cbegin(), decision.lines.cend(),
                    [](const ReturnLineDecision& l) { return l.verdict != LineVerdict::Refused; });

    // Outbound shipping comes back when the whole order is withdrawn (§357(2) BGB) or refused.
    const bool shippingBack =
        (w.phase == ReturnPhase::Withdrawal || onlyRefusedAtPickup) && wholeOrderBack(order, decision);
    if (!order.shippingPaid.isZero() && anyTaken) {
        if (shippingBack)
            decision.shippingRefund = order.shippingPaid;
        decision.explanations << ReturnExplanation::make(shippingBack ? u"shipping.refunded"_s
                                                                      : u"shipping.not_refunded"_s,
                                                         {}, {{u"amount"_s, money(order.shippingPaid)}});
    }
    if (capToWhatIsLeft(decision, order))
        decision.explanations << ReturnExplanation::make(
            u"refund.capped"_s, {},
            {{u"paid"_s, money(order.totalPaid)}, {u"refunded"_s, money(order.refundedBefore)}});
    if (context.discounted() && anyTaken)
        decision.explanations << ReturnExplanation::make(
            u"refund.order_discount"_s, {},
            {{u"paid"_s, money(context.goodsPaid)}, {u"list"_s, money(context.listValue)}});

    Money needsLimitCheck = decision.shippingRefund; // refused pieces never need a manager
    for (qsizetype i = 0; i < decision.lines.size(); ++i) {
        const ReturnLineDecision& line = decision.lines.at(i);
        decision.explanations << lineNotes.at(i);
        decision.goodsRefund += line.refund;
        if (!refusedAtPickup(request.lines.at(i)))
            needsLimitCheck += line.refund;
        if (line.verdict != LineVerdict::Refused)
            decision.explanations << ReturnExplanation::make(u"line.taken_back"_s, line.lineId,
                                                             {{u"line"_s, line.lineId},
                                                              {u"quantity"_s, line.quantityAsked},
                                                              {u"amount"_s, money(line.refund)}});
        for (ApprovalRule rule : line.approvals)
            addOnce(decision.approvals, rule);
    }
    decision.total = decision.goodsRefund + decision.shippingRefund;

    if (m_config.approvalAboveAmount && anyTaken &&
        needsLimitCheck.cents > m_config.approvalAboveAmount->cents) {
        addOnce(decision.approvals, ApprovalRule::AmountLimit);
        decision.explanations << ReturnExplanation::make(
            u"approval.amount_limit"_s, {},
            {{u"limit"_s, money(*m_config.approvalAboveAmount)}, {u"amount"_s, money(decision.total)}});
    }
    std::sort(decision.approvals.begin(), decision.approvals.end());

    if (anyTaken) {
        QString code =
            decision.refundMethod == RefundMethod::Voucher ? u"refund.voucher"_s : u"refund.original"_s;
        if (m_config.goodwillAsVoucherOnly && w.phase == ReturnPhase::Goodwill && !onlyRefusedAtPickup) {
            decision.refundMethod = RefundMethod::Voucher;
            code = u"refund.voucher_goodwill"_s;
        }
        decision.explanations << ReturnExplanation::make(code, {}, {{u"amount"_s, money(decision.total)}});
    }
    return decision;
}
