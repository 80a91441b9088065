#pragma once

#include <QString>

// EAN-13 and EAN-8 barcode numbers (GTIN), as printed on products and loyalty cards.
namespace Ean13 {
// The check digit for 12 leading digits (weights 1,3,1,3… from the left); -1 if not 12 digits.
int checkDigit(QStringView first12);
// True for 13 digits whose last one is the right check digit.
bool isValid(QStringView code);
// True for 8 digits whose last one is the right check digit (weights 3,1,3… from the left).
bool isValidEan8(QStringView code);
// Loyalty cards use the in-store prefix range 20–29 with "29": such a number is no product.
inline bool isLoyaltyCardNumber(QStringView code) {
    return isValid(code) && code.startsWith(u"29");
}
} // namespace Ean13
