#pragma once

#include <QString>

#include <optional>

// The code a Click & Collect customer shows at the desk: six characters [0-9A-Z], typed or scanned
// from the QR code in the "ready" message. The cache holds only its PBKDF2 hash (a SecretHash
// descriptor, as for staff PINs), so the desk checks it offline without knowing it.
class PickupCode {
public:
    static constexpr int kLength = 6;
    // Codes expire with their order and are rate-limited per pickup, so fewer iterations than PINs.
    static constexpr int kMinimumIterations = 10000;

    // What the QR code holds: the order number and the code.
    struct Scan {
        QString orderNo;
        QString code;
    };

    // Upper-case, spaces and dashes removed: "k7m 2qx" → "K7M2QX".
    static QString normalise(const QString& typed);
    static bool isWellFormed(const QString& code);
    // "THEKE-PICKUP:<order_no>:<code>" → the parts; nullopt for any other text.
    static std::optional<Scan> parseQr(const QString& payload);
    static QString qrPayload(const QString& orderNo, const QString& code);
    // True when the (normalised) code matches the descriptor.
    static bool matches(const QString& code, const QString& descriptor);
};
