#pragma once

#include "ApiClient.h"
#include "Profile.h"

#include <QUrl>

// One-time enrollment of this device: trades an enrollment code for a device token and store,
// then keeps the token in the profile's token file and the rest in the cache settings.
namespace Enrollment {

struct DeviceInfo {
    QUrl serverUrl;
    QString deviceId;
    QString storeId;
    QString storeName;
};

Result<DeviceInfo> enroll(const Profile& profile, Transport& transport, const QUrl& serverUrl,
                          const QString& code, const QString& deviceName);

// What the profile knows about its enrollment; profile.not_enrolled when it has none.
Result<DeviceInfo> load(const Profile& profile);

// What a request to the server needs: where it is and the device token.
struct Credentials {
    QUrl serverUrl;
    QString token;
};

// The enrolled server and the profile's device token; the first error when either is missing.
Result<Credentials> loadCredentials(const Profile& profile);

// The device name sent at enrollment: the host name.
QString defaultDeviceName();

} // namespace Enrollment
