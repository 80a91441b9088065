#pragma once

#include "ConsentEvent.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

// The consent_events table, the history the consents feed serves: every change of a consent as its
// own row, with who recorded it on which device (kept on the server as proof). Runs inside the
// caller's write transaction.
class ConsentEventLog {
public:
    struct Recorded {
        ConsentEvent event; // id, customer, purpose, granted, channel, store, at
        QString staffId;    // may be empty
        QString deviceId;   // empty for imported or demo history
    };

    explicit ConsentEventLog(QSqlDatabase db);

    // The columns in the order record() and the demo generator's bulk insert write them.
    static QStringList columns();

    Status record(const Recorded& recorded, qint64 seq);
    // The store of a device, for changes recorded at a store's counter; empty when unknown.
    Result<QString> storeOfDevice(const QString& deviceId) const;
    // Erasure: deletes the customer's consent history, each row leaving a tombstone; returns how many.
    Result<int> removeForCustomer(const QString& customerId, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
