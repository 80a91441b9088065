#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <vector>

// One sync feed (customers, later stores, products, orders, …): its rows changed after a sequence
// number, each already serialised to its wire JSON. Deletions come from the shared tombstones table
// under the feed's name.
class SyncFeed {
public:
    struct Row {
        qint64 seq = 0;
        std::string json; // one JSON object, UTF-8
    };
    // Who asks: feeds of per-store rows (staff) serve only the device's store.
    struct Scope {
        QString deviceId;
        QString storeId;
    };

    virtual ~SyncFeed() = default;
    virtual QString name() const = 0;
    // Rows in scope with seq > afterSeq in seq order, at most limit; runs inside the caller's read
    // transaction.
    virtual Result<std::vector<Row>> rowsAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq,
                                               int limit) const = 0;
    // How many rows in scope have seq > afterSeq (the backlog a device still has to pull).
    virtual Result<qint64> countAfter(const QSqlDatabase& db, const Scope& scope, qint64 afterSeq) const = 0;
};
