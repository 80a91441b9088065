#pragma once

#include "Customer.h"

#include <QStringList>

// May the store contact this customer for marketing through a purpose's channel? Only where the
// consent for that purpose is granted and the customer left the contact data it needs (DESIGN §5).
// Service messages about an order (a pickup is ready) need no marketing consent.
class ConsentGate {
public:
    enum class Verdict {
        Allowed,
        NeverGranted,  // no consent recorded for the purpose
        Withdrawn,     // recorded, and not granted (any more)
        NoContactData, // granted, but no e-mail address or phone number to use
    };
    struct Permission {
        Verdict verdict = Verdict::NeverGranted;
        QDateTime changedAt; // when the consent was last changed, if known (UTC)
        QString source;      // where it was given or withdrawn ("store", "webshop", …)
        bool allowed() const { return verdict == Verdict::Allowed; }
    };

    static const QStringList& purposes(); // email, sms, phone, personalised_offers
    static Permission check(const Customer& customer, const QString& purpose);
    // The customer's recorded consent for purpose, if any.
    static const Consent* find(const Customer& customer, const QString& purpose);
};
