#pragma once

#include <QDateTime>
#include <QString>

// A customer service contact, for the cross-channel history; from the contacts feed.
struct ServiceContact {
    QString id;
    QString customerId;
    QString channel; // phone, email, chat, store, letter, social
    QString subject;
    QDateTime at;
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const ServiceContact&) const = default;
};
