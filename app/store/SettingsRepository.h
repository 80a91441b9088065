#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

// Small key/value settings kept in the cache (server URL, device id, store). Never secrets.
class SettingsRepository {
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

namespace SettingKey {
inline constexpr auto kServerUrl = u"server_url";
inline constexpr auto kDeviceId = u"device_id";
inline constexpr auto kStoreId = u"store_id";
inline constexpr auto kStoreName = u"store_name";
} // namespace SettingKey
