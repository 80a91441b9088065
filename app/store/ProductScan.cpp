#include "ProductScan.h"

#include "ProductRepository.h"
#include "ScanClassifier.h"

ProductScan ProductScan::lookUp(QSqlDatabase db, const QString& text) {
    const ScanResult scan = ScanClassifier::classify(text);
    ProductScan result;
    if (scan.kind != ScanKind::Ean && scan.kind != ScanKind::Sku)
        return result;
    const ProductRepository products(std::move(db));
    result.code = scan.value;
    result.product =
        scan.kind == ScanKind::Ean ? products.findByEan(scan.value) : products.findBySku(scan.value);
    if (result.product)
        result.outcome = Outcome::Found;
    else
        result.outcome = scan.kind == ScanKind::Ean ? Outcome::UnknownEan : Outcome::UnknownSku;
    return result;
}
