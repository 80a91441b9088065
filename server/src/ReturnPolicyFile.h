#pragma once

#include "Result.h"
#include "ReturnPolicyConfig.h"

#include <QHash>
#include <QString>

// theke-server's --return-policy FILE: the retailer's return policy (schema ReturnPolicy, every member
// optional, defaults as without the file), optionally with per-store overrides under "stores":
//   {"retailer_window_days": 60, "marketplace_in_store": "refused",
//    "stores": {"f-zeil": {"retailer_window_days": 45}}}
// A store's override starts from the retailer's policy and changes only what it names.
class ReturnPolicyFile {
public:
    struct Settings {
        ReturnPolicyConfig standard;
        QHash<QString, ReturnPolicyConfig> stores; // store id → its policy
        ReturnPolicyConfig forStore(const QString& storeId) const { return stores.value(storeId, standard); }
    };

    // Errors (code usage) name the file and what is wrong in it, for the IT admin reading the log.
    static Result<Settings> read(const QString& path);
    static Result<Settings> parse(const QByteArray& json);
};
