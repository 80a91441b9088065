#include "ErrorMessages.h"

QString ErrorMessages::describe(const Error& e) {
    const QString& c = e.code;
    if (c == ErrorCode::kNetConnect)
        return tr("The server cannot be reached. Check the address and the network connection.");
    if (c == ErrorCode::kNetTimeout)
        return tr("The server did not answer in time. Please try again later.");
    if (c == ErrorCode::kNetTls)
        return tr("The secure connection to the server failed: its certificate could not be verified.");
    if (c == ErrorCode::kNetTooLarge)
        return tr("The server sent more data than allowed. The answer was rejected.");
    if (c == ErrorCode::kNetInvalidUrl)
        return tr("This is not a valid server address.");
    if (c == ErrorCode::kNetInsecureUrl)
        return tr("Unencrypted connections (http) are only allowed to this computer. Use an https address.");
    if (c == ErrorCode::kNetCancelled || c == ErrorCode::kSyncCancelled)
        return tr("Cancelled.");
    if (c == ErrorCode::kApiUnauthorized)
        return tr("The server no longer accepts this device. Please enroll the device again.");
    if (c == ErrorCode::kApiForbidden)
        return tr("The server refused this action.");
    if (c == ErrorCode::kApiInvalidEnrollCode)
        return tr("The enrollment code is wrong or has already been used.");
    if (c == ErrorCode::kApiBadResponse)
        return tr("The server sent an answer Theke cannot read. Nothing was changed.");
    if (c == ErrorCode::kApiServer)
        return tr("The server has a problem right now. Please try again later.");
    if (c == ErrorCode::kApiRateLimited)
        return tr("The server is busy. Theke will try again shortly.");
    if (c == ErrorCode::kApiNotFound)
        return tr("The server does not know this address. Check the server address.");
    if (c == ErrorCode::kStoreDiskFull)
        return tr("The disk is full. Free some space; nothing was lost.");
    if (c == ErrorCode::kStoreOpen || c == ErrorCode::kStoreMigration)
        return tr("The local data file cannot be opened.");
    if (c == ErrorCode::kProfileNotEnrolled)
        return tr("This device is not enrolled yet.");
    if (c == ErrorCode::kProfileIo)
        return tr("The profile folder cannot be written.");
    return tr("An unexpected error occurred (%1).").arg(c);
}
