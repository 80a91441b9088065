#include "Enrollment.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "SyncLog.h"
#include "SyncStateRepository.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Enrollment {

Result<DeviceInfo> enroll(const Profile& profile, Transport& transport, const QUrl& serverUrl,
                          const QString& code, const QString& deviceName) {
    if (Status dir = profile.ensureDirectory(); !dir)
        return dir.error();
    // Open the cache first: a profile we cannot write to must fail before the one-time code is spent.
    Result<std::unique_ptr<Database>> database = Database::open(profile.databasePath());
    if (!database)
        return database.error();

    ApiClient api(transport, serverUrl);
    Result<EnrollResult> enrolled = api.enroll(code.trimmed(), deviceName);
    if (!enrolled)
        return enrolled.error();

    if (Status written = profile.writeToken(enrolled->token); !written)
        return written.error();

    Database& db = *database.value();
    SettingsRepository settings(db.sql());
    const QString previousServer = settings.value(SettingKey::kServerUrl.toString());
    const QString server = serverUrl.toString();
    const Status saved = db.transaction([&]() -> Status {
        // Another server's cursors mean nothing here: start those feeds again from the beginning.
        if (!previousServer.isEmpty() && previousServer != server) {
            if (Status s = SyncStateRepository(db.sql()).resetAllFeeds(); !s)
                return s;
        }
        for (const auto& [key, value] :
             {std::pair{SettingKey::kServerUrl, server}, std::pair{SettingKey::kDeviceId, enrolled->deviceId},
              std::pair{SettingKey::kStoreId, enrolled->storeId},
              std::pair{SettingKey::kStoreName, enrolled->storeName}}) {
            if (Status s = settings.setValue(key.toString(), value); !s)
                return s;
        }
        return {};
    });
    if (!saved)
        return saved.error();

    qCInfo(lcSync) << "device enrolled, device id" << enrolled->deviceId << "store id" << enrolled->storeId;
    return DeviceInfo{serverUrl, enrolled->deviceId, enrolled->storeId, enrolled->storeName};
}

Result<DeviceInfo> load(const Profile& profile) {
    if (const Result<QString> token = profile.readToken(); !token) {
        // Say where the token is when this process cannot reach it (theke-ctl over SSH).
        if (token.error().code == ErrorCode::kProfileTokenInKeychain)
            return token.error();
        return makeError(ErrorCode::kProfileNotEnrolled, u"no device token in profile"_s);
    }
    Result<std::unique_ptr<Database>> database = Database::open(profile.databasePath());
    if (!database)
        return database.error();
    SettingsRepository settings(database.value()->sql());
    DeviceInfo info;
    info.serverUrl = QUrl(settings.value(SettingKey::kServerUrl.toString()));
    info.deviceId = settings.value(SettingKey::kDeviceId.toString());
    info.storeId = settings.value(SettingKey::kStoreId.toString());
    info.storeName = settings.value(SettingKey::kStoreName.toString());
    if (!info.serverUrl.isValid() || info.serverUrl.isEmpty())
        return makeError(ErrorCode::kProfileNotEnrolled, u"profile has no server URL"_s);
    return info;
}

Result<Credentials> loadCredentials(const Profile& profile) {
    const Result<DeviceInfo> device = load(profile);
    if (!device)
        return device.error();
    Result<QString> token = profile.readToken();
    if (!token)
        return token.error();
    return Credentials{device->serverUrl, std::move(token).value()};
}

QString defaultDeviceName() {
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? u"Theke"_s : host;
}

} // namespace Enrollment
