#pragma once

#include "Cart.h"
#include "Product.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// Reads products rows as the core Product (with the promotion), for the commands that price lines
// themselves: carts, the till's view of a handed-on cart and counter orders. Prices go through
// ProductPricing, the rule the device uses too.
class ProductTable {
public:
    explicit ProductTable(QSqlDatabase db);

    Result<std::optional<Product>> findBySku(const QString& sku) const;

    // Sets each line's unit price to its article's price at `at` (ProductPricing); a line without a
    // name gets lineName(). 422 unknown_sku for the first SKU there is no product for.
    Status priceCartLines(QList<CartLine>& lines, const QDateTime& at) const;

    // "Steppjacke „Elbe“ navy, M": the name with colour and size, as order lines carry it.
    static QString lineName(const Product& product);

private:
    QSqlDatabase m_db;
};
