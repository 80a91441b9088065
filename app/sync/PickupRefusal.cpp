#include "PickupRefusal.h"

#include "CachedReturnableOrders.h"
#include "OutboxEntry.h"
#include "PickupCode.h"
#include "PickupRepository.h"
#include "ReturnPolicy.h"
#include "StoreRepository.h"
#include "SyncLog.h"

using namespace Qt::StringLiterals;

PickupRefusal::PickupRefusal(Database& database, QString storeId, const Clock& clock)
    : m_database(database)
    , m_storeId(std::move(storeId))
    , m_clock(clock) {}

ReturnRequest PickupRefusal::refusalRequest(const QList<PickupLine>& refused) {
    ReturnRequest request;
    request.refundMethod = RefundMethod::Original;
    for (const PickupLine& line : refused) {
        ReturnRequestLine asked;
        asked.lineId = line.lineId;
        asked.quantity = line.quantity;
        asked.reason = ReturnReason::RefusedAtPickup;
        asked.condition = ItemCondition::AsNew;
        asked.disposition = ReturnDisposition::Restock;
        request.lines.append(asked);
    }
    return request;
}

Result<ReturnDecision> PickupRefusal::decide(const ReturnableOrder& order,
                                             const ReturnRequest& request) const {
    const ReturnPolicy policy(StoreRepository(m_database.sql()).returnPolicy(m_storeId));
    Result<ReturnDecision> decision = policy.evaluate(order.facts, request, m_clock.nowUtc());
    if (!decision)
        return decision.error();
    // The rules take refused pieces back without a manager; anything else is a fact gone wrong.
    if (!decision->canProceed() || decision->needsApproval())
        return makeError(OutboxError::kRefusalNotReturnable, decision->texts().join(u' '));
    return decision;
}

Result<ReturnDecision> PickupRefusal::preview(const QString& orderNo,
                                              const QList<PickupLine>& refused) const {
    Result<ReturnableOrder> found = CachedReturnableOrders(m_database.sql(), m_storeId).find(orderNo);
    if (!found)
        return makeError(OutboxError::kOrderUnknown, u"order %1 is not in the cache"_s.arg(orderNo));
    ReturnableOrder order = std::move(found).value();
    // As if the handover had recorded the refusal already.
    for (ReturnOrderLine& line : order.facts.lines) {
        for (const PickupLine& piece : refused)
            line.refusedAtPickup += piece.lineId == line.lineId ? piece.quantity : 0;
    }
    return decide(order, refusalRequest(refused));
}

Result<PickupRefusal::Outcome> PickupRefusal::handOver(const QString& pickupId,
                                                       const PickupActions::HandoverInput& input,
                                                       const QString& staffId) {
    PickupActions actions(m_database, m_clock);
    if (input.refusedLines.isEmpty()) {
        Result<OutboxEntry> entry = actions.handover(pickupId, input, staffId);
        if (!entry)
            return entry.error();
        return Outcome{std::move(entry).value(), std::nullopt, {}, {}, {}};
    }
    // Checked before the transaction: a wrong code must count even though nothing is booked.
    PickupActions::HandoverInput checked = input;
    if (input.method == IdentityMethod::PickupCode && !input.codeVerified) {
        if (const Status code = actions.verifyCode(pickupId, PickupCode::normalise(input.code)); !code)
            return code.error();
        checked.codeVerified = true; // once is enough
    }
    std::optional<Outcome> outcome;
    const Status status = m_database.transaction([&]() -> Status {
        Result<OutboxEntry> entry = actions.handover(pickupId, checked, staffId);
        if (!entry)
            return entry.error();
        const std::optional<Pickup> pickup = PickupRepository(m_database.sql()).find(pickupId);
        if (!pickup)
            return makeError(OutboxError::kPickupUnknown, u"pickup %1 is not in the cache"_s.arg(pickupId));
        // Read inside the transaction: the handover just recorded the refusal the rules look for.
        Result<ReturnableOrder> order =
            CachedReturnableOrders(m_database.sql(), m_storeId).find(pickup->orderNo);
        if (!order)
            return makeError(OutboxError::kOrderUnknown,
                             u"order %1 is not in the cache"_s.arg(pickup->orderNo));
        const ReturnRequest request = refusalRequest(input.refusedLines);
        Result<ReturnDecision> decision = decide(order.value(), request);
        if (!decision)
            return decision.error();
        Result<ReturnBooking::Booked> booked =
            ReturnBooking(m_database, m_clock)
                .book(pickup->orderNo, request, decision.value(), {}, staffId, m_storeId, pickupId);
        if (!booked)
            return booked.error();
        outcome = Outcome{std::move(entry).value(), std::move(booked).value(), std::move(order).value(),
                          request, std::move(decision).value()};
        return {};
    });
    if (!status)
        return status.error();
    qCInfo(lcSync) << "handover with refused pieces queued for pickup" << pickupId;
    return *outcome;
}
