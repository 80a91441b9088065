#include "DemoConsentHistory.h"

#include "DemoIds.h"

using namespace Qt::StringLiterals;

namespace {

// Mixed into the seed so this stream differs from the other demo streams of the same seed.
constexpr quint64 kStreamSalt = 0x686973746f727921ULL; // "history!"
// Ids of consent events rise from here (one ms per event), after any customer id's timestamp.
constexpr quint64 kIdEpochMs = 1'735'689'600'000; // 2025-01-01T00:00:00Z

} // namespace

void DemoConsentHistory::seed(quint64 seed) {
    m_random.seed(seed ^ kStreamSalt);
    m_made = 0;
}

QDateTime DemoConsentHistory::between(const QDateTime& from, const QDateTime& to) {
    const qint64 span = from.msecsTo(to);
    if (span <= 1)
        return from;
    return from.addMSecs(qint64(below(quint64(span - 1))));
}

ConsentEvent DemoConsentHistory::event(const Customer& customer, const Consent& consent, bool granted,
                                       const QString& channel, const QDateTime& at) {
    ConsentEvent e;
    e.id = DemoIds::uuid7(kIdEpochMs + m_made++, m_random);
    e.customerId = customer.id;
    e.purpose = consent.purpose;
    e.granted = granted;
    e.channel = channel;
    // Given at a counter: most likely the customer's own store.
    if (channel == u"store")
        e.storeId = customer.preferredStoreId;
    e.at = at.toUTC();
    return e;
}

QList<ConsentEvent> DemoConsentHistory::historyFor(const Customer& customer) {
    const QDateTime registered(customer.customerSince, QTime(9, 0), Qt::UTC);
    QList<ConsentEvent> events;
    for (const Consent& consent : customer.consents) {
        if (!consent.changedAt.isValid())
            continue; // never asked: nothing happened
        const QDateTime now = consent.changedAt;
        const quint64 story = below(100);
        // Earlier changes only where there was time for them before the current one.
        const bool room = registered.msecsTo(now) > 2 * 86'400'000LL;
        const QString firstChannel = below(100) < 70 ? consent.source : u"webshop"_s;
        if (room && consent.granted && story < 20) {
            // Given at registration, withdrawn, given again now.
            const QDateTime withdrawn = between(registered, now);
            events.append(event(customer, consent, true, firstChannel, between(registered, withdrawn)));
            events.append(
                event(customer, consent, false, below(100) < 50 ? u"webshop"_s : u"phone"_s, withdrawn));
        } else if (room && !consent.granted && story < 60) {
            // Given earlier, withdrawn now.
            events.append(event(customer, consent, true, firstChannel, between(registered, now)));
        }
        events.append(event(customer, consent, consent.granted, consent.source, now));
    }
    return events;
}
