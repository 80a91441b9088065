#pragma once

#include <QDateTime>
#include <QString>

// A customer as the store sees them: profile, contact, address, loyalty. Consents and history come later.
struct Customer {
    QString id;         // server id (UUID text)
    QString customerNo; // e.g. "K-1004711"
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
    qint64 version = 0;
    QDateTime updatedAt; // UTC

    QString displayName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
    bool operator==(const Customer&) const = default;
};
