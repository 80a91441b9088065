#pragma once

#include "Result.h"

#include <QString>

#include <memory>

// Where the device token lives. The OS keychain where there is one; otherwise a file only the user
// may read, with a warning in the log, because CI machines and headless tills have no keychain.
class TokenStore {
public:
    virtual ~TokenStore() = default;

    virtual Result<QString> read() const; // profile.not_enrolled when there is none
    virtual Status write(const QString& token) = 0;
    virtual Status remove() = 0;
    virtual QString kind() const = 0; // "keychain" or "file", for diagnostics

    // The store for the profile in directory: the keychain when a secret service answers quickly,
    // else the 0600 file. THEKE_TOKEN_STORE=file|keychain overrides the choice (tests, CI).
    static std::unique_ptr<TokenStore> forProfile(const QString& directory, const QString& filePath);

protected:
    virtual Result<QString> readRaw() const = 0;
};
