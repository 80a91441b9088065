#pragma once

#include <QDateTime>
#include <QString>

// One change of a marketing consent: granted or withdrawn, when, and where (channel, store). From the
// consents feed, or made at this counter and still waiting in the outbox (pending).
struct ConsentEvent {
    QString id; // server id; for a pending change the outbox row id as "outbox:<n>"
    QString customerId;
    QString purpose; // "email", "sms", "phone", "personalised_offers"
    bool granted = false;
    QString channel;      // "webshop", "app", "store", "phone", "marketplace:<name>"
    QString storeId;      // the store where it happened; empty when not in a store
    QString storeName;    // the cached store's name for storeId, where known (not on the wire)
    QDateTime at;         // UTC
    bool pending = false; // made on this device and not yet confirmed by the server

    bool operator==(const ConsentEvent&) const = default;
};
