#include "ProductRepository.h"

#include "CacheSql.h"
#include "SearchText.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kColumns = u"p.id, p.sku, p.eans, p.name, p.brand, p.size, p.colour, p.price_cents, p.currency, "
                      u"p.vat_rate, p.returnable, p.non_returnable_reason, p.version, p.updated_at, "
                      u"p.promotion_label, p.promotion_price_cents, p.promotion_ends_at"_s;

Product readProduct(const QSqlQuery& q) {
    Product p;
    p.id = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.eans = q.value(2).toString().split(u' ', Qt::SkipEmptyParts);
    p.name = q.value(3).toString();
    p.brand = q.value(4).toString();
    p.size = q.value(5).toString();
    p.colour = q.value(6).toString();
    p.price = Money{q.value(7).toLongLong(), q.value(8).toString()};
    p.vatRateHundredths = q.value(9).toInt();
    p.returnable = q.value(10).toInt() != 0;
    p.nonReturnableReason = q.value(11).toString();
    p.version = q.value(12).toLongLong();
    p.updatedAt = CacheSql::time(q.value(13));
    if (!q.value(14).isNull())
        p.promotion =
            ProductPromotion{q.value(14).toString(), Money{q.value(15).toLongLong(), p.price.currency},
                             CacheSql::time(q.value(16))};
    return p;
}

