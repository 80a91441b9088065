#pragma once

#include "Result.h"
#include "StoreRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The retailer's stores as the stores feed delivers them. Writers open no transaction: the feed
// applier groups a page and its cursor in one. A row is replaced only by one of the same or a
// newer version.
class StoreRepository {
public:
    explicit StoreRepository(QSqlDatabase db);

    Status upsert(const QList<StoreRecord>& stores);
    Status remove(const QStringList& ids);

    Result<QList<StoreRecord>> all() const; // ordered by name
    std::optional<StoreRecord> find(const QString& id) const;
    // The return policy the store works by: as last synced, the defaults while nothing is.
    ReturnPolicyConfig returnPolicy(const QString& id) const;

private:
    QSqlDatabase m_db;
};
