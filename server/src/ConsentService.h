#pragma once

#include "Customer.h"
#include "Result.h"

#include <QSqlDatabase>

// Changes one consent of a customer inside the caller's write transaction: optimistic concurrency on the
// customer's version, a new version and change sequence number (so the customers feed carries it), and
// a consent_events row (the consents feed) recording where it was given and who recorded it on which
// device.
class ConsentService {
public:
    struct Change {
        QString customerId;
        qint64 expectedVersion = 0;
        Consent consent; // changedAt is set to now
        QString staffId; // may be empty
        QString deviceId;
    };
    struct Outcome {
        enum class Kind { Changed, NotFound, Stale };
        Kind kind = Kind::Changed;
        Customer customer; // Changed: the new state; Stale: the current one
    };

    explicit ConsentService(QSqlDatabase db);

    Result<Outcome> apply(Change change, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
