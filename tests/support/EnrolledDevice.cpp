#include "EnrolledDevice.h"

#include "ApiClient.h"
#include "CurlTransport.h"
#include "Enrollment.h"
#include "SyncEngine.h"
#include "TestApi.h"

using namespace Qt::StringLiterals;

EnrolledDevice EnrolledDevice::enroll(TestApi& api, const QUrl& serverUrl, const QString& profileDir,
                                      const QString& code, const QString& storeId,
                                      const QString& deviceName) {
    EnrolledDevice device;
    const int registered =
        api.post(u"/v1/test/enrollment-codes"_s, QJsonObject{{u"code"_s, code}, {u"store_id"_s, storeId}})
            .status;
    if (registered != 201) {
        device.error = u"registering the enrollment code answered %1, not 201"_s.arg(registered);
        return device;
    }
    CurlTransport transport;
    const Profile profile(profileDir);
    const auto enrolled = Enrollment::enroll(profile, transport, serverUrl, code, deviceName);
    if (!enrolled) {
        device.error = enrolled.error().toString();
        return device;
    }
    Result<QString> token = profile.readToken();
    if (!token) {
        device.error = token.error().toString();
        return device;
    }
    Result<std::unique_ptr<Database>> db = Database::open(profile.databasePath());
    if (!db) {
        device.error = db.error().toString();
        return device;
    }
    device.token = std::move(token).value();
    device.db = std::move(db).value();
    return device;
}

QString EnrolledDevice::pullAll(Database& db, const QUrl& serverUrl, const QString& token) {
    CurlTransport transport;
    ApiClient api(transport, serverUrl, token);
    const auto pulled = SyncEngine(db, api).pullAll();
    return pulled ? QString() : pulled.error().toString();
}
