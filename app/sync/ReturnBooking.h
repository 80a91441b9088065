#pragma once

#include "Approval.h"
#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"
#include "ReturnDecision.h"
#include "ReturnRecord.h"
#include "ReturnRequest.h"

// Books a return at the desk, online or offline: in one transaction the cache gets the return, the
// order's returned quantities and (for goods put back on the shelf) this store's stock, and the
// outbox gets the return.create command. The server validates again when it arrives; its answer
// replaces the local return, and a discard undoes all three local effects.
class ReturnBooking {
public:
    struct Booked {
        OutboxEntry entry;
        ReturnRecord record;
    };

    explicit ReturnBooking(Database& database, const Clock& clock = Clock::system());

    // local.order_unknown when the order is not cached, local.return_quantity_exceeded when the
    // cache already shows fewer pieces left than asked, local.return_empty without lines,
    // reason_text_required / reason_text_too_long for reason "other" without a fitting text.
    // afterPickupId: the return of pieces refused at that pickup's handover waits in the pickup's
    // outbox line, so it reaches the server after the handover (and not at all while it conflicts).
    Result<Booked> book(const QString& orderNo, const ReturnRequest& request, const ReturnDecision& decision,
                        const QList<Approval>& approvals, const QString& staffId, const QString& storeId,
                        const QString& afterPickupId = {});

    // The server's Return for the row's command: it replaces the local one (same id).
    static Status applyAnswer(QSqlDatabase db, const QJsonObject& answer);
    // Undoes book() for a discarded row, as far as the cache still shows this device's own effects.
    static Status undo(QSqlDatabase db, const OutboxEntry& entry);

private:
    Database& m_database;
    const Clock& m_clock;
};
