#pragma once

#include "ConsentEvent.h"
#include "Customer.h"
#include "Note.h"
#include "Pickup.h"
#include "Result.h"
#include "SaleFacts.h"
#include "ServiceContact.h"
#include "TimelineEvent.h"

#include <QList>
#include <QSqlDatabase>

// Everything cached about one customer that the timeline and the figures show.
struct CustomerHistory {
    QList<OrderFacts> orders; // newest first
    QList<ReturnFacts> returns;
    QList<Pickup> pickups;
    QList<ServiceContact> contacts;
    QList<Note> notes;
    QList<Consent> consents;           // the current state per purpose
    QList<ConsentEvent> consentEvents; // the history, oldest first, with the changes still waiting here
};

// Builds a customer's cross-channel timeline from the cached records: one query per kind for the
// customer (never one per row), then a pure merge, newest first.
class TimelineBuilder {
public:
    // Up to kLimit records of each kind.
    static constexpr int kLimit = 100000;

    static Result<CustomerHistory> load(QSqlDatabase db, const QString& customerId);
    // Only the newest `newest` records of each kind: enough for the first `newest` timeline entries
    // in the right order (every kind's share of them is among its newest), not for the figures.
    static Result<CustomerHistory> loadNewest(QSqlDatabase db, const QString& customerId, int newest);
    static QList<TimelineEvent> build(const CustomerHistory& history);
};
