#pragma once

#include "ConsentEvent.h"
#include "Customer.h"

#include <QList>

// A customer's consent history as the counter shows it: the changes the cache holds (from the consents
// feed, plus the ones waiting in the outbox), completed by the current consents where the history has
// not caught up yet (the consents feed not pulled since, or a server without it). Pure functions.
namespace ConsentHistory {

// A current consent counts as in the history when a change of the same purpose and state lies within
// this much of it (a change made here is stamped once in the cache and once in its outbox row).
constexpr qint64 kSameChangeMs = 5000;

// Oldest first: events plus one entry for each dated current consent no event stands for.
QList<ConsentEvent> complete(QList<ConsentEvent> events, const QList<Consent>& current,
                             const QString& customerId);
// Newest first, only purpose.
QList<ConsentEvent> newestFirst(const QList<ConsentEvent>& history, const QString& purpose);

} // namespace ConsentHistory
