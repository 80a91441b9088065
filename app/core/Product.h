#pragma once

#include "Money.h"
#include "ProductPromotion.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// A sellable article, one variant per SKU, from the products feed.
struct Product {
    QString id;
    QString sku;
    QStringList eans; // EAN-13 / EAN-8 barcodes that scan to this SKU
    QString name;
    QString brand;
    QString size;              // empty when not applicable
    QString colour;            // empty when not applicable
    Money price;               // gross, VAT included
    int vatRateHundredths = 0; // 19 % = 1900, as Money::vatShareOfGross takes it
    bool returnable = true;
    QString nonReturnableReason; // hygiene, personalised, sealed_media, perishable, gift_card; empty if
                                 // returnable
    std::optional<ProductPromotion> promotion; // none when the feed sends null (or nothing)
    qint64 version = 0;
    QDateTime updatedAt; // UTC

    bool operator==(const Product&) const = default;
};
