#pragma once

#include <QString>

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
inline constexpr auto kNetConnect = u"net.connect";
inline constexpr auto kNetTimeout = u"net.timeout";
inline constexpr auto kNetTls = u"net.tls";
inline constexpr auto kNetTooLarge = u"net.too_large";
inline constexpr auto kNetInvalidUrl = u"net.invalid_url";
inline constexpr auto kNetInsecureUrl = u"net.insecure_url";
inline constexpr auto kNetOther = u"net.other";
inline constexpr auto kNetCancelled = u"net.cancelled";
inline constexpr auto kApiUnauthorized = u"api.unauthorized";
inline constexpr auto kApiForbidden = u"api.forbidden";
inline constexpr auto kApiNotFound = u"api.not_found";
inline constexpr auto kApiInvalidEnrollCode = u"api.invalid_enrollment_code";
inline constexpr auto kApiBadResponse = u"api.bad_response"; // not JSON, truncated, wrong shape
inline constexpr auto kApiServer = u"api.server";           // 5xx
inline constexpr auto kApiRateLimited = u"api.rate_limited"; // 429
inline constexpr auto kApiClient = u"api.client";            // other 4xx
inline constexpr auto kStoreOpen = u"store.open";
inline constexpr auto kStoreMigration = u"store.migration";
inline constexpr auto kStoreQuery = u"store.query";
inline constexpr auto kStoreDiskFull = u"store.disk_full";
inline constexpr auto kProfileNotEnrolled = u"profile.not_enrolled";
inline constexpr auto kProfileIo = u"profile.io";
inline constexpr auto kSyncCancelled = u"sync.cancelled";
} // namespace ErrorCode
