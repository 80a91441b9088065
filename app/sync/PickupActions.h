#pragma once

#include "Clock.h"
#include "Database.h"
#include "OutboxEntry.h"
#include "Pickup.h"
#include "PickupRules.h"

#include <QJsonObject>

// The pickup desk's commands, online or offline: each is checked with PickupRules against the cached
// pickup, changes the cached pickup at once and queues its command (If-Match = the cached version)
// in one transaction. The pickup as it was goes into the row's localRef, so a discard can put it
// back; the server's answer replaces the cached pickup. The pickup code is checked offline against
// the cached hash; five wrong codes block the pickup for a while (SignInThrottle, key "pickup:<id>").
class PickupActions {
public:
    static constexpr int kCollectDays = 10; // as theke-server: a ready pickup waits this long

    struct HandoverInput {
        QList<PickupLine> lines;        // handed over
        QList<PickupLine> refusedLines; // refused by the customer (see PickupRefusal for their return)
        bool toAuthorisedPerson = false;
        QString recipientName;
        IdentityMethod method = IdentityMethod::PickupCode;
        QString documentType; // id_card, passport, driving_licence, residence_permit; never a number
        QString code;         // for IdentityMethod::PickupCode, as typed or scanned
        // The caller checked exactly this code a moment ago (the desk's verify step, hashed off the
        // GUI thread, counted by recordCodeCheck): it is not hashed again.
        bool codeVerified = false;
    };

    explicit PickupActions(Database& database, const Clock& clock = Clock::system());

    // Pieces the store cannot provide travel with the command (PickupRules::checkUnavailable); the
    // pickup's pick list kept on this device goes with it.
    Result<OutboxEntry> ready(const QString& pickupId, const QString& shelf, const QString& staffId,
                              const QList<UnavailablePieces>& unavailable = {});
    Result<OutboxEntry> notify(const QString& pickupId, const QString& channel, const QString& staffId);
    // Fails with pickup_code_invalid (counted) for a wrong code and local.pickup_code_blocked while
    // the pickup is blocked, auth.not_signed_in without staffId; the code never reaches a log.
    Result<OutboxEntry> handover(const QString& pickupId, const HandoverInput& input, const QString& staffId);
    Result<OutboxEntry> returnToStock(const QString& pickupId, PickupRules::ReturnToStockReason reason,
                                      const QString& staffId);

    // Checks a code without handing over (the desk's "verify" step); counts a wrong one. Hashes on
    // the calling thread: the desk uses codeToCheck and recordCodeCheck around a pool thread instead.
    Status verifyCode(const QString& pickupId, const QString& code);
    // The cached code descriptor a code for pickupId is checked against (a quick read; the slow hash
    // check is the caller's); local.pickup_code_blocked while blocked, local.pickup_unknown.
    Result<QString> codeToCheck(const QString& pickupId) const;
    // Counts the outcome of a check made with codeToCheck: ok for a match, pickup_code_invalid, or
    // local.pickup_code_blocked (a block started by this wrong code, or meanwhile by another check).
    Status recordCodeCheck(const QString& pickupId, bool matches);
    // The end of the block after too many wrong codes, or an invalid time.
    QDateTime blockedUntil(const QString& pickupId) const;
    int attemptsLeft(const QString& pickupId) const;

    static QString throttleKey(const QString& pickupId) { return QStringLiteral("pickup:") + pickupId; }
    static bool isPickupCommand(const QString& command);
    // The server's Pickup for the row's command: it replaces the cached one (never an older version),
    // and later rows of the same pickup are based on the new version.
    static Status applyAnswer(QSqlDatabase db, const OutboxEntry& row, const QJsonObject& answer,
                              const Clock& clock);
    // Changes made here stay visible until the server has them: when the server's view of a pickup
    // lands in the cache (a feed page, an answer) at the version a waiting row (pending, sending,
    // failed) was based on, that row's pickup as changed here is put back on top.
    static Status overlayWaiting(QSqlDatabase db, const QStringList& pickupIds);
    // Puts the pickup back as it was before a discarded row, unless the server has sent a newer
    // version meanwhile or a later change of the pickup still stands.
    static Status undo(QSqlDatabase db, const OutboxEntry& entry);

private:
    Result<OutboxEntry> change(const QString& pickupId, const QString& command, const QString& action,
                               const QJsonObject& body, const QString& staffId,
                               const std::function<Status(Pickup&)>& apply);

    Database& m_database;
    const Clock& m_clock;
};
