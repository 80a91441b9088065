#pragma once

#include "Cart.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// A cart's sums as a German receipt shows them: the gross total, and per VAT rate the gross, the VAT
// in it and the net. The VAT of a rate is taken from that rate's gross sum (Money::vatShareOfGross),
// not summed from rounded line shares, so it matches the till.
//
// A line's rate comes from its article (the products feed). A line whose article is not known has no
// rate: it still counts in the total (the customer pays its price) but not in any VAT rate, and
// vatComplete is false with its SKU in skusWithoutRate — a wrong VAT figure would be worse than a
// missing one. Lines in another currency than the first line's count nowhere (uncountedSkus).
struct CartTotals {
    struct Line {
        QString sku;
        Money total;                // unit price × quantity
        std::optional<int> vatRate; // hundredths of a percent (19 % = 1900); none when unknown
        Money vat;                  // this line's own share, for display; the totals use the rates
        bool counted = true;        // false for a line in another currency
    };
    struct Rate {
        int vatRate = 0; // hundredths of a percent
        Money gross;
        Money vat;
        Money net;
    };
    // The article's VAT rate by SKU (hundredths of a percent), none when the article is not known.
    using RateOf = std::function<std::optional<int>(const QString& sku)>;

    QString currency = QStringLiteral("EUR");
    QList<Line> lines;
    QList<Rate> byRate; // ascending by rate: 7 % before 19 %
    Money total;        // gross, what the customer pays
    Money vat;          // sum of the rates' VAT
    Money net;          // total − vat
    qint64 pieces = 0;  // sum of the counted lines' quantities
    bool vatComplete = true;
    QStringList skusWithoutRate;
    QStringList uncountedSkus;

    static CartTotals of(const QList<CartLine>& lines, const RateOf& rateOf);
};
