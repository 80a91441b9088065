#pragma once

#include "Product.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

// The variants of an article in the cache: every SKU with the same name and brand (other sizes and
// colours), for "haben Sie die auch in M?". Found through the search index, so it stays cheap with
// a large assortment.
class ProductVariants {
public:
    static constexpr int kMaxVariants = 60;

    explicit ProductVariants(QSqlDatabase db);

    // The article's variants including itself, in the feed's order (sizes come in their own order
    // there, colour by colour); at most kMaxVariants. Just the product when it has no others.
    Result<QList<Product>> of(const Product& product) const;

private:
    QSqlDatabase m_db;
};
