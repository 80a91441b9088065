#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// Slow, salted PIN hashes (PBKDF2-HMAC-SHA256) so staff can sign in offline without the cache
// holding anything a stolen laptop could turn back into PINs quickly.
// The stored form is the JSON descriptor the staff feed carries:
//   {"algorithm":"pbkdf2-sha256","iterations":N,"salt":"<base64>","hash":"<base64>"}
class PinHash {
public:
    static constexpr int kDefaultIterations = 210000;
    static constexpr int kMinimumIterations = 100000; // below this a descriptor is refused
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    // A new descriptor for pin with a fresh random salt.
    static QString create(const QString& pin, int iterations = kDefaultIterations);
    // The same with a given salt (tests, and the server's demo data).
    static QString createWithSalt(const QString& pin, const QByteArray& salt, int iterations);

    // True only when descriptor is well-formed, uses a known algorithm with enough iterations and
    // matches pin. The comparison takes the same time wherever the hashes differ. Pickup codes,
    // which expire with their order, accept fewer iterations (PickupCode::kMinimumIterations).
    static bool verify(const QString& pin, const QString& descriptor,
                       int minimumIterations = kMinimumIterations);
    // Why a descriptor is unusable (empty when it is fine); for logs and tests, never shown to staff.
    static QString descriptorProblem(const QString& descriptor);

    // RFC 8018 PBKDF2 with HMAC-SHA256; no limits, so RFC test vectors can be checked.
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                   int keyLength);
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};
