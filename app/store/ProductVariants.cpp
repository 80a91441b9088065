#include "ProductVariants.h"

#include "CacheSql.h"
#include "ProductRepository.h"
#include "SearchText.h"

using namespace Qt::StringLiterals;

ProductVariants::ProductVariants(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<Product>> ProductVariants::of(const Product& product) const {
    QList<Product> variants;
    const QString expression = SearchText::ftsTextQuery(product.name + u' ' + product.brand);
    QStringList ids;
    if (!expression.isEmpty()) {
        // The index narrows the candidates to the article's words; the exact name and brand decide.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (Status s = CacheSql::prepare(
                query,
                u"SELECT p.id FROM (SELECT rowid AS r FROM products_fts WHERE products_fts MATCH ?) AS m "
                u"JOIN products AS p ON p.rowid = m.r WHERE p.name = ? AND p.brand = ? "
                u"ORDER BY p.rowid LIMIT ?"_s);
            !s)
            return s.error();
        query.addBindValue(expression);
        query.addBindValue(product.name);
        query.addBindValue(product.brand);
        query.addBindValue(kMaxVariants);
        if (Status s = CacheSql::exec(query, u"finding the variants of a product"_s); !s)
            return s.error();
        while (query.next())
            ids.append(query.value(0).toString());
    }
    const ProductRepository products(m_db);
    for (const QString& id : std::as_const(ids)) {
        if (id == product.id)
            variants.append(product);
        else if (std::optional<Product> variant = products.find(id))
            variants.append(std::move(*variant));
    }
    if (!ids.contains(product.id))
        variants.prepend(product);
    return variants;
}
