#pragma once

#include "Customer.h"

#include <QList>
#include <QString>

#include <string>

// A customer's consents as stored in customers.consents: the JSON array exactly as
// QJsonDocument(CustomerJson::toJson(customer)) writes it, so the customers feed can copy it unchanged.
class ConsentText {
public:
    static std::string toJson(const QList<Consent>& consents);
    // Unreadable text gives an empty list: the column is only ever written by toJson().
    static QList<Consent> fromJson(const QString& text);

    // The purposes the Store API knows (email, sms, phone, personalised_offers).
    static bool isKnownPurpose(QStringView purpose);
    // webshop, app, store, phone or marketplace:<name> (name: 1-40 of [a-z0-9_-]).
    static bool isValidSource(QStringView source);
};
