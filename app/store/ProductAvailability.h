#pragma once

#include "AvailabilityRow.h"
#include "Clock.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

// Where a SKU is available, from the cache: this store first, then every other cached store by name
// (and any location the stock feed names that the stores feed does not), then the online warehouse
// with a delivery estimate. Ages count from the clock, in this store's time zone.
class ProductAvailability {
public:
    ProductAvailability(QSqlDatabase db, QString ownStoreId, const Clock& clock = Clock::system());

    Result<QList<AvailabilityRow>> forSku(const QString& sku) const;
    // The pieces of each SKU in this store; SKUs without a figure (or unreadable) are left out.
    QHash<QString, int> hereFor(const QStringList& skus) const;
    // This store's time zone (Europe/Berlin when the store is not cached or names none).
    QTimeZone ownTimeZone() const;

private:
    QSqlDatabase m_db;
    QString m_ownStoreId;
    const Clock& m_clock;
};
