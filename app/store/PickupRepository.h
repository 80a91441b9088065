#pragma once

#include "Pickup.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Click & Collect pickups as the pickups feed delivers them; lines, authorised persons,
// notifications and handovers are kept as JSON text and come back decoded. Writers open no
// transaction: the feed applier groups a page and its cursor in one. A row is replaced only by one
// of the same or a newer version.
class PickupRepository {
public:
    explicit PickupRepository(QSqlDatabase db);

    Status upsert(const QList<Pickup>& pickups);
    Status remove(const QStringList& ids);

    std::optional<Pickup> find(const QString& id) const;
    Result<QList<Pickup>> forOrderNo(const QString& orderNo) const;
    // The customer's pickups (for the customer's timeline), newest change first.
    Result<QList<Pickup>> forCustomer(const QString& customerId, int limit = 200) const;
    // The pickup desk's queue: this store's pickups in the given states (all when empty), soonest
    // deadline first, those without a deadline last.
    Result<QList<Pickup>> forStore(const QString& storeId, const QList<PickupState>& states = {},
                                   int limit = 500) const;

private:
    QSqlDatabase m_db;
};
