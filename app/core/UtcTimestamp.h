#pragma once

#include <QDateTime>
#include <QStringView>

#include <string_view>

// Reads the API's timestamps: ISO 8601 in UTC with a 'Z' ("2025-03-05T10:31:00.000Z"); anything else
// (another zone, no zone, no date) is invalid. Feeds bring several per row, millions in a first sync,
// and QDateTime::fromString was a fifth of decoding an order; the shapes the API sends (with or
// without milliseconds) are read digit by digit, any other text goes through Qt as before.
namespace UtcTimestamp {
// Invalid when text is not a UTC timestamp; else the time with timeSpec() == Qt::UTC.
QDateTime parse(QStringView text);
// Only those two shapes, read from UTF-8; invalid for any other text, even one parse() accepts.
QDateTime parseCanonical(std::string_view utf8);
// Whether parseCanonical() would give a valid time, without making it.
bool isCanonical(std::string_view utf8);
} // namespace UtcTimestamp
