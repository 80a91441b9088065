#pragma once

#include "Result.h"
#include "StoreInfo.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

// The stores table: the five stores every new database starts with, and look-ups by id.
class StoreDirectory {
public:
    struct DefaultStore {
        StoreInfo info;
        QString city; // demo customers in this city prefer this store
    };

    explicit StoreDirectory(QSqlDatabase db);

    static const std::vector<DefaultStore>& defaultStores();

    // Creates the default stores when there are none yet; returns how many were created.
    Result<int> ensureDefaultStores();
    Result<std::optional<StoreInfo>> find(const QString& id) const;
    // The store created first (the default for enrollment codes).
    Result<std::optional<StoreInfo>> first() const;

private:
    QSqlDatabase m_db;
};
