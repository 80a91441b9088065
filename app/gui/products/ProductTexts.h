#pragma once

#include "AvailabilityRow.h"
#include "Product.h"
#include "ProductScan.h"

#include <QCoreApplication>

// The counter's words for articles and their availability: "Stand 10:42", delivery estimates,
// places and whether an article can be returned.
class ProductTexts {
    Q_DECLARE_TR_FUNCTIONS(ProductTexts)

public:
    static QString place(const AvailabilityRow& row);
    static QString quantity(const AvailabilityRow& row);
    // "as of 10:42" today, "as of 28.11., 17:05" earlier (store time), "time unknown" without one.
    static QString asOf(const StockAge& age);
    // What else to know about the row: this store, stale figures, the online delivery estimate.
    static QString note(const AvailabilityRow& row);
    // "Delivery in 2–3 working days".
    static QString delivery(const DeliveryEstimate& estimate);
    // "Ordered now: delivered between Wed 03.12. and Thu 04.12."
    static QString deliveryDates(const DeliveryEstimate& estimate);
    static QString staleHint();
    // "Yes" or "No: hygiene article".
    static QString returnable(const Product& product);
    static QString priceWithVat(const Product& product);
    // Why a scan opened no article: an EAN not in the assortment, an unknown SKU, no product code.
    static QString notInAssortment(const ProductScan& scan, const QString& typed = {});
};
