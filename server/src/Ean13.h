#pragma once

#include <QString>

// EAN-13 barcode numbers as printed on loyalty cards.
namespace Ean13 {
// The check digit for 12 leading digits (weights 1,3,1,3… from the left); -1 if not 12 digits.
int checkDigit(QStringView first12);
// True for 13 digits whose last one is the right check digit.
bool isValid(QStringView code);
} // namespace Ean13
