#pragma once

#include <QDateTime>
#include <QString>

// A note staff wrote about a customer, as the server stores and sends it (schema Note).
struct NoteRecord {
    QString id;
    QString customerId;
    QString text;
    QString authorStaffId; // empty: none given (null on the wire)
    QDateTime createdAt;   // UTC
    qint64 version = 1;
    QDateTime updatedAt; // UTC
};
