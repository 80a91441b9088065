#pragma once

#include "Clock.h"
#include "Database.h"
#include "PickupActions.h"
#include "ReturnBooking.h"
#include "ReturnDecision.h"
#include "ReturnableOrder.h"

#include <optional>

// The pickup desk's handover when the customer refuses pieces (issue 8, point 3): in one
// transaction the handover (what the customer takes and what they refuse, PickupActions) and the
// return of the refused pieces (reason refused_at_pickup, as new, back on this store's shelf,
// refunded to the original payment; ReturnBooking) reach the cache and the outbox, offline as
// online — both or neither. The return waits in the pickup's outbox line, so theke-server has the
// handover that recorded the refusal before the return arrives.
class PickupRefusal {
public:
    struct Outcome {
        OutboxEntry handover;
        // Set when pieces were refused: the booked return and what the rules decided about it.
        std::optional<ReturnBooking::Booked> refund;
        ReturnableOrder order; // as the rules saw it, for the return receipt
        ReturnRequest request;
        ReturnDecision decision;
    };

    PickupRefusal(Database& database, QString storeId, const Clock& clock = Clock::system());

    // The return the refused pieces make: a line each, refused_at_pickup, as new, restock here.
    static ReturnRequest refusalRequest(const QList<PickupLine>& refused);
    // What the rules grant for pieces about to be refused, before anything is booked.
    Result<ReturnDecision> preview(const QString& orderNo, const QList<PickupLine>& refused) const;
    // Hands over input.lines and books the return of input.refusedLines; on any error nothing is
    // changed (a wrong pickup code still counts). Errors as PickupActions::handover and
    // ReturnBooking::book, or local.refusal_not_returnable.
    Result<Outcome> handOver(const QString& pickupId, const PickupActions::HandoverInput& input,
                             const QString& staffId);

private:
    Result<ReturnDecision> decide(const ReturnableOrder& order, const ReturnRequest& request) const;

    Database& m_database;
    QString m_storeId;
    const Clock& m_clock;
};
