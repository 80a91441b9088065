#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

struct Money;

// Numbers, dates and names of things as the user's locale writes them (de_DE: 1.234, 23.11.2026).
namespace Formatting {
QString integer(qint64 value);
QString date(const QDate& date);
QString dateTime(const QDateTime& utc);   // shown in local time
QString loyaltyTier(const QString& tier); // "gold" → "Gold"
// A sales channel of the API ("webshop", "app", "store", "phone", "marketplace:zalando").
QString channel(const QString& channel);
// 1.234,56 € in de_DE, 1,234.56 € in en_US; other currencies with their code (Money::toDisplayString).
QString money(const Money& money);
} // namespace Formatting
