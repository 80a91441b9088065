#pragma once

#include "Product.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

struct ProductSearchResult {
    QList<Product> rows;
    bool truncated = false; // more matches exist than were returned
};

// The assortment as the products feed delivers it, with the EAN lookup table and the FTS5 index
// kept in step. Writers open no transaction: the feed applier groups a page and its cursor in one.
// A row is replaced only by one of the same or a newer version.
class ProductRepository {
public:
    explicit ProductRepository(QSqlDatabase db);

    Status upsert(const QList<Product>& products);
    Status remove(const QStringList& ids);

    Result<qint64> count() const;
    std::optional<Product> find(const QString& id) const;
    std::optional<Product> findBySku(const QString& sku) const;
    // The product a scanned barcode belongs to.
    std::optional<Product> findByEan(const QString& ean) const;
    // As-you-type search over name, brand, SKU and EANs (prefixes, German transliteration). A full
    // EAN finds its product first; small match sets come sorted by name; at most limit rows.
    Result<ProductSearchResult> search(const QString& query, int limit = 100) const;

private:
    std::optional<Product> findWhere(const QString& condition, const QString& value) const;

    QSqlDatabase m_db;
};
