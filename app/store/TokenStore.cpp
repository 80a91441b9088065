#include "TokenStore.h"

#include "FileTokenStore.h"
#include "KeychainTokenStore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokenStore, "theke.store")

Result<QString> TokenStore::read() const {
    Result<QString> token = readRaw();
    if (token && token.value().trimmed().isEmpty())
        return makeError(ErrorCode::kProfileNotEnrolled, u"the stored device token is empty"_s);
    if (token)
        return token.value().trimmed();
    return token;
}

std::unique_ptr<TokenStore> TokenStore::forProfile(const QString& directory, const QString& filePath) {
    const QByteArray forced = qgetenv("THEKE_TOKEN_STORE");
    auto file = std::make_unique<FileTokenStore>(filePath);
    file->setKeychainMarker(KeychainTokenStore::markerPath(directory));
    if (forced == "file")
        return file;
    // The warning comes when a token is written to the file, which is when it matters; reading an
    // existing file token stays quiet so theke-ctl's stderr keeps to its one line.
    file->setFallbackWarning(true);
    if (forced != "keychain" && !KeychainTokenStore::secretServiceReachable()) {
        qCInfo(lcTokenStore) << "no D-Bus session: the device token is kept in the profile's token file";
        return file;
    }
    auto keychain = std::make_unique<KeychainTokenStore>(directory);
    if (!keychain->probe()) {
        qCInfo(lcTokenStore) << "the keychain did not answer: the device token is kept in the token file";
        return file;
    }
    // A token from before the keychain (or from a headless run) moves into the keychain once.
    if (Result<QString> legacy = file->read(); legacy) {
        if (keychain->write(legacy.value()) && file->remove())
            qCInfo(lcTokenStore) << "moved the device token from its file into the keychain";
    }
    return keychain;
}
