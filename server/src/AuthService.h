#pragma once

#include "Result.h"
#include "StoreInfo.h"

#include <QString>

class Clock;
class ServerDatabase;

// Device identity: one-time enrollment codes become device tokens; requests prove themselves with the
// token. Codes and tokens are stored only as SHA-256 hashes and never logged.
class AuthService {
public:
    struct Enrollment {
        QString deviceId;
        QString token;
        StoreInfo store;
    };

    AuthService(ServerDatabase& database, const Clock& clock);

    // Registers code for storeId; registering a code that already exists (restart) changes nothing.
    Status registerEnrollmentCode(const QString& code, const QString& storeId);
    // Spends code: 403 enrollment_code_invalid when unknown or already used.
    Result<Enrollment> enroll(const QString& code, const QString& deviceName);
    // Checks an Authorization header value; returns the device id, or 401 unauthorized.
    Result<QString> authenticate(const QString& authorizationHeader);

    static QString hashSecret(const QString& secret);

private:
    ServerDatabase& m_database;
    const Clock& m_clock;
};
