#pragma once

#include "Result.h"
#include "ReturnPolicyFile.h"
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
        QString street;
        QString postcode;
        QString phone; // E.164
    };

    explicit StoreDirectory(QSqlDatabase db);

    static const std::vector<DefaultStore>& defaultStores();

    // Creates the default stores when there are none yet; returns how many were created. Default stores
    // of a database made before they had addresses get theirs (as a change the stores feed serves).
    Result<int> ensureDefaultStores();
    Result<std::optional<StoreInfo>> find(const QString& id) const;
    // The store created first (the default for enrollment codes).
    Result<std::optional<StoreInfo>> first() const;
    // Gives every store the return policy of the settings (theke-server --return-policy) where it
    // differs from what it has: a new store version the stores feed serves. Returns how many changed;
    // a per-store override naming no store is a usage error.
    Result<int> applyReturnPolicies(const ReturnPolicyFile::Settings& settings);
    // The stores.return_policy column: NULL is the default policy.
    static Result<ReturnPolicyConfig> storedReturnPolicy(const QVariant& column);

private:
    Status addMissingAddresses();

    QSqlDatabase m_db;
};
