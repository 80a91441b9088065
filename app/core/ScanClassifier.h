#pragma once

#include <QString>

// What a scan or a typed search names, so the universal search field can jump to the right place:
// a customer (number, loyalty card, e-mail, phone, name), an order, a pickup, a product.
enum class ScanKind {
    Empty,
    CustomerNo,  // K1004711
    LoyaltyCard, // 13 digits, in-store prefix 29, valid check digit
    Email,
    Phone,      // +49 151 …, 0151 …
    OrderNo,    // W-2025-0048213 (web shop), A-… (app), M-… (marketplace), F-… (store receipt)
    PickupQr,   // THEKE-PICKUP:<order no>:<code>
    PickupCode, // six letters and digits, both present: K7M2QX
    Ean,        // EAN-13 / EAN-8 with a valid check digit
    Sku,        // JKT-4711-M-NAVY: upper-case groups joined by dashes, with a digit
    Name,       // anything else: a name search
};

struct ScanResult {
    ScanKind kind = ScanKind::Empty;
    QString value;   // normalised: trimmed, upper-case codes, the pickup code of a QR scan
    QString orderNo; // for OrderNo and PickupQr
};

namespace ScanClassifier {
// Decides by shape alone, most specific first; what fits nothing else is a name.
ScanResult classify(const QString& input);
} // namespace ScanClassifier
