#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

// What happened in a customer's cross-channel history.
enum class TimelineKind {
    OnlineOrder,    // an order from webshop, app, phone or a marketplace
    StoreReceipt,   // a purchase at a store till (an order of channel "store")
    Return,         // a return of order lines, at a store or by post
    Pickup,         // a Click & Collect pickup
    ServiceContact, // a call, e-mail, chat … with customer service
    Consent,        // a consent granted or withdrawn
    Note,           // an associate's note
};

// One entry of the customer 360 timeline. Only data: the GUI words it.
struct TimelineEvent {
    TimelineKind kind = TimelineKind::Note;
    QString channel; // API channel or contact channel; empty where there is none (notes)
    QDateTime at;    // UTC
    QString orderNo; // the order it belongs to (orders, receipts, returns, pickups); else empty
    QString refId;   // id of the record (order, return, pickup, contact, note; consent purpose)
    QString text;    // subject of a contact, text of a note, purpose of a consent
    Money amount;    // order gross or refund amount, when hasAmount
    bool hasAmount = false;
    int pieces = 0;       // pieces bought, returned or to collect
    QString state;        // the record's state as the API names it ("delivered", "refunded", "granted" …)
    QString place;        // consent changes: the name of the store where it happened; else empty
    bool pending = false; // consent changes made here that the server has not confirmed yet

    bool operator==(const TimelineEvent&) const = default;
};
