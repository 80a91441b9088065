#pragma once

#include <QString>
#include <QStringView>

// A failure with a stable machine code (for the GUI to translate and tests to check) and a detail for logs.
struct Error {
    QString code;   // stable, e.g. "net.timeout", "api.unauthorized", "store.disk_full"
    QString detail; // English technical detail; never contains tokens or personal data
    int httpStatus = 0;

    bool isNetwork() const { return code.startsWith(u"net."); }
    QString toString() const;
};

// Stable error codes shared by all libraries.
namespace ErrorCode {
inline constexpr QStringView kNetConnect = u"net.connect";
inline constexpr QStringView kNetTimeout = u"net.timeout";
inline constexpr QStringView kNetTls = u"net.tls";
inline constexpr QStringView kNetTooLarge = u"net.too_large";
inline constexpr QStringView kNetInvalidUrl = u"net.invalid_url";
inline constexpr QStringView kNetInsecureUrl = u"net.insecure_url";
inline constexpr QStringView kNetOther = u"net.other";
inline constexpr QStringView kNetCancelled = u"net.cancelled";
inline constexpr QStringView kApiUnauthorized = u"api.unauthorized";
inline constexpr QStringView kApiForbidden = u"api.forbidden";
inline constexpr QStringView kApiNotFound = u"api.not_found";
inline constexpr QStringView kApiInvalidEnrollCode = u"api.invalid_enrollment_code";
inline constexpr QStringView kApiBadResponse = u"api.bad_response"; // not JSON, truncated, wrong shape
inline constexpr QStringView kApiServer = u"api.server";            // 5xx
inline constexpr QStringView kApiRateLimited = u"api.rate_limited"; // 429
inline constexpr QStringView kApiClient = u"api.client";            // other 4xx
inline constexpr QStringView kStoreOpen = u"store.open";
inline constexpr QStringView kStoreMigration = u"store.migration";
inline constexpr QStringView kStoreQuery = u"store.query";
inline constexpr QStringView kStoreDiskFull = u"store.disk_full";
inline constexpr QStringView kProfileNotEnrolled = u"profile.not_enrolled";
inline constexpr QStringView kProfileIo = u"profile.io";
// The token is in a desktop session's keychain that this process (e.g. theke-ctl over SSH) cannot reach.
inline constexpr QStringView kProfileTokenInKeychain = u"profile.token_in_keychain";
inline constexpr QStringView kSyncCancelled = u"sync.cancelled";
} // namespace ErrorCode
