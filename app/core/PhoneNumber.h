#pragma once

#include <QString>

// Phone numbers as stored: E.164 ("+4915112345678").
namespace PhoneNumber {
// Normalises a number as typed in Germany to E.164. Returns an empty string for text that is not
// a plausible phone number.
QString toE164(const QString& input, const QString& defaultCountryCode = QStringLiteral("49"));
// Readable form for display: "+49 151 12345678".
QString display(const QString& e164);
} // namespace PhoneNumber
