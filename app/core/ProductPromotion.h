#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

// A price promotion of one article from the products feed: the article sells at price instead of its
// regular price until endsAt (exclusive). See ProductPricing for the rule every price goes through.
struct ProductPromotion {
    QString label;    // "Winterschlussverkauf −20 %", as the shelf label and the receipt say
    Money price;      // gross, VAT included, in the currency of the regular price
    QDateTime endsAt; // UTC

    bool operator==(const ProductPromotion&) const = default;
};
