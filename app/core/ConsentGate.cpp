#include "ConsentGate.h"

using namespace Qt::StringLiterals;

const QStringList& ConsentGate::purposes() {
    static const QStringList kPurposes{u"email"_s, u"sms"_s, u"phone"_s, u"personalised_offers"_s};
    return kPurposes;
}

const Consent* ConsentGate::find(const Customer& customer, const QString& purpose) {
    for (const Consent& consent : customer.consents) {
        if (consent.purpose == purpose)
            return &consent;
    }
    return nullptr;
}

ConsentGate::Permission ConsentGate::check(const Customer& customer, const QString& purpose) {
    const Consent* consent = find(customer, purpose);
    if (!consent)
        return {Verdict::NeverGranted, {}, {}};
    Permission permission{Verdict::Allowed, consent->changedAt, consent->source};
    if (!consent->granted)
        permission.verdict = Verdict::Withdrawn;
    else if (purpose == u"email" && customer.email.trimmed().isEmpty())
        permission.verdict = Verdict::NoContactData;
    else if ((purpose == u"sms" || purpose == u"phone") && customer.phone.trimmed().isEmpty())
        permission.verdict = Verdict::NoContactData;
    return permission;
}
