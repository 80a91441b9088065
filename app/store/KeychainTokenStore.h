#pragma once

#include "TokenStore.h"

// The device token in the OS keychain (Secret Service / KWallet on Linux) via QtKeychain; one entry
// per profile directory. Each call waits for the keychain for a few seconds at most.
class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(const QString& profileDirectory);

    Status write(const QString& token) override;
    Status remove() override;
    QString kind() const override { return QStringLiteral("keychain"); }

    // True when the keychain answers a read (found or not) within the timeout.
    bool probe() const;
    // Without a D-Bus session there is no secret service to ask; saves the wait for a timeout.
    static bool secretServiceReachable();
    // A file in the profile, without any secret, that says "the token is in the keychain": a process
    // without the desktop session (theke-ctl over SSH) can then say so instead of "not enrolled".
    static QString markerPath(const QString& profileDirectory);

protected:
    Result<QString> readRaw() const override;

private:
    QString m_key;
    QString m_markerPath;
};
