#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One marketing-contact consent: for which purpose, granted or not, since when and where given.
struct Consent {
    QString purpose; // "email", "sms", "phone", "personalised_offers"
    bool granted = false;
    QDateTime changedAt; // UTC
    QString source;      // channel where given: "webshop", "app", "store", "phone", "marketplace:<name>"

    bool operator==(const Consent&) const = default;
};

// A customer as the store sees them: profile, contact, address, loyalty, consents.
struct Customer {
    QString id;         // server id (UUID text)
    QString customerNo; // e.g. "K1004711"
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // E.164, e.g. "+4915112345678"
    QString street;
    QString postcode;
    QString city;
    QString country = QStringLiteral("DE");
    QString loyaltyCard; // card barcode number
    QString loyaltyTier; // e.g. "silver"
    int loyaltyPoints = 0;
    QString preferredStoreId;
    QDate customerSince;
    QList<Consent> consents;
    qint64 version = 0;
    QDateTime updatedAt; // UTC

    QString displayName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
    bool operator==(const Customer&) const = default;
};
