#include "ProductTable.h"

#include "ProductPricing.h"
#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ProductTable::ProductTable(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<std::optional<Product>> ProductTable::findBySku(const QString& sku) const {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, sku, name, brand, size, colour, price_cents, currency, vat_rate, returnable, "
                  "non_returnable_reason, promotion_label, promotion_price_cents, promotion_ends_at, version "
                  "FROM products WHERE sku = ?"_s);
    query.addBindValue(sku);
    if (!query.exec())
        return ServerDatabase::queryError(query.lastError(), u"read product");
    if (!query.next())
        return std::optional<Product>();
    Product p;
    p.id = query.value(0).toString();
    p.sku = query.value(1).toString();
    p.name = query.value(2).toString();
    p.brand = query.value(3).toString();
    p.size = query.value(4).toString();
    p.colour = query.value(5).toString();
    p.price = Money{query.value(6).toLongLong(), query.value(7).toString()};
    p.vatRateHundredths = query.value(8).toInt();
    p.returnable = query.value(9).toInt() != 0;
    p.nonReturnableReason = query.value(10).toString();
    if (!query.value(11).isNull()) {
        const QDateTime endsAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
        p.promotion = ProductPromotion{query.value(11).toString(),
                                       Money{query.value(12).toLongLong(), p.price.currency}, endsAt};
    }
    p.version = query.value(14).toLongLong();
    return std::optional<Product>(std::move(p));
}

QString ProductTable::lineName(const Product& product) {
    QString name = product.name;
    if (!product.colour.isEmpty())
        name += u' ' + product.colour;
    if (!product.size.isEmpty())
        name += (product.colour.isEmpty() ? u" "_s : u", "_s) + product.size;
    return name;
}

Status ProductTable::priceCartLines(QList<CartLine>& lines, const QDateTime& at) const {
    for (CartLine& line : lines) {
        const Result<std::optional<Product>> product = findBySku(line.sku);
        if (!product)
            return product.error();
        if (!product.value())
            return makeError(u"unknown_sku", u"There is no article with SKU %1."_s.arg(line.sku), 422);
        line.unitPrice = ProductPricing::effectiveUnitPrice(*product.value(), at);
        if (line.name.trimmed().isEmpty())
            line.name = lineName(*product.value());
    }
    return {};
}
