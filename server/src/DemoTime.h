#pragma once

#include <QtGlobal>

#include <string>

// Fast UTC timestamps for the demo data: "2025-03-14T09:30:00.000Z" from milliseconds since the epoch.
// QDateTime::toString costs about a microsecond, which adds up to many seconds over millions of rows.
namespace DemoTime {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

std::string iso(qint64 epochMs);
// Year of the UTC date (for order numbers).
int year(qint64 epochMs);

} // namespace DemoTime
