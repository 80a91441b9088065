#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class TokenStore;

// A device profile directory: the cache database, and the device token (keychain or token file).
class Profile {
public:
    explicit Profile(QString directory);

    // $XDG_DATA_HOME/theke/default (QStandardPaths::AppLocalDataLocation based).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString tokenPath() const;

    Status ensureDirectory() const; // creates it with mode 0700

    // The device token lives in the OS keychain or, where there is none, in tokenPath() readable
    // only by the user (0600); never in the cache. See TokenStore::forProfile.
    Result<QString> readToken() const; // profile.not_enrolled when there is none
    Status writeToken(const QString& token) const;
    bool hasToken() const;
    // "keychain" or "file"; chooses the store if that has not happened yet.
    QString tokenStoreKind() const;
    // Replaces the automatic choice (tests).
    void setTokenStore(std::shared_ptr<TokenStore> store);

private:
    TokenStore& tokenStore() const;

    QString m_directory;
    // Chosen on first use, because asking the keychain costs a D-Bus round trip.
    mutable std::shared_ptr<TokenStore> m_tokenStore;
};
