#pragma once

#include "PickupState.h"

#include <QDateTime>
#include <QList>
#include <QString>

// An order line and how many pieces of it (to collect, or handed over). Of a line to collect, the
// pieces the store could not provide while preparing (never on a handover's lines): how many and why,
// one of PickupRules::unavailableReasons().
struct PickupLine {
    QString lineId;
    int quantity = 0;
    int unavailableQuantity = 0;
    QString unavailableReason = {};

    bool operator==(const PickupLine&) const = default;
};

// Pieces of one line the store cannot provide, as the ready command reports them.
struct UnavailablePieces {
    QString lineId;
    int quantity = 0;
    QString reason; // not_found, damaged, stock_incorrect

    bool operator==(const UnavailablePieces&) const = default;
};

// A third person the customer named to collect; identified by name only.
struct AuthorisedPerson {
    QString name;

    bool operator==(const AuthorisedPerson&) const = default;
};

struct PickupNotification {
    QString channel;      // email, sms
    QString templateName; // ready, reminder
    QDateTime sentAt;
    QString staffId; // empty when the backend sent it by itself

    bool operator==(const PickupNotification&) const = default;
};

struct Recipient {
    QString type; // customer, authorised_person
    QString name;

    bool operator==(const Recipient&) const = default;
};

// How the recipient was checked: the type of document, never its number.
struct IdentityCheck {
    QString method;       // pickup_code, identity_document, known_customer
    QString documentType; // for identity_document: id_card, passport, driving_licence, residence_permit

    bool operator==(const IdentityCheck&) const = default;
};

struct Handover {
    QDateTime at;
    QString staffId;
    Recipient recipient;
    IdentityCheck identityCheck;
    QList<PickupLine> lines;             // handed over
    QList<PickupLine> refusedLines = {}; // refused by the customer at this handover (taken back by a return)

    bool operator==(const Handover&) const = default;
};

// A Click & Collect order waiting at (or coming to) a store, from the pickups feed.
struct Pickup {
    QString id;
    QString orderNo;
    QString customerId; // may be empty
    QString storeId;
    PickupState state = PickupState::AwaitingStock;
    QList<PickupLine> lines;
    QString shelf;      // shelf place once ready
    QDateTime deadline; // invalid until ready
    // PinHash descriptor JSON of the pickup code; checked with PinHash::verify, never logged.
    QString pickupCodeHash;
    QList<AuthorisedPerson> authorisedPersons;
    QList<PickupNotification> notifications;
    QList<Handover> handovers;
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const Pickup&) const = default;
};
