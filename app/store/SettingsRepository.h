#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

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
inline constexpr QStringView kServerUrl = u"server_url";
inline constexpr QStringView kDeviceId = u"device_id";
inline constexpr QStringView kStoreId = u"store_id";
inline constexpr QStringView kStoreName = u"store_name";
} // namespace SettingKey
