#pragma once

#include "Pickup.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

// Reads and writes rows of the pickups table as the core Pickup type, for the pickup commands. Only
// what a command changes is written back: state, lines (their unavailable pieces), shelf, deadline,
// notifications, handovers, version, updated_at and the change sequence number.
class PickupTable {
public:
    explicit PickupTable(QSqlDatabase db);

    Result<std::optional<Pickup>> find(const QString& id) const;
    Status update(const Pickup& pickup, qint64 seq);

    // The SKUs of the order's lines (line id → SKU), for putting goods back on stock.
    Result<QHash<QString, QString>> orderSkus(const QString& orderNo) const;
    // The first handover that gives goods to the customer (delivered) starts the withdrawal period
    // (delivered_at); the last one collects the order.
    Status markOrderHandedOver(const QString& orderNo, bool complete, bool delivered, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
