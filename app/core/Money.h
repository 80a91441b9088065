#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// An amount of money: integer minor units (cents) plus an ISO 4217 currency code. Never a double.
// Arithmetic needs both sides in the same currency; callers check sameCurrency() first where mixed
// currencies can occur (orders from foreign marketplaces).
struct Money {
    qint64 cents = 0;
    QString currency = QStringLiteral("EUR");

    static Money eur(qint64 cents) { return Money{cents, QStringLiteral("EUR")}; }
    static Money zero(const QString& currency) { return Money{0, currency}; }

    bool sameCurrency(const Money& other) const { return currency == other.currency; }
    bool isZero() const { return cents == 0; }

    Money operator+(const Money& other) const { return Money{cents + other.cents, currency}; }
    Money operator-(const Money& other) const { return Money{cents - other.cents, currency}; }
    Money operator*(qint64 factor) const { return Money{cents * factor, currency}; }
    Money& operator+=(const Money& other) {
        cents += other.cents;
        return *this;
    }
    Money& operator-=(const Money& other) {
        cents -= other.cents;
        return *this;
    }
    bool operator==(const Money&) const = default;

    // The VAT contained in this gross amount at ratePercentHundredths (19 % = 1900), rounded half
    // away from zero to the cent, as German receipts do.
    Money vatShareOfGross(int ratePercentHundredths) const;
    // This amount scaled by numerator/denominator, rounded half away from zero (pro-rata refunds).
    Money scaled(qint64 numerator, qint64 denominator) const;

    // As the default QLocale writes amounts, the symbol after the number as on German receipts:
    // "1.234,56 €" (de), "1,234.56 €" (en); other currencies with their code ("12,00 CHF").
    QString toDisplayString() const;

    // {"amount": 12995, "currency": "EUR"} — the API's Money object.
    QJsonObject toJson() const;
    static std::optional<Money> fromJson(const QJsonValue& value);
};
