#pragma once

#include "Pickup.h"
#include "PickupState.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One order line and a quantity: what a pickup holds, what one handover gave out.
struct PickupLineQuantity {
    QString lineId;
    int quantity = 0;

    bool operator==(const PickupLineQuantity&) const = default;
};

// How the person at the desk was checked before a handover.
enum class IdentityMethod { PickupCode, IdentityDocument, KnownCustomer };

// The pickup state machine and the handover checks of DESIGN.md §5, pure so that the desk (offline,
// against the cache) and theke-server (the authority) decide alike. Failures carry the API's problem
// codes and statuses: 409 invalid_transition, 422 pickup_code_invalid, identity_check_required,
// recipient_not_authorised, handover_quantity_exceeded, deadline_not_reached, invalid_value.
class PickupRules {
public:
    // A pickup whose order was cancelled takes no command at all: 409 pickup_cancelled. The server
    // checks this before the version, so a device that missed the cancellation (an offline
    // handover) learns what happened rather than only that the pickup changed.
    static Status checkNotCancelled(PickupState state);
    // Readying puts the pickup on a shelf; a ready pickup may move to another shelf place.
    static Status checkReady(PickupState state, const QString& shelf);
    // The pieces reported unavailable with the ready command: only while preparing (409
    // invalid_transition on a pickup already ready), each line of the pickup at most once with 1 to
    // its ordered quantity and a reason of unavailableReasons() (422 invalid_value), and at least one
    // piece left to collect (422 nothing_available: the order stays to prepare).
    static Status checkUnavailable(PickupState state, const QList<PickupLine>& lines,
                                   const QList<UnavailablePieces>& unavailable);
    // The lines with the unavailable pieces recorded (after checkUnavailable).
    static QList<PickupLine> withUnavailable(QList<PickupLine> lines,
                                             const QList<UnavailablePieces>& unavailable);
    // Wire names of why a piece is unavailable: not_found, damaged, stock_incorrect.
    static QStringList unavailableReasons();
    // Messages go out only while the order waits on the shelf.
    static Status checkNotify(PickupState state);

    struct HandoverRequest {
        QList<PickupLineQuantity> lines;   // handed over now
        QList<PickupLineQuantity> refused; // refused by the customer now (a return takes them back)
        bool toAuthorisedPerson = false;   // someone other than the customer collects
        QString recipientName;
        IdentityMethod method = IdentityMethod::PickupCode;
        bool pickupCodeMatches = false; // checked by the caller against the pickup's code hash
        bool documentTypeGiven = false; // for IdentityDocument: the type, never the number
    };
    // The state after the handover, or why it may not happen. ordered are the pickup's lines,
    // handedOver what every earlier handover settled (settled()), authorisedPersons the names on the
    // order. Pieces handed over and refused together may not exceed what is open; a handover may
    // consist of refused pieces only. Nothing open afterwards: HandedOver.
    static Result<PickupState> checkHandover(PickupState state, const QList<PickupLineQuantity>& ordered,
                                             const QList<PickupLineQuantity>& handedOver,
                                             const QStringList& authorisedPersons,
                                             const HandoverRequest& request);

    enum class ReturnToStockReason { NotCollected, CancelledByCustomer };
    // An uncollected order goes back to stock once its deadline has passed; a customer's
    // cancellation does not wait for the deadline.
    static Status checkReturnToStock(PickupState state, ReturnToStockReason reason, const QDateTime& deadline,
                                     const QDateTime& nowUtc);

    // Per line, what every handover of the pickup settled: handed over or refused by the customer.
    static QList<PickupLineQuantity> settled(const Pickup& pickup);
    // The pickup's lines as quantities to collect: what was ordered less what is unavailable.
    static QList<PickupLineQuantity> ordered(const Pickup& pickup);
    // What is still to hand over per line (ordered minus settled), lines with nothing left omitted.
    static QList<PickupLineQuantity> openQuantities(const QList<PickupLineQuantity>& ordered,
                                                    const QList<PickupLineQuantity>& handedOver);

    static bool isFinal(PickupState state);
    // Ready and past its deadline: the queue's "overdue" bucket.
    static bool isOverdue(PickupState state, const QDateTime& deadline, const QDateTime& nowUtc);
};
