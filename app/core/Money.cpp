#include "Money.h"

#include <QJsonValue>
#include <QLocale>

namespace {

__extension__ using Int128 = __int128; // GCC/Clang: exact products of two 64-bit amounts

// a * b / c rounded half away from zero; c > 0.
qint64 mulDivRounded(qint64 a, qint64 b, qint64 c) {
    const Int128 product = static_cast<Int128>(a) * b;
    const Int128 half = c / 2;
    const Int128 q = product >= 0 ? (product + half) / c : -((-product + half) / c);
    return static_cast<qint64>(q);
}

bool isCurrencyCode(const QString& code) {
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

} // namespace

Money Money::vatShareOfGross(int ratePercentHundredths) const {
    if (ratePercentHundredths <= 0)
        return zero(currency);
    return Money{mulDivRounded(cents, ratePercentHundredths, 10000 + ratePercentHundredths), currency};
}

Money Money::scaled(qint64 numerator, qint64 denominator) const {
    if (denominator <= 0)
        return zero(currency);
    return Money{mulDivRounded(cents, numerator, denominator), currency};
}

QJsonObject Money::toJson() const {
    return QJsonObject{{QStringLiteral("amount"), cents}, {QStringLiteral("currency"), currency}};
}

std::optional<Money> Money::fromJson(const QJsonValue& value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    const QString currency = object.value(QStringLiteral("currency")).toString();
    if (!amount.isDouble() || !isCurrencyCode(currency))
        return std::nullopt;
    const double raw = amount.toDouble();
    if (raw != static_cast<double>(static_cast<qint64>(raw)) || raw > 9.0e15 || raw < -9.0e15)
        return std::nullopt;
    return Money{static_cast<qint64>(raw), currency};
}

QString Money::toDisplayString() const {
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString digits = locale.toString(magnitude / 100) + locale.decimalPoint() +
                           QString::number(magnitude % 100).rightJustified(2, u'0');
    const QString symbol = currency == u"EUR" ? QStringLiteral("€") : currency;
    return (cents < 0 ? locale.negativeSign() : QString()) + digits + u' ' + symbol;
}
