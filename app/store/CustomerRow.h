#pragma once

#include "Customer.h"

#include <QByteArray>
#include <QList>

#include <array>

// A customer as the values of its cache columns, its consents' rows and its search index entry,
// worked out once: every text in UTF-8, the index text folded by SearchText. The sync's decoding
// thread builds them (CustomerFeedApplier::decode), so the thread that writes the page only binds
// them (CustomerRepository::upsert); folding and encoding were a third of a customer's write.
// A null text stays a null QByteArray and is stored as NULL, an empty one as '' (as QSqlQuery did).
struct CustomerRow {
    struct ConsentRow {
        QByteArray purpose;
        bool granted = false;
        QByteArray changedUtc; // CacheSql::timeText; empty when unknown (NULL)
        QByteArray source;
    };

    // customers' text columns after id, in table order: customer_no, first_name, last_name, email,
    // phone, street, postcode, city, country, loyalty_card, loyalty_tier.
    enum Text {
        kCustomerNo,
        kFirstName,
        kLastName,
        kEmail,
        kPhone,
        kStreet,
        kPostcode,
        kCity,
        kCountry,
        kLoyaltyCard,
        kLoyaltyTier,
        kTextCount
    };
    // customers_fts's columns: name, email, phone_key, customer_no, loyalty_card.
    static constexpr int kIndexColumns = 5;

    QString id; // for messages and the consent overlay
    QByteArray idUtf8;
    std::array<QByteArray, kTextCount> texts;
    qint64 loyaltyPoints = 0;
    QByteArray preferredStoreId;
    QByteArray customerSince; // ISO date; null when unknown
    qint64 version = 0;
    QByteArray updatedAt; // CacheSql::timeText; empty when unknown (NULL)
    std::array<QByteArray, kIndexColumns> index;
    QList<ConsentRow> consents;

    static CustomerRow of(const Customer& customer);
};
