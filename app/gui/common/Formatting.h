#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Numbers, dates and names of things as the user's locale writes them (de_DE: 1.234, 23.11.2026).
namespace Formatting {
QString integer(qint64 value);
QString date(const QDate& date);
QString dateTime(const QDateTime& utc);   // shown in local time
QString loyaltyTier(const QString& tier); // "gold" → "Gold"
} // namespace Formatting
