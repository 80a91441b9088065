#pragma once

#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"
#include "Result.h"

#include <optional>

// The one way the GUI and theke-ctl change data: each change updates the cache and writes its outbox
// row in one transaction, so the change is either visible and queued, or neither. Validates first,
// with clear error codes (OutboxError), so the server should never have to refuse the obvious.
class LocalChanges {
public:
    static constexpr int kMaxNoteLength = 2000;      // the Store API's limit (UTF-16 units are never fewer)
    static constexpr QStringView kSource = u"store"; // the channel of every change made here

    explicit LocalChanges(Database& database, const Clock& clock = Clock::system());

    // A note on a cached customer: a pending local note (local id = the row's idempotency key) and
    // a note.add row.
    Result<OutboxEntry> addNote(const QString& customerId, const QString& text, const QString& staffId);
    // Grants or withdraws a consent of a cached customer: the cached consent changes at once and a
    // consent.set row goes out with If-Match = the cached customer version.
    Result<OutboxEntry> setConsent(const QString& customerId, const QString& purpose, bool granted,
                                   const QString& staffId);

    // Sends a failed, conflicting or quarantined row again. A stale consent change (412) is then based
    // on the newest version known (the cache's or the one the server named): "keep mine". A refused
    // row (conflict, quarantined) goes out under a new idempotency key, or the server would only
    // replay its refusal; a failed row keeps its key, since the server may have applied it.
    Status retry(qint64 outboxId);
    // Drops a row and undoes its local effect: a pending note disappears, a consent goes back to what
    // it was unless a later change of the same consent is still in the outbox. A handover takes the
    // return of the pieces refused at it along (linkedReturn), in the same transaction: without the
    // handover the server would refuse that return. Returns the ids of the rows dropped, this first.
    Result<QList<qint64>> discard(qint64 outboxId, const QString& reason);
    // The return of pieces refused at the handover `entry` that still waits behind it, if any.
    static Result<std::optional<OutboxEntry>> linkedReturn(QSqlDatabase db, const OutboxEntry& entry);

private:
    Status undo(const OutboxEntry& entry);

    Database& m_database;
    const Clock& m_clock;
};
