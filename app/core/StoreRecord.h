#pragma once

#include "ReturnPolicyConfig.h"

#include <QDateTime>
#include <QString>

// A store (Filiale) of the retailer, from the stores feed. "Store" alone would read as the cache
// (app/store, theke_store).
struct StoreRecord {
    QString id; // readable slug, e.g. "hh-moenckebergstrasse"
    QString name;
    QString timeZone; // IANA, e.g. "Europe/Berlin"; times at this store are shown in it
    QString street;
    QString postcode;
    QString city;
    QString country;
    QString phone; // E.164 or empty
    qint64 version = 0;
    QDateTime updatedAt;             // UTC
    ReturnPolicyConfig returnPolicy; // the retailer's, set centrally on the server; defaults until synced

    bool operator==(const StoreRecord&) const = default;
};
