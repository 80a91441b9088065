#pragma once

#include "TokenStore.h"

// The fallback token store: one file, mode 0600, written atomically.
class FileTokenStore final : public TokenStore {
public:
    explicit FileTokenStore(QString path);

    Status write(const QString& token) override;
    Status remove() override;
    QString kind() const override { return QStringLiteral("file"); }
    QString path() const { return m_path; }
    // Set when the file stands in for a missing keychain: write() then warns in the log.
    void setFallbackWarning(bool warn) { m_warn = warn; }
    // The marker a keychain store leaves in the profile (KeychainTokenStore::markerPath). With it and no
    // token file, read() says the token is in an unreachable keychain instead of "not enrolled".
    void setKeychainMarker(QString markerPath) { m_keychainMarker = std::move(markerPath); }

protected:
    Result<QString> readRaw() const override;

private:
    QString m_path;
    QString m_keychainMarker;
    bool m_warn = false;
};
