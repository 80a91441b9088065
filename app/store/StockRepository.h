#pragma once

#include "Result.h"
#include "StockLevel.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Stock per SKU and location as the stock feed delivers it. Writers open no transaction: the feed
// applier groups a page and its cursor in one. A row is replaced only by one of the same or a
// newer version.
class StockRepository {
public:
    explicit StockRepository(QSqlDatabase db);

    Status upsert(const QList<StockLevel>& levels);
    Status remove(const QStringList& ids);

    // Every location that reports the SKU, ordered by location, each with its updated_at
    // (the counter shows "Stand 10:42").
    Result<QList<StockLevel>> forSku(const QString& sku) const;
    std::optional<StockLevel> at(const QString& sku, const QString& location) const;

private:
    QSqlDatabase m_db;
};
