#include "DemoConsentGenerator.h"

using namespace Qt::StringLiterals;

namespace {

// Mixed into the seed so this stream differs from the customer fields' stream of the same seed.
constexpr quint64 kStreamSalt = 0x636f6e73656e7473ULL; // "consents"

struct PurposeRate {
    const char16_t* purpose;
    int grantedPercent;
    bool needsEmail;
    bool needsPhone;
};

constexpr PurposeRate kPurposes[] = {
    {u"email", 60, true, false},
    {u"sms", 25, false, true},
    {u"phone", 10, false, true},
    {u"personalised_offers", 35, false, false},
};

} // namespace

void DemoConsentGenerator::seed(quint64 seed) {
    m_random.seed(seed ^ kStreamSalt);
}

QString DemoConsentGenerator::randomChannel() {
    const quint64 roll = below(100);
    if (roll < 45)
        return u"store"_s;
    if (roll < 80)
        return u"webshop"_s;
    if (roll < 92)
        return u"app"_s;
    if (roll < 95)
        return u"phone"_s;
    static const QString kMarketplaces[] = {u"marketplace:amazon"_s, u"marketplace:zalando"_s,
                                            u"marketplace:otto"_s};
    return kMarketplaces[below(std::size(kMarketplaces))];
}

QDateTime DemoConsentGenerator::dateBetween(const QDateTime& from, const QDateTime& to) {
    const qint64 span = std::max<qint64>(1, from.msecsTo(to));
    return from.addMSecs(qint64(below(quint64(span))));
}

QList<Consent> DemoConsentGenerator::consentsFor(const Customer& customer) {
    // A consent never postdates the customer's last update: that update is when it was recorded.
    const QDateTime since(customer.customerSince, QTime(0, 0), Qt::UTC);
    const QDateTime until = std::max(customer.updatedAt, since);
    // Most consents are asked for where the customer signed up, the rest later elsewhere.
    const QString signUpChannel = randomChannel();

    QList<Consent> consents;
    consents.reserve(qsizetype(std::size(kPurposes)));
    for (const PurposeRate& rate : kPurposes) {
        Consent consent;
        consent.purpose = QString::fromUtf16(rate.purpose);
        const bool reachable = (!rate.needsEmail || !customer.email.isEmpty()) &&
                               (!rate.needsPhone || !customer.phone.isEmpty());
        const quint64 grantRoll = below(100);
        const quint64 decidedRoll = below(100);
        const bool otherChannel = below(100) < 30;
        const QString channel = otherChannel ? randomChannel() : signUpChannel;
        const QDateTime when = dateBetween(since, until);

        consent.granted = reachable && grantRoll < quint64(rate.grantedPercent);
        consent.source = channel;
        // Not granted: mostly never asked (no date), otherwise declined or withdrawn at a known time.
        if (consent.granted || decidedRoll < 35)
            consent.changedAt = when;
        consents.append(consent);
    }
    return consents;
}
