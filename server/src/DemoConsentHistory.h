#pragma once

#include "ConsentEvent.h"
#include "Customer.h"

#include <QList>

#include <random>

// The story behind a demo customer's current consents, as consent_events rows: most were given or
// declined once; about a fifth of the granted ones were given at registration, withdrawn and given
// again; most of the withdrawn ones had been granted before. Every purpose's last event is its current
// consent (same state, time and channel); consents never asked for have no events. Draws from its own
// random stream, so the customers and their current consents of a seed stay as they were.
class DemoConsentHistory {
public:
    void seed(quint64 seed);
    // Oldest first. Needs customer.id, customerSince, preferredStoreId and consents set.
    QList<ConsentEvent> historyFor(const Customer& customer);

private:
    quint64 below(quint64 bound) { return m_random() % bound; }
    // A time in [from, to), at least 1 ms before to; from itself when there is no room.
    QDateTime between(const QDateTime& from, const QDateTime& to);
    ConsentEvent event(const Customer& customer, const Consent& consent, bool granted, const QString& channel,
                       const QDateTime& at);

    std::mt19937_64 m_random;
    quint64 m_made = 0; // events made since seed(): the rising part of their ids
};
