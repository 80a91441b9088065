#pragma once

#include <QDateTime>
#include <QString>

// A note a staff member wrote about a customer, as cached: from the server, or added here and
// waiting in the outbox (pending, with only a local id until the server's note replaces it).
struct Note {
    QString id;      // server id; empty while pending
    QString localId; // the idempotency key of the outbox row that adds it; empty for others' notes
    QString customerId;
    QString text;
    QString authorStaffId;
    QDateTime createdAt; // UTC
    qint64 version = 0;
    bool pending = false;

    bool operator==(const Note&) const = default;
};
