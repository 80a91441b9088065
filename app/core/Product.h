#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

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
    qint64 version = 0;
    QDateTime updatedAt; // UTC

    bool operator==(const Product&) const = default;
};
