#include "ConsentHistory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool standsFor(const ConsentEvent& event, const Consent& consent) {
    return event.purpose == consent.purpose && event.granted == consent.granted &&
           std::abs(event.at.msecsTo(consent.changedAt)) <= ConsentHistory::kSameChangeMs;
}

} // namespace

QList<ConsentEvent> ConsentHistory::complete(QList<ConsentEvent> events, const QList<Consent>& current,
                                             const QString& customerId) {
    for (const Consent& consent : current) {
        if (!consent.changedAt.isValid())
            continue;
        const bool known = std::any_of(events.cbegin(), events.cend(),
                                       [&consent](const ConsentEvent& e) { return standsFor(e, consent); });
        if (known)
            continue;
        ConsentEvent e;
        e.id = u"current:"_s + consent.purpose;
        e.customerId = customerId;
        e.purpose = consent.purpose;
        e.granted = consent.granted;
        e.channel = consent.source;
        e.at = consent.changedAt;
        events.append(std::move(e));
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const ConsentEvent& a, const ConsentEvent& b) { return a.at < b.at; });
    return events;
}

QList<ConsentEvent> ConsentHistory::newestFirst(const QList<ConsentEvent>& history, const QString& purpose) {
    QList<ConsentEvent> mine;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->purpose == purpose)
            mine.append(*it);
    }
    return mine;
}
