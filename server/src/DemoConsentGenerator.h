#pragma once

#include "Customer.h"

#include <random>

// Realistic marketing consents for demo customers: all four purposes, about 60 % e-mail, 25 % SMS, 10 %
// phone and 35 % personalised offers granted, dated between customer_since and the last update, given
// mostly where the customer signed up. Draws from its own random stream, so adding consents left the
// other demo fields of a seed unchanged.
class DemoConsentGenerator {
public:
    void seed(quint64 seed);
    // Needs customer.customerSince, updatedAt, email and phone already set.
    QList<Consent> consentsFor(const Customer& customer);

private:
    quint64 below(quint64 bound) { return m_random() % bound; }
    QString randomChannel();
    QDateTime dateBetween(const QDateTime& from, const QDateTime& to);

    std::mt19937_64 m_random;
};
