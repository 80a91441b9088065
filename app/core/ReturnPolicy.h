#pragma once

#include "Result.h"
#include "ReturnDecision.h"
#include "ReturnPolicyConfig.h"
#include "ReturnRequest.h"

#include <QDateTime>

// The return rules (DESIGN.md §5), pure and data-driven: the returns desk, theke-ctl and
// theke-server all ask it whether, how much and with whose approval goods come back.
//
// - Quantity left = bought − returned in any channel; asking for more refuses the line.
// - Distance sales (every channel but store) have the statutory withdrawal period from delivery;
//   every sale has the retailer's window; later returns are goodwill (approval outside_window), up
//   to the configured limit; beyond it they are refused. Periods count in the store's calendar
//   (see ReturnWindow). An order not yet recorded as delivered counts as within the withdrawal period.
// - Not returnable articles need a manager (not_returnable_article), except sealed hygiene articles
//   and media that are still sealed (returnable), final-sale articles within the withdrawal period
//   (the statutory right cannot be excluded) and gift cards (refused).
// - Marketplace orders: allowed, with a manager (marketplace_order) or refused, as configured.
// - Damaged goods: refunded in full when damaged or defective on arrival; otherwise a full or a
//   partial refund is goodwill (approval goodwill).
// - Refunds are pro rata after order discounts (Money::scaled); outbound shipping is refunded when
//   the whole order is withdrawn within the withdrawal period; the total never exceeds what was
//   paid less every earlier refund; above the configured amount a manager approves (amount_limit).
// - Refused at pickup (the customer refused the goods at the handover, so they were never delivered):
//   no period, article, marketplace or damage rule and no approval applies; the line is refunded in
//   full, but only for pieces a handover recorded as refused and no return has taken back yet
//   (ReturnOrderLine::refusedAtPickup). They do not count towards the approval amount limit.
// - Reason "other" needs its text (ReturnReasonText); a partial refund of refused goods is an error.
// - Refund to the original payment method, or a voucher if the customer chooses (or, if configured,
//   always a voucher for goodwill after the window).
class ReturnPolicy {
public:
    explicit ReturnPolicy(ReturnPolicyConfig config = {})
        : m_config(std::move(config)) {}

    const ReturnPolicyConfig& config() const { return m_config; }

    // nowUtc comes from Clock::nowUtc(). Input the rules cannot judge (unknown line, mixed
    // currencies, a partial refund for goods that are not damaged) is an error with a
    // ReturnPolicyError code, a missing or too long text of reason "other" one with a
    // ReturnReasonText code; every rule outcome is a decision with explanations.
    Result<ReturnDecision> evaluate(const ReturnOrderFacts& order, const ReturnRequest& request,
                                    const QDateTime& nowUtc) const;

private:
    ReturnPolicyConfig m_config;
};