bool isEan(const QString& text) {
    static const QRegularExpression pattern(u"^([0-9]{8}|[0-9]{13})$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

ProductRepository::ProductRepository(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status ProductRepository::upsert(const QList<Product>& products) {
    if (products.isEmpty())
        return {};
    QSqlQuery existing(m_db);
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    QSqlQuery eansDelete(m_db);
    QSqlQuery eanInsert(m_db);
    QSqlQuery ftsDelete(m_db);
    QSqlQuery ftsInsert(m_db);
    const QString fields = u"sku = ?, eans = ?, name = ?, brand = ?, size = ?, colour = ?, price_cents = ?, "
                           u"currency = ?, vat_rate = ?, returnable = ?, non_returnable_reason = ?, "
                           u"version = ?, updated_at = ?, promotion_label = ?, promotion_price_cents = ?, "
                           u"promotion_ends_at = ?"_s;
    for (auto [query, sql] : {
             std::pair{&existing, u"SELECT rowid, version FROM products WHERE id = ?"_s},
             std::pair{&insert,
                       u"INSERT INTO products (id, sku, eans, name, brand, size, colour, price_cents, "
                       u"currency, vat_rate, returnable, non_returnable_reason, version, updated_at, "
                       u"promotion_label, promotion_price_cents, promotion_ends_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
             std::pair{&update, u"UPDATE products SET "_s + fields + u" WHERE rowid = ?"_s},
             std::pair{&eansDelete, u"DELETE FROM product_eans WHERE product_id = ?"_s},
             std::pair{&eanInsert, u"INSERT OR IGNORE INTO product_eans (ean, product_id) VALUES (?, ?)"_s},
             std::pair{&ftsDelete, u"DELETE FROM products_fts WHERE rowid = ?"_s},
             std::pair{&ftsInsert,
                       u"INSERT INTO products_fts (rowid, name, brand, sku, eans) VALUES (?, ?, ?, ?, ?)"_s},
         }) {
        if (Status s = CacheSql::prepare(*query, sql); !s)
            return s;
    }

    for (const Product& p : products) {
        if (p.id.isEmpty())
            return makeError(ErrorCode::kStoreQuery, u"a product without id cannot be stored"_s);
        existing.bindValue(0, p.id);
        if (Status s = CacheSql::exec(existing, u"looking up product %1"_s.arg(p.id)); !s)
            return s;
        qint64 rowid = -1;
        if (existing.next()) {
            rowid = existing.value(0).toLongLong();
            if (existing.value(1).toLongLong() > p.version)
                continue; // the cache already holds a newer version
        }
        existing.finish();

        const QString eans = p.eans.join(u' ');
        const QVariant values[] = {
            CacheSql::text(p.sku),
            CacheSql::text(eans),
            CacheSql::text(p.name),
            CacheSql::text(p.brand),
            CacheSql::textOrNull(p.size),
            CacheSql::textOrNull(p.colour),
            p.price.cents,
            CacheSql::text(p.price.currency),
            p.vatRateHundredths,
            p.returnable ? 1 : 0,
            CacheSql::textOrNull(p.nonReturnableReason),
            p.version,
            CacheSql::timeOrNull(p.updatedAt),
            p.promotion ? CacheSql::text(p.promotion->label) : QVariant(QMetaType::fromType<QString>()),
            p.promotion ? QVariant(p.promotion->price.cents) : QVariant(QMetaType::fromType<qint64>()),
            p.promotion ? CacheSql::timeOrNull(p.promotion->endsAt)
                        : QVariant(QMetaType::fromType<QString>())};
        constexpr int kFields = int(std::size(values));
        if (rowid < 0) {
            insert.bindValue(0, p.id);
            for (int i = 0; i < kFields; ++i)
                insert.bindValue(i + 1, values[i]);
            if (Status s = CacheSql::exec(insert, u"inserting product %1"_s.arg(p.id)); !s)
                return s;
            rowid = insert.lastInsertId().toLongLong();
        } else {
            for (int i = 0; i < kFields; ++i)
                update.bindValue(i, values[i]);
            update.bindValue(kFields, rowid);
            ftsDelete.bindValue(0, rowid);
            if (Status s = CacheSql::exec(update, u"updating product %1"_s.arg(p.id)); !s)
                return s;
            if (Status s = CacheSql::exec(ftsDelete, u"unindexing product %1"_s.arg(p.id)); !s)
                return s;
        }

        eansDelete.bindValue(0, p.id);
        if (Status s = CacheSql::exec(eansDelete, u"replacing the EANs of product %1"_s.arg(p.id)); !s)
            return s;
        for (const QString& ean : p.eans) {
            eanInsert.bindValue(0, ean);
            eanInsert.bindValue(1, p.id);
            if (Status s = CacheSql::exec(eanInsert, u"storing an EAN of product %1"_s.arg(p.id)); !s)
                return s;
        }
        ftsInsert.bindValue(0, rowid);
        ftsInsert.bindValue(1, SearchText::indexText(p.name));
        ftsInsert.bindValue(2, SearchText::indexText(p.brand));
        ftsInsert.bindValue(3, SearchText::indexText(p.sku));
        ftsInsert.bindValue(4, CacheSql::text(eans));
        if (Status s = CacheSql::exec(ftsInsert, u"indexing product %1"_s.arg(p.id)); !s)
            return s;
    }
    return {};
}

Status ProductRepository::remove(const QStringList& ids) {
    if (ids.isEmpty())
        return {};
    QSqlQuery find(m_db);
    QSqlQuery ftsDelete(m_db);
    QSqlQuery eansDelete(m_db);
    QSqlQuery rowDelete(m_db);
    for (auto [query, sql] : {
             std::pair{&find, u"SELECT rowid FROM products WHERE id = ?"_s},
             std::pair{&ftsDelete, u"DELETE FROM products_fts WHERE rowid = ?"_s},
             std::pair{&eansDelete, u"DELETE FROM product_eans WHERE product_id = ?"_s},
             std::pair{&rowDelete, u"DELETE FROM products WHERE rowid = ?"_s},
         }) {
        if (Status s = CacheSql::prepare(*query, sql); !s)
            return s;
    }
    for (const QString& id : ids) {
        eansDelete.bindValue(0, id);
        if (Status s = CacheSql::exec(eansDelete, u"removing the EANs of product %1"_s.arg(id)); !s)
            return s;
        find.bindValue(0, id);
        if (Status s = CacheSql::exec(find, u"looking up product %1"_s.arg(id)); !s)
            return s;
        if (!find.next())
            continue; // already gone: tombstones may repeat
        const qint64 rowid = find.value(0).toLongLong();
        find.finish();
        ftsDelete.bindValue(0, rowid);
        rowDelete.bindValue(0, rowid);
        if (Status s = CacheSql::exec(ftsDelete, u"unindexing product %1"_s.arg(id)); !s)
            return s;
        if (Status s = CacheSql::exec(rowDelete, u"removing product %1"_s.arg(id)); !s)
            return s;
    }
    return {};
}

Result<qint64> ProductRepository::count() const {
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM products"_s) || !query.next())
        return makeError(ErrorCode::kStoreQuery, u"counting products"_s);
    return query.value(0).toLongLong();
}

std::optional<Product> ProductRepository::findWhere(const QString& condition, const QString& value) const {
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + kColumns + u" FROM products AS p WHERE "_s + condition +
                  u" ORDER BY p.updated_at DESC, p.rowid DESC LIMIT 1"_s);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readProduct(query);
}

std::optional<Product> ProductRepository::find(const QString& id) const {
    return findWhere(u"p.id = ?"_s, id);
}

std::optional<Product> ProductRepository::findBySku(const QString& sku) const {
    return findWhere(u"p.sku = ?"_s, sku);
}

std::optional<Product> ProductRepository::findByEan(const QString& ean) const {
    return findWhere(u"p.id IN (SELECT product_id FROM product_eans WHERE ean = ?)"_s, ean);
}

Result<ProductSearchResult> ProductRepository::search(const QString& query, int limit) const {
    ProductSearchResult result;
    const QString trimmed = query.trimmed();
    const QString expression = SearchText::ftsTextQuery(trimmed);
    if (expression.isEmpty() || limit <= 0)
        return result;

    QList<Product> rows;
    // A scanned barcode or a typed SKU is the one product meant; it comes first, whatever else matches.
    if (std::optional<Product> exact = isEan(trimmed) ? findByEan(trimmed) : findBySku(trimmed))
        rows.append(std::move(*exact));

    // No ORDER BY rank: broad prefixes match much of the index (DESIGN §7); one row more than asked
    // tells whether the match set was cut off.
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT "_s + kColumns +
                   u" FROM (SELECT rowid AS r FROM products_fts WHERE products_fts MATCH ? LIMIT ?) AS m "
                   u"JOIN products AS p ON p.rowid = m.r"_s);
    select.bindValue(0, expression);
    select.bindValue(1, limit + 1);
    if (!select.exec())
        return makeError(ErrorCode::kStoreQuery, u"searching products"_s);
    const bool hasExact = !rows.isEmpty();
    while (select.next()) {
        Product product = readProduct(select);
        if (!hasExact || product.id != rows.first().id)
            rows.append(std::move(product));
    }

    if (rows.size() > limit) {
        rows.resize(limit);
        result.truncated = true;
    }
    QCollator collator(QLocale(QLocale::German, QLocale::Germany));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin() + (hasExact ? 1 : 0), rows.end(), [&collator](const Product& a, const Product& b) {
        if (const int byName = collator.compare(a.name, b.name); byName != 0)
            return byName < 0;
        return a.sku < b.sku;
    });
    result.rows = std::move(rows);
    return result;
}
