#pragma once

#include "Product.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// What a scanned or typed code names in the cached assortment: an EAN (valid check digit) or an
// exact SKU. The counter opens the article, or says that this EAN is not in the assortment.
struct ProductScan {
    enum class Outcome {
        NotAProductCode, // a name, a customer no., an order no., …
        Found,
        UnknownEan, // a valid EAN that no cached article has
        UnknownSku, // SKU-shaped, but no cached article has it (it may still be part of a name)
    };

    Outcome outcome = Outcome::NotAProductCode;
    QString code; // normalised: the EAN's digits, the SKU in upper case
    std::optional<Product> product;

    static ProductScan lookUp(QSqlDatabase db, const QString& text);
};
